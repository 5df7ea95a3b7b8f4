import { redirect } from '@sveltejs/kit';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { indicatorSchema } from '#lib/schemas/indicators.js';
import { getDb } from '#lib/server/db/instance.js';
import { authorizeIndicatorManagement, defineIndicator } from '#lib/server/indicators/service.js';
import { indicatorsPage } from '#lib/server/indicators/views.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => indicatorsPage(getDb(), actor));
};

export const actions: Actions = {
	create: (event) =>
		formAction(event, {
			authorize: (_db, actor) => authorizeIndicatorManagement(actor, actor.regionId),
			schema: indicatorSchema,
			run: (db, actor, data) => {
				const created = defineIndicator(db, actor, actor.regionId, data);
				redirect(303, `/indicators/${created.id}`);
			}
		})
};
