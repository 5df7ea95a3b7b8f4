import { redirect } from '@sveltejs/kit';
import { can } from '#lib/domain/policy.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { indicatorSchema } from '#lib/schemas/indicators.js';
import { getDb } from '#lib/server/db/instance.js';
import { listIndicators } from '#lib/server/indicators/queries.js';
import { defineIndicator } from '#lib/server/indicators/service.js';
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
		const result = await runAction(parsed.values, () =>
			defineIndicator(getDb(), actor, actor.regionId, parsed.data)
		);
		if (!('id' in result)) return result;
		redirect(303, `/indicators/${result.id}`);
	}
};
