import { redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/policy';
import { runAction, runOrError } from '$lib/kit/errors';
import { parseForm } from '$lib/kit/forms';
import { requireActor } from '$lib/kit/guard';
import { indicatorSchema } from '$lib/schemas/indicators';
import { getDb } from '$lib/server/db/instance';
import { listIndicators } from '$lib/server/indicators/queries';
import { defineIndicator } from '$lib/server/indicators/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => ({
		indicators: listIndicators(getDb(), actor, actor.regionId),
		canManage: can(actor, 'indicator.manage', { regionId: actor.regionId })
	}));
};

export const actions: Actions = {
	create: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, indicatorSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await runAction(parsed.values, () => defineIndicator(getDb(), actor, actor.regionId, parsed.data));
		if (!('id' in result)) return result;
		redirect(303, `/indicators/${result.id}`);
	}
};
