import { regionParam } from '#lib/kit/admin.js';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { organisationSchema } from '#lib/schemas/admin.js';
import { getDb } from '#lib/server/db/instance.js';
import { createOrganisation } from '#lib/server/organisations/service.js';
import { adminOrganisationsPage } from '#lib/server/organisations/views.js';
import { authorizeRegion } from '#lib/server/regions/visible.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	const query = event.url.searchParams.get('q') ?? '';
	return runOrError(() => adminOrganisationsPage(getDb(), actor, regionParam(event.url), query));
};

export const actions: Actions = {
	create: (event) => {
		const slug = regionParam(event.url);
		return formAction(event, {
			authorize: (db, actor) => authorizeRegion(db, actor, slug, 'organisation.manage'),
			schema: organisationSchema,
			run: (db, actor, data) => {
				const region = authorizeRegion(db, actor, slug, 'organisation.manage');
				return { created: createOrganisation(db, actor, { ...data, regionId: region.id }).name };
			}
		});
	}
};
