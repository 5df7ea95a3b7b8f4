import { queryId } from '#lib/kit/params.js';
import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { formValues, issuesByField, readForm, unreadableForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { yearParam } from '#lib/kit/calendar.js';
import { meetingInput } from '#lib/kit/meeting-form.js';
import { meetingSchema } from '#lib/schemas/meetings.js';
import { draftYearPlan, saveYearPlan } from '#lib/server/calendar/plan.js';
import { getDb } from '#lib/server/db/instance.js';
import type { MeetingInput } from '#lib/server/meetings/service.js';
import { helsinkiYear } from '#lib/domain/time.js';
import { numberOf } from '#lib/domain/meetings.js';
import type { Actions, PageServerLoad } from './$types';

/** Most rows one plan can hold: more than any body meets in a year. */
const MAX_ROWS = 24;

function bodyParam(url: URL): number {
	return queryId(url.searchParams.get('body'));
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const year = yearParam(event.url);
	const draft = await runOrError(() => draftYearPlan(getDb(), actor, bodyParam(event.url), year));
	return {
		year,
		body: {
			id: draft.body.id,
			name: draft.body.name,
			level: draft.body.level,
			min: draft.body.cadenceMin,
			max: draft.body.cadenceMax
		},
		existing: draft.existing.map((m) => ({
			id: m.id,
			number: numberOf(m),
			startsAt: m.startsAt,
			endsAt: m.endsAt
		})),
		proposals: draft.proposals
	};
};

export const actions: Actions = {
	/**
	 * Rows arrive as date-0, startTime-0, … with include-0 ticked for the rows
	 * to keep; each kept row is checked like the meeting form, and nothing is
	 * saved unless all are right.
	 */
	default: async (event) => {
		const actor = requireActor(event);
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
		const bodyId = bodyParam(event.url);
		const result = await runAction(values, () => saveYearPlan(getDb(), actor, bodyId, rows));
		if (!Array.isArray(result)) return result;
		// saveYearPlan refuses an empty plan, so there is a first meeting to show the year of.
		redirect(
			303,
			`/calendar?year=${helsinkiYear(result[0].startsAt)}&body=${bodyId}&planned=${result.length}`
		);
	}
};
