import { redirect } from '@sveltejs/kit';
import { can } from '#lib/domain/policy.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { meetingChoices, milestoneValues } from '#lib/kit/milestone-form.js';
import { milestoneSchema } from '#lib/schemas/calendar.js';
import { noFields } from '#lib/schemas/meetings.js';
import { deleteMilestone, getMilestone, updateMilestone } from '#lib/server/calendar/milestones.js';
import { calendarYear } from '#lib/server/calendar/year.js';
import { getDb } from '#lib/server/db/instance.js';
import { listBudgetMeasures } from '#lib/server/measures/lists.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const db = getDb();
	const milestone = await runOrError(() => getMilestone(db, actor, event.params.id));
	const calendar = calendarYear(db, actor, milestone.regionId, milestone.year);
	const meetings = meetingChoices(calendar.meetings);
	return {
		milestone,
		values: milestoneValues(milestone),
		linkedMeeting: meetings.find((m) => m.id === milestone.meetingId) ?? null,
		meetings,
		canManage: can(actor, 'calendar.manage', { regionId: milestone.regionId }),
		// At the September milestone next year's plan goes into the budget: the measures that need money then.
		budget:
			milestone.kind === 'annual_plan'
				? {
						year: milestone.year + 1,
						rows: listBudgetMeasures(db, actor, milestone.regionId, milestone.year + 1)
					}
				: null
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, milestoneSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await runAction(parsed.values, () =>
			updateMilestone(getDb(), actor, event.params.id, parsed.data)
		);
		return result ?? { saved: true };
	},
	delete: async (event) => {
		const actor = requireActor(event);
		await parseForm(event.request, noFields);
		const { year } = await runOrError(() => deleteMilestone(getDb(), actor, event.params.id));
		redirect(303, `/calendar/milestones?year=${year}`);
	}
};
