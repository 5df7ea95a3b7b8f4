import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { regionSchema } from '#lib/schemas/admin.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	adminRegionsPage,
	authorizeRegionCreation,
	createRegion
} from '#lib/server/regions/service.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => adminRegionsPage(getDb(), actor));
};

export const actions: Actions = {
	create: (event) =>
		formAction(event, {
			authorize: (_db, actor) => authorizeRegionCreation(actor),
			schema: regionSchema,
			run: (db, actor, data) => ({ created: createRegion(db, actor, data).name })
		})
};
