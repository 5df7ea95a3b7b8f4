import { can } from '$lib/domain/policy';
import { runAction, runOrError } from '$lib/kit/errors';
import { parseForm } from '$lib/kit/forms';
import { requireActor } from '$lib/kit/guard';
import { numericId } from '$lib/kit/params';
import { attachSchema } from '$lib/schemas/consultations';
import { attachSummary, attachTargets, roundSummary } from '$lib/server/consultations/summary';
import { getDb } from '$lib/server/db/instance';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const db = getDb();
	const id = numericId(event.params.id);
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
			const attachment = await attachSummary(getDb(), actor, numericId(event.params.id), parsed.data.target);
			return { attached: { meetingId: attachment.meetingId, filename: attachment.filename } };
		});
	}
};
