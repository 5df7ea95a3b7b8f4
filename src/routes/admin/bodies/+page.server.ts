import { adminRegion } from '$lib/kit/admin';
import { runAction, runOrError } from '$lib/kit/errors';
import { parseForm } from '$lib/kit/forms';
import { authorize, requireActor } from '$lib/kit/guard';
import { bodySchema } from '$lib/schemas/admin';
import { createBody, listBodiesByLevel } from '$lib/server/bodies/service';
import { getDb } from '$lib/server/db/instance';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	authorize(actor, 'admin.access', null);
	const region = adminRegion(actor, event.url);
	return runOrError(() => ({ levels: listBodiesByLevel(getDb(), actor, region.id) }));
};

export const actions: Actions = {
	create: async (event) => {
		const actor = requireActor(event);
		authorize(actor, 'admin.access', null);
		const region = adminRegion(actor, event.url);
		const parsed = await parseForm(event.request, bodySchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => ({
			created: createBody(getDb(), actor, { ...parsed.data, regionId: region.id }).name
		}));
	}
};
