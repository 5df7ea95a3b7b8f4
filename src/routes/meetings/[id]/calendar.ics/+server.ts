import { runOrError } from '$lib/kit/errors';
import { requireApiActor } from '$lib/kit/guard';
import { icsResponse } from '$lib/kit/ics';
import { numericId } from '$lib/kit/params';
import { meetingIcs } from '$lib/server/calendar/feeds';
import { getDb } from '$lib/server/db/instance';
import { getMeeting } from '$lib/server/meetings/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = requireApiActor(event);
	const { meeting, body } = await runOrError(() => getMeeting(getDb(), actor, numericId(event.params.id)));
	return icsResponse(meetingIcs(meeting, body, event.url.origin), `meeting-${meeting.id}.ics`, 'private', 'attachment');
};
