import { asc } from 'drizzle-orm';
import { can, type Actor } from '../../domain/policy';
import type { Queryable } from '../db/client';
import { region, type Region } from '../db/schema';

/** Regions whose structure the actor may see: all for an administrator, otherwise their own. */
export function listActorRegions(db: Queryable, actor: Actor): Region[] {
	return db
		.select()
		.from(region)
		.orderBy(asc(region.name))
		.all()
		.filter((r) => can(actor, 'structure.read', { regionId: r.id }));
}

/** The region a page shows: the one asked for by slug if the actor may see it, else their own. */
export function pickRegion(db: Queryable, actor: Actor, slug: string | null): Region | undefined {
	const regions = listActorRegions(db, actor);
	return (
		regions.find((r) => r.slug === slug) ??
		regions.find((r) => r.id === actor.regionId) ??
		regions[0]
	);
}
