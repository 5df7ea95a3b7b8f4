import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { changeDecisionSchema, changeSchema } from '#lib/schemas/grant-changes.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	applyForChange,
	authorizeChangeApplying,
	authorizeChangeDeciding,
	decideChange,
	grantChangesPage
} from '#lib/server/grants/changes.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => grantChangesPage(getDb(), actor, event.params.id, new Date()));
};

export const actions: Actions = {
	apply: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeChangeApplying(db, actor, event.params.id, new Date()),
			schema: changeSchema,
			run: (db, actor, data) => {
				applyForChange(db, actor, event.params.id, {
					kind: data.kind,
					description: data.description,
					reasons: data.reasons,
					requestedEndOn: data.endOn
				});
				return { done: 'applied' as const };
			}
		}),
	decide: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeChangeDeciding(db, actor, event.params.id, new Date()),
			schema: changeDecisionSchema,
			run: (db, actor, data) => {
				decideChange(db, actor, event.params.id, data.changeId, {
					decision: data.decision,
					reasons: data.reasons,
					endOn: data.endOn
				});
				return { done: 'decided' as const };
			}
		})
};
