import { adminRegion } from '#lib/kit/admin.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { authorize, requireActor } from '#lib/kit/guard.js';
import { organisationSchema } from '#lib/schemas/admin.js';
import { getDb } from '#lib/server/db/instance.js';
import { createOrganisation, listOrganisations } from '#lib/server/organisations/service.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	authorize(actor, 'admin.access', null);
	const region = adminRegion(actor, event.url);
	const query = event.url.searchParams.get('q') ?? '';
	return runOrError(() => ({
		query,
		organisations: listOrganisations(getDb(), actor, { regionId: region.id, query })
	}));
};

export const actions: Actions = {
	create: async (event) => {
		const actor = requireActor(event);
		authorize(actor, 'admin.access', null);
		const region = adminRegion(actor, event.url);
		const parsed = await parseForm(event.request, organisationSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => ({
			created: createOrganisation(getDb(), actor, { ...parsed.data, regionId: region.id }).name
		}));
	}
};
