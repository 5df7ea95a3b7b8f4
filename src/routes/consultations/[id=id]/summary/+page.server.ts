import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { attachSchema } from '#lib/schemas/consultations.js';
import { authorizeRoundManagement } from '#lib/server/consultations/rounds.js';
import { attachSummary } from '#lib/server/consultations/summary.js';
import { summaryPage } from '#lib/server/consultations/views.js';
import { getDb } from '#lib/server/db/instance.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => summaryPage(getDb(), actor, event.params.id, new Date()));
};

export const actions: Actions = {
	attach: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeRoundManagement(db, actor, event.params.id),
			schema: attachSchema,
			run: async (db, actor, data) => {
				const attachment = await attachSummary(db, actor, event.params.id, data.target);
				return { attached: { meetingId: attachment.meetingId, filename: attachment.filename } };
			}
		})
};
