/** One meeting as an iCalendar file for the reader's own calendar. */
import type { Actor } from '../../domain/policy';
import type { Language } from '../../domain/roles';
import { translator } from '../../i18n';
import { meetingIcs } from '../calendar/feeds';
import type { Queryable } from '../db/client';
import { getMeeting } from './readable';
import { listRequests, requestsToActor } from './requests';
import { listItems } from './rows';

/** The meeting, with its agenda and what it asks of the reader's organisation in the description. */
export function meetingCalendarFile(
	db: Queryable,
	actor: Actor,
	meetingId: number,
	origin: string,
	language: Language
): string {
	const { meeting, body } = getMeeting(db, actor, meetingId);
	// "Organisaatioltanne pyydetään – Kohta 3: …: kunnan hyvinvointikertomus 2025"
	const i18n = translator(language);
	const items = listItems(db, [meeting.id]);
	const asked = requestsToActor(listRequests(db, meeting.id), actor, body).map((request) => {
		const number = items.findIndex((item) => item.key === request.itemKey) + 1;
		return `${i18n.t('request.toYou')} – ${i18n.t('request.itemLine', { number, title: items[number - 1]?.title ?? '' })}: ${request.text}`;
	});
	return meetingIcs(
		meeting,
		body,
		origin,
		i18n,
		items.map((item) => item.title),
		asked
	);
}
