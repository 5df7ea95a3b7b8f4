import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { agendaSchema, proposalSchema } from '#lib/schemas/grant-decisions.js';
import { getDb } from '#lib/server/db/instance.js';
import { proposalView, putProposalOnAgenda, saveProposal } from '#lib/server/grants/proposal.js';
import { authorizeCall } from '#lib/server/grants/readable.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => proposalView(getDb(), actor, event.params.id, new Date()));
};

export const actions: Actions = {
	save: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeCall(db, actor, event.params.id, 'grantCall.handle', new Date()),
			schema: proposalSchema,
			run: (db, actor, entries) => {
				saveProposal(db, actor, event.params.id, entries);
				return { done: 'save' };
			}
		}),
	agenda: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeCall(db, actor, event.params.id, 'grantCall.handle', new Date()),
			schema: agendaSchema,
			run: async (db, actor, data) => {
				await putProposalOnAgenda(db, actor, event.params.id, {
					meetingId: data.meetingId,
					confirmed: data.confirm
				});
				return { done: 'agenda' };
			}
		})
};
