import { redirect } from '@sveltejs/kit';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { authorize, requireActor } from '#lib/kit/guard.js';
import { yearParam } from '#lib/kit/calendar.js';
import { meetingChoices } from '#lib/kit/milestone-form.js';
import { milestoneSchema } from '#lib/schemas/calendar.js';
import { noFields } from '#lib/schemas/meetings.js';
import {
	copyYearToNext,
	createMilestone,
	hasMilestones,
	startYearFromDefaults
} from '#lib/server/calendar/milestones.js';
import { calendarYear } from '#lib/server/calendar/year.js';
import { getDb } from '#lib/server/db/instance.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	authorize(actor, 'calendar.manage', { regionId: actor.regionId });
	const year = yearParam(event.url);
	const db = getDb();
	const calendar = await runOrError(() => calendarYear(db, actor, actor.regionId, year));
	return {
		year,
		milestones: calendar.milestones,
		nextYearEmpty: !hasMilestones(db, actor.regionId, year + 1),
		meetings: meetingChoices(calendar.meetings)
	};
};

export const actions: Actions = {
	add: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, milestoneSchema);
		if (!parsed.ok) return parsed.failure;
		const year = yearParam(event.url);
		const result = await runAction(parsed.values, () =>
			createMilestone(getDb(), actor, actor.regionId, year, parsed.data)
		);
		if (!('id' in result)) return result;
		return { added: true };
	},
	startDefaults: async (event) => {
		const actor = requireActor(event);
		await parseForm(event.request, noFields);
		const year = yearParam(event.url);
		const result = await runAction({}, () =>
			startYearFromDefaults(getDb(), actor, actor.regionId, year)
		);
		return result ?? { started: true };
	},
	copy: async (event) => {
		const actor = requireActor(event);
		await parseForm(event.request, noFields);
		const year = yearParam(event.url);
		const result = await runAction({}, () => copyYearToNext(getDb(), actor, actor.regionId, year));
		if (typeof result !== 'number') return result;
		redirect(303, `/calendar/milestones?year=${year + 1}&copied=${result}`);
	}
};
