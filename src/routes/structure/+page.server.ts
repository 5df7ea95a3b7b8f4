import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { structurePage } from '#lib/server/bodies/views.js';
import { getDb } from '#lib/server/db/instance.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => structurePage(getDb(), actor, event.url.searchParams.get('region')));
};
