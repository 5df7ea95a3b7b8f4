import { redirect } from '@sveltejs/kit';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { callPage } from '#lib/server/grants/views.js';
import { confirmSchema, copySchema } from '#lib/schemas/grant-applications.js';
import { startApplication } from '#lib/server/grants/applications.js';
import { copyApplication } from '#lib/server/grants/copied-applications.js';
import { authorizeApply } from '#lib/server/grants/readable.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => callPage(getDb(), actor, event.params.id, new Date()));
};

export const actions: Actions = {
	/** Starts the organisation's application, or opens the draft it already has. */
	apply: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeApply(db, actor, event.params.id, new Date()),
			schema: confirmSchema,
			run: (db, actor) => {
				const id = startApplication(db, actor, event.params.id, new Date());
				redirect(303, `/grants/applications/${id}`);
			}
		}),
	/** Starts the organisation's application from its earlier one. */
	copy: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeApply(db, actor, event.params.id, new Date()),
			schema: copySchema,
			run: (db, actor, data) => {
				const id = copyApplication(db, actor, event.params.id, data.sourceId, new Date());
				redirect(303, `/grants/applications/${id}`);
			}
		})
};
