import { redirect } from '@sveltejs/kit';
import { helsinkiInstant } from '#lib/domain/time.js';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { roundSchema } from '#lib/schemas/consultations.js';
import { noFields } from '#lib/schemas/meetings.js';
import { freezeVersion, getPlanDocument } from '#lib/server/consultations/documents.js';
import { openRound } from '#lib/server/consultations/rounds.js';
import { planDocumentPage } from '#lib/server/consultations/views.js';
import { getDb } from '#lib/server/db/instance.js';
import { invalid } from '#lib/server/errors.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const page = await runOrError(() =>
		planDocumentPage(getDb(), actor, event.params.id, new Date())
	);
	return { ...page, user: { id: actor.userId, name: event.locals.user!.name } };
};

export const actions: Actions = {
	freeze: (event) =>
		formAction(event, {
			authorize: (db, actor) => void getPlanDocument(db, actor, event.params.id),
			schema: noFields,
			run: (db, actor) => ({ frozen: freezeVersion(db, actor, event.params.id).number })
		}),
	openRound: (event) =>
		formAction(event, {
			authorize: (db, actor) => void getPlanDocument(db, actor, event.params.id),
			schema: roundSchema,
			run: (db, actor, data) => {
				const opensAt = helsinkiInstant(data.opensDate, data.opensTime);
				const closesAt = helsinkiInstant(data.closesDate, data.closesTime);
				if (!opensAt) throw invalid('validation.date', { opensDate: 'validation.date' });
				if (!closesAt) throw invalid('validation.date', { closesDate: 'validation.date' });
				const round = openRound(db, actor, event.params.id, data.versionId, {
					title: data.title,
					instructions: data.instructions,
					audience: {
						kind: data.audienceKind,
						organisationIds: data.organisationIds,
						bodyIds: data.bodyIds
					},
					opensAt,
					closesAt
				});
				redirect(303, `/consultations/${round.id}`);
			}
		})
};
