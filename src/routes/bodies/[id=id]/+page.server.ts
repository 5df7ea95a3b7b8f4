import { redirect } from '@sveltejs/kit';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { meetingInput } from '#lib/kit/meeting-form.js';
import { acceptForwardSchema } from '#lib/schemas/calendar.js';
import { meetingSchema, numberingSchema } from '#lib/schemas/meetings.js';
import { bodyPage } from '#lib/server/bodies/body-page.js';
import { acceptForwardToBody } from '#lib/server/bodies/forwards.js';
import { authorizeBody } from '#lib/server/bodies/readable.js';
import { getDb } from '#lib/server/db/instance.js';
import { setNextMeetingNumber } from '#lib/server/meetings/numbering.js';
import { scheduleMeeting } from '#lib/server/meetings/service.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	return runOrError(() => bodyPage(getDb(), actor, event.params.id, new Date()));
};

export const actions: Actions = {
	/** An item sent to this body goes on its next meeting's agenda. */
	acceptForward: (event) =>
		formAction(event, {
			authorize: (db, actor) => authorizeBody(db, actor, event.params.id, 'item.receive'),
			schema: acceptForwardSchema,
			run: (db, actor, data) => ({
				accepted: acceptForwardToBody(db, actor, event.params.id, data.forwardId)
			})
		}),
	/** Where the body's numbering goes on from: its next meeting of a year. */
	numbering: (event) =>
		formAction(event, {
			authorize: (db, actor) => authorizeBody(db, actor, event.params.id, 'meeting.manage'),
			schema: numberingSchema,
			run: (db, actor, data) => {
				setNextMeetingNumber(db, actor, event.params.id, data);
				return { numbered: true };
			}
		}),
	schedule: async (event) => {
		const result = await formAction(event, {
			authorize: (db, actor) => authorizeBody(db, actor, event.params.id, 'meeting.manage'),
			schema: meetingSchema,
			run: (db, actor, data) => scheduleMeeting(db, actor, event.params.id, meetingInput(data))
		});
		if (!('id' in result)) return result;
		redirect(303, `/meetings/${result.id}`);
	}
};
