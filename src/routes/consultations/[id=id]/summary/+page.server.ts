import { can } from '#lib/domain/policy.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { attachSchema } from '#lib/schemas/consultations.js';
import { attachSummary, attachTargets, roundSummary } from '#lib/server/consultations/summary.js';
import { getDb } from '#lib/server/db/instance.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const db = getDb();
	const id = event.params.id;
	const summary = await runOrError(() => roundSummary(db, actor, id));
	const canAttach = can(actor, 'consultation.manage', { regionId: summary.round.regionId });
	return { summary, attachTargets: canAttach ? attachTargets(db, actor) : null };
};

export const actions: Actions = {
	attach: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, attachSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, async () => {
			const attachment = await attachSummary(getDb(), actor, event.params.id, parsed.data.target);
			return { attached: { meetingId: attachment.meetingId, filename: attachment.filename } };
		});
	}
};
