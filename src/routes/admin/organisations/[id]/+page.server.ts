import { adminActionTarget, regionSlugFor } from '$lib/kit/admin';
import { numericId } from '$lib/kit/params';
import { runAction, runOrError } from '$lib/kit/errors';
import { parseForm } from '$lib/kit/forms';
import { authorize, requireActor } from '$lib/kit/guard';
import { organisationSchema } from '$lib/schemas/admin';
import { getDb } from '$lib/server/db/instance';
import { getOrganisation, updateOrganisation } from '$lib/server/organisations/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	authorize(actor, 'admin.access', null);
	const id = numericId(event.params.id);
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
