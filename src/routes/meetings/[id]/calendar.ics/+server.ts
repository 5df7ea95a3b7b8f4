import { runOrError } from '#lib/kit/errors.js';
import { requireApiActor } from '#lib/kit/guard.js';
import { icsResponse } from '#lib/kit/ics.js';
import { numericId } from '#lib/kit/params.js';
import { meetingIcs } from '#lib/server/calendar/feeds.js';
import { getDb } from '#lib/server/db/instance.js';
import { getMeeting } from '#lib/server/meetings/queries.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = requireApiActor(event);
	const { meeting, body } = await runOrError(() => getMeeting(getDb(), actor, numericId(event.params.id)));
	return icsResponse(meetingIcs(meeting, body, event.url.origin), `meeting-${meeting.id}.ics`, 'private', 'attachment');
};
