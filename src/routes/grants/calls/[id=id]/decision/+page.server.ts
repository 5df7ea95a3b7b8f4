import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { decisionSchema } from '#lib/schemas/grant-decisions.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	authorizeDecisionRecording,
	decisionView,
	recordDecision
} from '#lib/server/grants/decision.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => decisionView(getDb(), actor, event.params.id, new Date()));
};

export const actions: Actions = {
	record: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeDecisionRecording(db, actor, event.params.id),
			schema: decisionSchema,
			run: (db, actor, entries) => {
				recordDecision(db, actor, event.params.id, entries);
				return { done: 'record' };
			}
		})
};
