import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { batchStepSchema } from '#lib/schemas/grant-payments.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	approveBatch,
	authorizeBatch,
	batchPage,
	checkBatch,
	exportBatch,
	markBatchPaid
} from '#lib/server/grants/payments.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => ({
		...batchPage(getDb(), actor, event.params.id, new Date()),
		done: event.url.searchParams.get('done') === 'created' ? ('created' as const) : null
	}));
};

type Step = typeof checkBatch;

/** Each step names the batch in the URL only. */
const step =
	(run: Step, done: 'checked' | 'approved' | 'exported' | 'paid') => (event: RequestEvent) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeBatch(db, actor, event.params.id),
			schema: batchStepSchema,
			run: (db, actor) => {
				run(db, actor, event.params.id);
				return { done };
			}
		});

export const actions: Actions = {
	check: step(checkBatch, 'checked'),
	approve: step(approveBatch, 'approved'),
	export: step(exportBatch, 'exported'),
	paid: step(markBatchPaid, 'paid')
};
