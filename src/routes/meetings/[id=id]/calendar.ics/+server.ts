import { runOrError } from '#lib/kit/errors.js';
import { requireApiActor } from '#lib/kit/guard.js';
import { icsResponse } from '#lib/kit/ics.js';
import { getDb } from '#lib/server/db/instance.js';
import { meetingCalendarFile } from '#lib/server/meetings/calendar-file.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = requireApiActor(event);
	const id = event.params.id;
	const file = await runOrError(() =>
		meetingCalendarFile(getDb(), actor, id, event.url.origin, event.locals.locale)
	);
	return icsResponse(file, `meeting-${id}.ics`, 'private', 'attachment');
};
