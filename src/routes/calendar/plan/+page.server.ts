import { queryId } from '#lib/kit/params.js';
import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { formValues, issuesByField, readForm, unreadableForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { yearParam } from '#lib/kit/calendar.js';
import { meetingInput } from '#lib/kit/meeting-form.js';
import { meetingSchema } from '#lib/schemas/meetings.js';
import { authorizeYearPlan, saveYearPlan } from '#lib/server/calendar/plan.js';
import { yearPlanPage } from '#lib/server/calendar/views.js';
import { getDb } from '#lib/server/db/instance.js';
import type { MeetingInput } from '#lib/server/meetings/service.js';
import { helsinkiYear } from '#lib/domain/time.js';
import type { Actions, PageServerLoad } from './$types';

/** Most rows one plan can hold: more than any body meets in a year. */
const MAX_ROWS = 24;

function bodyParam(url: URL): number {
	return queryId(url.searchParams.get('body'));
}

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() =>
		yearPlanPage(getDb(), actor, bodyParam(event.url), yearParam(event.url), new Date())
	);
};

export const actions: Actions = {
	/**
	 * Rows arrive as date-0, startTime-0, … with include-0 ticked for the rows
	 * to keep; each kept row is checked like the meeting form, and nothing is
	 * saved unless all are right.
	 */
	default: async (event) => {
		const actor = requireActor(event);
		const bodyId = bodyParam(event.url);
		// Who may plan is decided before the rows are read, as formAction does for a plain form.
		await runOrError(() => authorizeYearPlan(getDb(), actor, bodyId));
		const form = await readForm(event.request);
		if (!form) return unreadableForm();
		const values = formValues(form);
		const rows: MeetingInput[] = [];
		const issues: Record<string, string> = {};
		for (let i = 0; i < MAX_ROWS && `date-${i}` in values; i++) {
			if (!(`include-${i}` in values)) continue;
			const parsed = v.safeParse(meetingSchema, {
				title: '',
				date: values[`date-${i}`],
				startTime: values[`startTime-${i}`],
				endTime: values[`endTime-${i}`],
				place: values[`place-${i}`],
				onlineUrl: ''
			});
			if (!parsed.success) {
				for (const [field, key] of Object.entries(issuesByField(parsed.issues)))
					issues[`${field}-${i}`] = key;
				continue;
			}
			const input = await runAction(values, () => meetingInput(parsed.output));
			if ('startsAt' in input) rows.push(input);
			else return input;
		}
		if (Object.keys(issues).length > 0) return fail(400, { issues, values });
		const result = await runAction(values, () => saveYearPlan(getDb(), actor, bodyId, rows));
		if (!Array.isArray(result)) return result;
		// saveYearPlan refuses an empty plan, so there is a first meeting to show the year of.
		redirect(
			303,
			`/calendar?year=${helsinkiYear(result[0].startsAt)}&body=${bodyId}&planned=${result.length}`
		);
	}
};
