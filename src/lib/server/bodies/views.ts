/** The pages and API answers about bodies: each checks access itself and returns what it shows. */
import { asc, eq } from 'drizzle-orm';
import { LEVELS } from '../../domain/levels';
import { can, type Actor } from '../../domain/policy';
import { helsinkiYear } from '../../domain/time';
import { assertCan } from '../access';
import type { Queryable } from '../db/client';
import { body } from '../db/schema';
import { nextSequence } from '../meetings/numbering';
import { listActorRegions, pickRegion, regionSlugFor } from '../regions/visible';
import { listMembers } from './rows';
import { listVisibleBodies } from './readable';
import { getBodyForAdmin, listBodiesByLevel } from './service';
import { bodyTarget } from './target';

/** The region's cooperation structure (`/structure`): every level, strategic at the top, with its bodies and members. */
export function structurePage(db: Queryable, actor: Actor, regionSlug: string | null) {
	const region = pickRegion(db, actor, regionSlug);
	assertCan(actor, 'structure.read', { regionId: region.id });
	const bodies = db
		.select()
		.from(body)
		.where(eq(body.regionId, region.id))
		.orderBy(asc(body.name))
		.all();
	const members = listMembers(
		db,
		bodies.map((b) => b.id)
	);
	return {
		regions: listActorRegions(db, actor).map((r) => ({ slug: r.slug, name: r.name })),
		region: { slug: region.slug, name: region.name },
		levels: LEVELS.map((level) => ({
			level,
			bodies: bodies
				.filter((b) => b.level === level)
				.map((b) => ({
					id: b.id,
					name: b.name,
					public: b.public,
					cadenceMin: b.cadenceMin,
					cadenceMax: b.cadenceMax,
					members: (members.get(b.id) ?? []).map((m) => ({
						userId: m.userId,
						name: m.name,
						title: m.title,
						organisationName: m.organisationName,
						role: m.role
					}))
				}))
		}))
	};
}

/** `GET /api/bodies`: the bodies the actor may see; `nextNumber` for those who may manage the body. */
export function bodiesApi(db: Queryable, actor: Actor, now: Date) {
	const year = helsinkiYear(now);
	return listVisibleBodies(db, actor).map((b) => ({
		id: b.id,
		name: b.name,
		level: b.level,
		regionId: b.regionId,
		public: b.public,
		cadence: { min: b.cadenceMin, max: b.cadenceMax },
		...(can(actor, 'meeting.manage', bodyTarget(b))
			? { nextNumber: { year, sequence: nextSequence(db, b.id, year) } }
			: {})
	}));
}

/** `/admin/bodies`: the region's bodies by level, for its coordinators. */
export function adminBodiesPage(db: Queryable, actor: Actor, regionSlug: string | null) {
	const region = pickRegion(db, actor, regionSlug);
	return { levels: listBodiesByLevel(db, actor, region.id) };
}

/** `/admin/bodies/[id]`: a body with its members and who could still join it. */
export function adminBodyPage(db: Queryable, actor: Actor, bodyId: number) {
	const found = getBodyForAdmin(db, actor, bodyId);
	return { ...found, regionSlug: regionSlugFor(db, actor, found.body.regionId) };
}
