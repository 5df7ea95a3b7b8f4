import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { batchSchema } from '#lib/schemas/grant-payments.js';
import { getDb } from '#lib/server/db/instance.js';
import { authorizePayments, createBatch, paymentsPage } from '#lib/server/grants/payments.js';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => paymentsPage(getDb(), actor, new Date()));
};

export const actions: Actions = {
	createBatch: async (event) => {
		const result = await formAction(event, {
			authorize: (_db, actor) => authorizePayments(actor),
			schema: batchSchema,
			run: (db, actor, data) => ({ batchId: createBatch(db, actor, data.instalmentIds) })
		});
		if ('batchId' in result) redirect(303, `/grants/payments/${result.batchId}?done=created`);
		return result;
	}
};
