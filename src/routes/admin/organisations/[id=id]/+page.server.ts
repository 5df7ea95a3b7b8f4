import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { organisationSchema } from '#lib/schemas/admin.js';
import { getDb } from '#lib/server/db/instance.js';
import { getOrganisation, updateOrganisation } from '#lib/server/organisations/service.js';
import { adminOrganisationPage } from '#lib/server/organisations/views.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => adminOrganisationPage(getDb(), actor, event.params.id));
};

export const actions: Actions = {
	save: (event) =>
		formAction(event, {
			authorize: (db, actor) => getOrganisation(db, actor, event.params.id),
			schema: organisationSchema,
			run: (db, actor, data) => {
				updateOrganisation(db, actor, event.params.id, data);
				return { saved: true };
			}
		})
};
