import { regionParam } from '#lib/kit/admin.js';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { bodySchema } from '#lib/schemas/admin.js';
import { createBody } from '#lib/server/bodies/service.js';
import { adminBodiesPage } from '#lib/server/bodies/views.js';
import { getDb } from '#lib/server/db/instance.js';
import { authorizeRegion } from '#lib/server/regions/visible.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => adminBodiesPage(getDb(), actor, regionParam(event.url)));
};

export const actions: Actions = {
	create: (event) => {
		const slug = regionParam(event.url);
		return formAction(event, {
			authorize: (db, actor) => authorizeRegion(db, actor, slug, 'body.manage'),
			schema: bodySchema,
			run: (db, actor, data) => {
				const region = authorizeRegion(db, actor, slug, 'body.manage');
				return { created: createBody(db, actor, { ...data, regionId: region.id }).name };
			}
		});
	}
};
