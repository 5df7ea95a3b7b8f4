import { regionParam } from '#lib/kit/admin.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { adminLayout } from '#lib/server/admin/views.js';
import { getDb } from '#lib/server/db/instance.js';
import type { LayoutServerLoad } from './$types';

/** Navigation and the region chooser only: every page and action checks access itself. */
export const load: LayoutServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => adminLayout(getDb(), actor, regionParam(event.url)));
};
