import type { Actor } from '#lib/domain/policy.js';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import {
	agendaSchema,
	proposalSchema,
	tieConfirmationSchema,
	tieDeclarationSchema
} from '#lib/schemas/grant-decisions.js';
import { getDb } from '#lib/server/db/instance.js';
import { proposalView, putProposalOnAgenda, saveProposal } from '#lib/server/grants/proposal.js';
import { authorizeCall } from '#lib/server/grants/readable.js';
import { answerPreparerTie } from '#lib/server/grants/tie-warnings.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => proposalView(getDb(), actor, event.params.id, new Date()));
};

/** Every form here is the call's handling: the policy is asked before the form is read. */
const handles = (callId: number) => (db: ReturnType<typeof getDb>, actor: Actor) =>
	void authorizeCall(db, actor, callId, 'grantCall.handle', new Date());

export const actions: Actions = {
	save: (event) =>
		formAction(event, {
			authorize: handles(event.params.id),
			schema: proposalSchema,
			run: (db, actor, entries) => {
				saveProposal(db, actor, event.params.id, entries);
				return { done: 'save' };
			}
		}),
	agenda: (event) =>
		formAction(event, {
			authorize: handles(event.params.id),
			schema: agendaSchema,
			run: async (db, actor, data) => {
				await putProposalOnAgenda(db, actor, event.params.id, {
					meetingId: data.meetingId,
					confirmed: data.confirm
				});
				return { done: 'agenda' };
			}
		}),
	declareTie: (event) =>
		formAction(event, {
			authorize: handles(event.params.id),
			schema: tieDeclarationSchema,
			run: (db, actor, { applicationId, ...declared }) => {
				answerPreparerTie(db, actor, event.params.id, applicationId, declared);
				return { done: 'tie' };
			}
		}),
	confirmTie: (event) =>
		formAction(event, {
			authorize: handles(event.params.id),
			schema: tieConfirmationSchema,
			run: (db, actor, { applicationId }) => {
				answerPreparerTie(db, actor, event.params.id, applicationId, null);
				return { done: 'tie' };
			}
		})
};
