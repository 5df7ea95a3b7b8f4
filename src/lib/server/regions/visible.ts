/** The regions a person may look at, and the one a page shows. */
import { asc, eq } from 'drizzle-orm';
import { can, type Actor } from '../../domain/policy';
import type { Queryable } from '../db/client';
import { region, type Region } from '../db/schema';
import { assertCan } from '../access';
import { notFound } from '../errors';

/**
 * Regions whose structure the actor may see: all for an administrator, otherwise their own.
 * The query keeps to the actor's region unless they are an administrator; the policy decides.
 */
export function listActorRegions(db: Queryable, actor: Actor): Region[] {
	return db
		.select()
		.from(region)
		.where(actor.siteRole === 'admin' ? undefined : eq(region.id, actor.regionId))
		.orderBy(asc(region.name))
		.all()
		.filter((r) => can(actor, 'structure.read', { regionId: r.id }));
}

/** The region a page shows: the one asked for by slug if the actor may see it, else their own. */
export function pickRegion(db: Queryable, actor: Actor, slug: string | null): Region {
	const regions = listActorRegions(db, actor);
	const picked =
		regions.find((r) => r.slug === slug) ??
		regions.find((r) => r.id === actor.regionId) ??
		regions[0];
	if (!picked) throw notFound();
	return picked;
}

/**
 * The slug to keep in links when the actor can choose between regions;
 * null for everyone else, whose links stay short.
 */
export function regionSlugFor(db: Queryable, actor: Actor, regionId: number): string | null {
	const regions = listActorRegions(db, actor);
	return regions.length > 1 ? (regions.find((r) => r.id === regionId)?.slug ?? null) : null;
}

/** What a coordinator does region-wide in the administration. */
export type RegionAction = 'organisation.manage' | 'user.manage' | 'body.manage' | 'audit.read';

/** The region an administration page or form works on, once the actor may do `action` there. */
export function authorizeRegion(
	db: Queryable,
	actor: Actor,
	slug: string | null,
	action: RegionAction
): Region {
	const picked = pickRegion(db, actor, slug);
	assertCan(actor, action, { regionId: picked.id });
	return picked;
}
