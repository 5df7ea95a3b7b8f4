import { redirect } from '@sveltejs/kit';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { documentSchema } from '#lib/schemas/consultations.js';
import {
	authorizeNewPlanDocument,
	createPlanDocument
} from '#lib/server/consultations/documents.js';
import { consultationsPage } from '#lib/server/consultations/views.js';
import { getDb } from '#lib/server/db/instance.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => consultationsPage(getDb(), actor, new Date()));
};

export const actions: Actions = {
	createDocument: (event) =>
		formAction(event, {
			authorize: (_db, actor) => authorizeNewPlanDocument(actor),
			schema: documentSchema,
			run: (db, actor, data) => {
				const created = createPlanDocument(db, actor, data);
				redirect(303, `/consultations/documents/${created.id}`);
			}
		})
};
