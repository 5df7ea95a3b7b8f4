import { httpError, runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { getRegionStructure } from '#lib/server/bodies/queries.js';
import { getDb } from '#lib/server/db/instance.js';
import { listActorRegions, pickRegion } from '#lib/server/regions/queries.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const db = getDb();
	const region = pickRegion(db, actor, event.url.searchParams.get('region'));
	if (!region) httpError(404, 'error.notFound');
	const structure = await runOrError(() => getRegionStructure(db, actor, region.id));
	return {
		regions: listActorRegions(db, actor).map((r) => ({ slug: r.slug, name: r.name })),
		region: { slug: region.slug, name: region.name },
		levels: structure.levels.map((group) => ({
			level: group.level,
			bodies: group.bodies.map((b) => ({
				id: b.id,
				name: b.name,
				public: b.public,
				cadenceMin: b.cadenceMin,
				cadenceMax: b.cadenceMax,
				members: b.members.map((m) => ({
					userId: m.userId,
					name: m.name,
					title: m.title,
					organisationName: m.organisationName,
					role: m.role
				}))
			}))
		}))
	};
};
