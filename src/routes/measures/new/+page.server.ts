import { redirect } from '@sveltejs/kit';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { queryId } from '#lib/kit/params.js';
import { measureSchema } from '#lib/schemas/measures.js';
import { getDb } from '#lib/server/db/instance.js';
import { authorizeRecording, recordMeasure } from '#lib/server/measures/service.js';
import { newMeasurePage } from '#lib/server/measures/views.js';
import type { Actions, PageServerLoad } from './$types';

/** `?meeting=<id>&item=<key>`: the decision the goal or measure comes from. */
function source(url: URL): { meetingId: number; itemKey: string | null } {
	return {
		meetingId: queryId(url.searchParams.get('meeting')),
		itemKey: url.searchParams.get('item') || null
	};
}

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	const { meetingId, itemKey } = source(event.url);
	return runOrError(() => newMeasurePage(getDb(), actor, meetingId, itemKey));
};

export const actions: Actions = {
	default: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeRecording(db, actor, source(event.url).meetingId),
			schema: measureSchema,
			run: (db, actor, data) => {
				const created = recordMeasure(db, actor, source(event.url), data);
				redirect(303, `/measures/${created.id}?recorded=1`);
			}
		})
};
