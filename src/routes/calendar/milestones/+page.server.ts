import { redirect } from '@sveltejs/kit';
import type { Actor } from '#lib/domain/policy.js';
import { formAction } from '#lib/kit/actions.js';
import { yearParam } from '#lib/kit/calendar.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { milestoneSchema } from '#lib/schemas/calendar.js';
import { noFields } from '#lib/schemas/meetings.js';
import {
	authorizeCalendar,
	copyYearToNext,
	createMilestone,
	startYearFromDefaults
} from '#lib/server/calendar/milestones.js';
import { milestonesPage } from '#lib/server/calendar/views.js';
import { getDb } from '#lib/server/db/instance.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => milestonesPage(getDb(), actor, yearParam(event.url)));
};

/** The milestones of the actor's own region are kept here. */
const ownRegion = (_db: unknown, actor: Actor) => authorizeCalendar(actor, actor.regionId);

export const actions: Actions = {
	add: (event) =>
		formAction(event, {
			authorize: ownRegion,
			schema: milestoneSchema,
			run: (db, actor, data) => {
				createMilestone(db, actor, actor.regionId, yearParam(event.url), data);
				return { added: true };
			}
		}),
	startDefaults: (event) =>
		formAction(event, {
			authorize: ownRegion,
			schema: noFields,
			run: (db, actor) => {
				startYearFromDefaults(db, actor, actor.regionId, yearParam(event.url));
				return { started: true };
			}
		}),
	copy: (event) =>
		formAction(event, {
			authorize: ownRegion,
			schema: noFields,
			run: (db, actor) => {
				const year = yearParam(event.url);
				const copied = copyYearToNext(db, actor, actor.regionId, year);
				redirect(303, `/calendar/milestones?year=${year + 1}&copied=${copied}`);
			}
		})
};
