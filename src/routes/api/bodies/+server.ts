import { can } from '#lib/domain/policy.js';
import { helsinkiYear } from '#lib/domain/time.js';
import { requireApiActor } from '#lib/kit/guard.js';
import { bodyTarget, listVisibleBodies } from '#lib/server/bodies/queries.js';
import { getDb } from '#lib/server/db/instance.js';
import { nextSequence } from '#lib/server/meetings/numbering.js';
import type { RequestHandler } from './$types';

/** Integration API: the bodies the signed-in user may see (README); `nextNumber` for those who may manage the body. */
export const GET: RequestHandler = (event) => {
	const actor = requireApiActor(event);
	const db = getDb();
	const year = helsinkiYear(new Date());
	return Response.json(
		listVisibleBodies(db, actor).map((b) => ({
			id: b.id,
			name: b.name,
			level: b.level,
			regionId: b.regionId,
			public: b.public,
			cadence: { min: b.cadenceMin, max: b.cadenceMax },
			...(can(actor, 'meeting.manage', bodyTarget(b))
				? { nextNumber: { year, sequence: nextSequence(db, b.id, year) } }
				: {})
		}))
	);
};
