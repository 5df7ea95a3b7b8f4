import { adminActionTarget, regionSlugFor } from '#lib/kit/admin.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { authorize, requireActor } from '#lib/kit/guard.js';
import { organisationSchema } from '#lib/schemas/admin.js';
import { getDb } from '#lib/server/db/instance.js';
import { getOrganisation, updateOrganisation } from '#lib/server/organisations/service.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	authorize(actor, 'admin.access', null);
	const id = event.params.id;
	return runOrError(() => {
		const organisation = getOrganisation(getDb(), actor, id);
		return { organisation, regionSlug: regionSlugFor(actor, organisation.regionId) };
	});
};

export const actions: Actions = {
	save: async (event) => {
		const { actor, id } = adminActionTarget(event);
		const parsed = await parseForm(event.request, organisationSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			updateOrganisation(getDb(), actor, id, parsed.data);
			return { saved: true };
		});
	}
};
