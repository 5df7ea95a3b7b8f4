import { redirect } from '@sveltejs/kit';
import { formAction } from '#lib/kit/actions.js';
import { confirmSchema } from '#lib/schemas/grant-applications.js';
import { startApplication } from '#lib/server/grants/applications.js';
import { authorizeCall } from '#lib/server/grants/readable.js';
import type { Actions } from './$types';

export const actions: Actions = {
	/** Starts the organisation's application, or opens the draft it already has. */
	apply: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeCall(db, actor, event.params.id, 'grantCall.apply', new Date()),
			schema: confirmSchema,
			run: (db, actor) => {
				const id = startApplication(db, actor, event.params.id, new Date());
				redirect(303, `/grants/applications/${id}`);
			}
		})
};
