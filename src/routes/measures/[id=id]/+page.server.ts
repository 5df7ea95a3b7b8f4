import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { measureSchema, statusUpdateSchema } from '#lib/schemas/measures.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	assertMayFollowUp,
	authorizeMeasureCorrection,
	updateMeasureDetails,
	updateMeasureStatus
} from '#lib/server/measures/service.js';
import { measurePage } from '#lib/server/measures/views.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const page = await runOrError(() => measurePage(getDb(), actor, event.params.id, new Date()));
	return { ...page, recorded: event.url.searchParams.has('recorded') };
};

export const actions: Actions = {
	status: (event) =>
		formAction(event, {
			authorize: (db, actor) => assertMayFollowUp(db, actor, event.params.id),
			schema: statusUpdateSchema,
			run: (db, actor, data) => {
				updateMeasureStatus(db, actor, event.params.id, data);
				return { done: 'status' };
			}
		}),
	edit: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeMeasureCorrection(db, actor, event.params.id),
			schema: measureSchema,
			run: (db, actor, data) => {
				updateMeasureDetails(db, actor, event.params.id, data);
				return { done: 'edit' };
			}
		})
};
