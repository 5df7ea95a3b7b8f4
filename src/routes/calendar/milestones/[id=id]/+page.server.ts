import { redirect } from '@sveltejs/kit';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { milestoneSchema } from '#lib/schemas/calendar.js';
import { noFields } from '#lib/schemas/meetings.js';
import {
	deleteMilestone,
	milestoneToManage,
	updateMilestone
} from '#lib/server/calendar/milestones.js';
import { milestonePage } from '#lib/server/calendar/views.js';
import { getDb } from '#lib/server/db/instance.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => milestonePage(getDb(), actor, event.params.id));
};

export const actions: Actions = {
	save: (event) =>
		formAction(event, {
			authorize: (db, actor) => void milestoneToManage(db, actor, event.params.id),
			schema: milestoneSchema,
			run: (db, actor, data) => {
				updateMilestone(db, actor, event.params.id, data);
				return { saved: true };
			}
		}),
	delete: (event) =>
		formAction(event, {
			authorize: (db, actor) => void milestoneToManage(db, actor, event.params.id),
			schema: noFields,
			run: (db, actor) => {
				const { year } = deleteMilestone(db, actor, event.params.id);
				redirect(303, `/calendar/milestones?year=${year}`);
			}
		})
};
