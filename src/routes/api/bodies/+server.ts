import { json } from '@sveltejs/kit';
import { requireApiActor } from '$lib/kit/guard';
import { listVisibleBodies } from '$lib/server/bodies/queries';
import { getDb } from '$lib/server/db/instance';
import type { RequestHandler } from './$types';

/** Integration API: the bodies the signed-in user may see (README). */
export const GET: RequestHandler = (event) => {
	const actor = requireApiActor(event);
	return json(
		listVisibleBodies(getDb(), actor).map((b) => ({
			id: b.id,
			name: b.name,
			level: b.level,
			regionId: b.regionId,
			public: b.public,
			cadence: { min: b.cadenceMin, max: b.cadenceMax }
		}))
	);
};
