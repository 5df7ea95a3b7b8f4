import { adminRegion } from '#lib/kit/admin.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { authorize, requireActor } from '#lib/kit/guard.js';
import { bodySchema } from '#lib/schemas/admin.js';
import { createBody, listBodiesByLevel } from '#lib/server/bodies/service.js';
import { getDb } from '#lib/server/db/instance.js';
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
