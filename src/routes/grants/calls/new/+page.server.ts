import { redirect } from '@sveltejs/kit';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { callSchema } from '#lib/schemas/grant-calls.js';
import { getDb } from '#lib/server/db/instance.js';
import { authorizeNewCall, createCall } from '#lib/server/grants/calls.js';
import { newCallPage } from '#lib/server/grants/views.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => newCallPage(getDb(), actor, new Date()));
};

export const actions: Actions = {
	create: (event) =>
		formAction(event, {
			authorize: (_db, actor) => authorizeNewCall(actor),
			schema: callSchema,
			run: (db, actor, data) => {
				const call = createCall(db, actor, data);
				redirect(303, `/grants/calls/${call.id}/edit?created=1`);
			}
		})
};
