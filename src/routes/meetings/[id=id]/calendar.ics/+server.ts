import { runOrError } from '#lib/kit/errors.js';
import { requireApiActor } from '#lib/kit/guard.js';
import { icsResponse } from '#lib/kit/ics.js';
import { meetingIcs } from '#lib/server/calendar/feeds.js';
import { getDb } from '#lib/server/db/instance.js';
import { getMeeting } from '#lib/server/meetings/readable.js';
import { listItems } from '#lib/server/meetings/rows.js';
import { listRequests, requestsToActor } from '#lib/server/meetings/requests.js';
import { translator } from '#lib/i18n/index.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = requireApiActor(event);
	const db = getDb();
	const { meeting, body } = await runOrError(() => getMeeting(db, actor, event.params.id));
	// "Organisaatioltanne pyydetään – Kohta 3: …: kunnan hyvinvointikertomus 2025"
	const t = translator(event.locals.locale);
	const items = listItems(db, [meeting.id]);
	const asked = requestsToActor(listRequests(db, meeting.id), actor, body).map((request) => {
		const number = items.findIndex((item) => item.key === request.itemKey) + 1;
		return `${t.t('request.toYou')} – ${t.t('request.itemLine', { number, title: items[number - 1]?.title ?? '' })}: ${request.text}`;
	});
	return icsResponse(
		meetingIcs(meeting, body, event.url.origin, asked),
		`meeting-${meeting.id}.ics`,
		'private',
		'attachment'
	);
};
