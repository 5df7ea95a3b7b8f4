/**
 * Regions of the installation: the 21 wellbeing services counties and Helsinki
 * (or any region an administrator adds), each with its county organisation
 * and its year calendar from the start.
 */
import { count } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import { sameName } from '../../domain/search';
import { helsinkiYear } from '../../domain/time';
import { assertCan } from '../access';
import { recordAudit } from '../audit/log';
import { insertDefaultYear } from '../calendar/milestones';
import type { Db, Queryable } from '../db/client';
import { organisation, region, type Organisation, type Region } from '../db/schema';
import { conflict } from '../errors';

export interface NewRegion {
	name: string;
	slug: string;
	population: number | null;
	comparable: boolean;
}

/** The slug of a region's name in its links: "Etelä-Savon hyvinvointialue" → "etela-savon-hyvinvointialue". */
export function slugify(name: string): string {
	return name
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * Inserts a region with its county organisation (named as the region) and the
 * typical year of the budget cycle, this year and the next: what every region
 * starts from, whether the first-run set-up, an administrator or the demo creates it.
 */
export function insertRegionWithCounty(
	db: Queryable,
	input: NewRegion,
	now = new Date()
): { region: Region; county: Organisation } {
	const created = db.insert(region).values(input).returning().get();
	const year = helsinkiYear(now);
	insertDefaultYear(db, created.id, year);
	insertDefaultYear(db, created.id, year + 1);
	const county = db
		.insert(organisation)
		.values({ regionId: created.id, name: input.name, kind: 'county' })
		.returning()
		.get();
	return { region: created, county };
}

/** Adding regions is the administrators'; the page and its form ask this before anything else. */
export function authorizeRegionCreation(actor: Actor): void {
	assertCan(actor, 'region.create', null);
}

/** An administrator adds a region; its name and slug are unique in the installation. */
export function createRegion(
	db: Db,
	actor: Actor,
	input: { name: string; population: number; comparable: boolean }
): Region {
	authorizeRegionCreation(actor);
	const slug = slugify(input.name);
	const rows = db.select({ name: region.name, slug: region.slug }).from(region).all();
	if (!slug || rows.some((r) => sameName(r.name, input.name) || r.slug === slug)) {
		throw conflict('admin.regions.nameTaken', { name: 'admin.regions.nameTaken' });
	}
	return db.transaction((tx) => {
		const created = insertRegionWithCounty(tx, { ...input, slug }).region;
		recordAudit(tx, {
			regionId: created.id,
			userId: actor.userId,
			action: 'region.created',
			targetType: 'region',
			targetId: created.id,
			summary: created.name
		});
		return created;
	});
}

/** A region's public facts, as `GET /api/regions` gives them. */
export interface PublicRegion {
	id: number;
	slug: string;
	name: string;
	population: number | null;
	comparable: boolean;
}

const finnishOrder = new Intl.Collator('fi');

/** Every region's public facts, by name as Finnish sorts it (Ä and Ö after Z). */
export function listPublicRegions(db: Queryable): PublicRegion[] {
	return db
		.select({
			id: region.id,
			slug: region.slug,
			name: region.name,
			population: region.population,
			comparable: region.comparable
		})
		.from(region)
		.all()
		.sort((a, b) => finnishOrder.compare(a.name, b.name));
}

/** `/admin/regions`: every region with its facts and how many organisations it has. */
export function adminRegionsPage(db: Queryable, actor: Actor) {
	authorizeRegionCreation(actor);
	const organisations = new Map(
		db
			.select({ regionId: organisation.regionId, n: count() })
			.from(organisation)
			.groupBy(organisation.regionId)
			.all()
			.map((row) => [row.regionId, row.n])
	);
	return {
		regions: listPublicRegions(db).map((r) => ({
			...r,
			organisations: organisations.get(r.id) ?? 0
		}))
	};
}
