import { redirect } from '@sveltejs/kit';
import { can } from '#lib/domain/policy.js';
import { runAction } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { documentSchema } from '#lib/schemas/consultations.js';
import { createPlanDocument, listPlanDocuments } from '#lib/server/consultations/documents.js';
import { listRounds } from '#lib/server/consultations/rounds.js';
import { getDb } from '#lib/server/db/instance.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	const db = getDb();
	const canManage = can(actor, 'consultation.manage', { regionId: actor.regionId });
	return {
		rounds: listRounds(db, actor).map(({ round, document, version, status }) => ({
			id: round.id,
			title: round.title,
			documentTitle: document.title,
			version: version.number,
			opensAt: round.opensAt,
			closesAt: round.closesAt,
			status
		})),
		canManage,
		documents: canManage
			? listPlanDocuments(db, actor).map(({ id, title, kind, createdAt }) => ({
					id,
					title,
					kind,
					createdAt
				}))
			: []
	};
};

export const actions: Actions = {
	createDocument: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, documentSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			const created = createPlanDocument(getDb(), actor, parsed.data);
			redirect(303, `/consultations/documents/${created.id}`);
		});
	}
};
