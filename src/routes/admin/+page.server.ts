import { regionParam } from '#lib/kit/admin.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { adminOverview } from '#lib/server/admin/views.js';
import { getDb } from '#lib/server/db/instance.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => adminOverview(getDb(), actor, regionParam(event.url)));
};
