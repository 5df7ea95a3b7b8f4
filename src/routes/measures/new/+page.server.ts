import { queryId } from '#lib/kit/params.js';
import { redirect } from '@sveltejs/kit';
import { defaultBudgetYear, recordsFromMinutes } from '#lib/domain/measures.js';
import { isoDate } from '#lib/domain/time.js';
import { httpError, runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { authorize, requireActor } from '#lib/kit/guard.js';
import { measureSchema } from '#lib/schemas/measures.js';
import { getDb } from '#lib/server/db/instance.js';
import { numberOf } from '#lib/domain/meetings.js';
import { getMeeting } from '#lib/server/meetings/readable.js';
import { decidedItems, measureTarget, recordingOptions } from '#lib/server/measures/queries.js';
import { recordMeasure } from '#lib/server/measures/service.js';
import type { Actions, PageServerLoad } from './$types';

/** `?meeting=<id>&item=<key>`: the decision the goal or measure comes from. */
function source(url: URL): { meetingId: number; itemKey: string | null } {
	return {
		meetingId: queryId(url.searchParams.get('meeting')),
		itemKey: url.searchParams.get('item') || null
	};
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const db = getDb();
	const { meetingId, itemKey } = source(event.url);
	const { meeting, body } = await runOrError(() => getMeeting(db, actor, meetingId));
	const target = measureTarget({ regionId: body.regionId, bodyId: body.id }, []);
	authorize(actor, 'measure.record', target);
	const items = decidedItems(db, meetingId);
	const item = itemKey ? items.find((i) => i.key === itemKey) : null;
	if (item === undefined) httpError(404, 'error.notFound');
	return {
		meeting: {
			id: meeting.id,
			title: meeting.title,
			number: numberOf(meeting),
			startsAt: meeting.startsAt
		},
		body: { id: body.id, name: body.name },
		settled: recordsFromMinutes(meeting.status),
		item,
		options: recordingOptions(db, actor, target),
		defaults: {
			kind: 'measure',
			budgetYear: defaultBudgetYear(isoDate(meeting.startsAt)),
			title: ''
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, measureSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await runAction(parsed.values, () =>
			recordMeasure(getDb(), actor, source(event.url), parsed.data)
		);
		if (!('id' in result)) return result;
		redirect(303, `/measures/${result.id}?recorded=1`);
	}
};
