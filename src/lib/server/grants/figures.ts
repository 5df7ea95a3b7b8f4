/**
 * A county's grant figures for a year: the appropriations and grants per
 * basket and per activity class, what was applied for against what was
 * granted, and euros per resident. Built from decided calls only, so nothing
 * of an open call's applications shows before its decision; public, like the
 * list of granted grants they sum up.
 */
import { and, asc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import {
	APPLICATION_STATUSES,
	GRANT_BASKETS,
	isGranted,
	type GrantBasket
} from '../../domain/grants';
import { returnedCents } from '../../domain/grant-changes';
import type { Queryable } from '../db/client';
import {
	grantActivityClass,
	grantApplication,
	grantAppropriation,
	organisation,
	grantBasket,
	grantCall,
	grantClaim,
	region
} from '../db/schema';
import { notFound } from '../errors';
import { shareByPopulation } from '../../domain/grant-open-data';
import { municipalitiesOf, MUNICIPALITY_POPULATION_YEAR } from '../regions/facts';
import { municipalityIdsOf } from './applications';
import { helsinkiYear } from '../../domain/time';

export interface BasketFigures {
	kind: GrantBasket;
	name: string;
	appropriationCents: number;
	applications: number;
	appliedCents: number;
	granted: number;
	grantedCents: number;
}

export interface ClassFigures {
	name: string;
	granted: number;
	grantedCents: number;
}

export interface MunicipalityFigures {
	name: string;
	population: number;
	/** The municipality's share of the year's grants, in cents. */
	sharedCents: number;
	centsPerResident: number;
}

export interface GrantFigures {
	region: { slug: string; name: string };
	year: number;
	years: number[];
	regions: { slug: string; name: string }[];
	baskets: BasketFigures[];
	classes: ClassFigures[];
	totals: {
		appropriationCents: number;
		appliedCents: number;
		grantedCents: number;
		/** What recipients have paid back of the year's grants (returns and recoveries). */
		returnedCents: number;
		applications: number;
		granted: number;
	};
	population: number | null;
	/** Granted euros per resident, in cents; null where the population is not known. */
	centsPerResident: number | null;
	/** Per municipality, where the region's municipalities' populations are known. */
	municipalities: MunicipalityFigures[];
	/** The year (31 December) of the municipalities' populations. */
	municipalityPopulationYear: number;
}

/** Applications that were decided on: everything submitted, not the drafts or the withdrawn. */
const DECIDED_ON = [
	'ineligible',
	'assessed',
	'submitted',
	'granted',
	'partly_granted',
	'rejected'
] as const;
const GRANTED = APPLICATION_STATUSES.filter(isGranted);

/** The region asked for, or the first with grant baskets: in a national installation not all keep their grants here. */
function regionOf(db: Queryable, slug: string | undefined) {
	const rows = db.select().from(region).orderBy(asc(region.name)).all();
	let picked = rows.find((r) => r.slug === slug);
	if (!slug) {
		const withGrants = new Set(
			db
				.selectDistinct({ regionId: grantBasket.regionId })
				.from(grantBasket)
				.all()
				.map((b) => b.regionId)
		);
		picked = rows.find((r) => withGrants.has(r.id)) ?? rows[0];
	}
	if (!picked) throw notFound();
	return { picked, all: rows.map((r) => ({ slug: r.slug, name: r.name })) };
}

export function grantFigures(
	db: Queryable,
	regionSlug: string | undefined,
	year: number | undefined
): GrantFigures {
	const { picked, all } = regionOf(db, regionSlug);
	const years = db
		.selectDistinct({ year: grantAppropriation.year })
		.from(grantAppropriation)
		.innerJoin(grantBasket, eq(grantAppropriation.basketId, grantBasket.id))
		.where(eq(grantBasket.regionId, picked.id))
		.all()
		.map((r) => r.year)
		.sort((a, b) => b - a);
	const shownYear = year ?? years[0] ?? helsinkiYear(new Date());

	const baskets = db
		.select({
			id: grantBasket.id,
			kind: grantBasket.kind,
			name: grantBasket.name,
			appropriationCents: grantAppropriation.amountCents
		})
		.from(grantBasket)
		.leftJoin(
			grantAppropriation,
			and(eq(grantAppropriation.basketId, grantBasket.id), eq(grantAppropriation.year, shownYear))
		)
		.where(eq(grantBasket.regionId, picked.id))
		.all();

	const decidedOfYear = and(
		eq(grantCall.regionId, picked.id),
		eq(grantCall.budgetYear, shownYear),
		isNotNull(grantCall.decidedAt)
	);
	// A grant its recipient refused is freed money, not granted (`countsAsGranted`).
	const countsAsGranted = and(
		inArray(grantApplication.status, [...GRANTED]),
		ne(grantApplication.acceptance, 'refused')
	);
	const granted = sql<number>`sum(case when ${countsAsGranted} then 1 else 0 end)`;
	const grantedCents = sql<number>`coalesce(sum(case when ${countsAsGranted} then ${grantApplication.amountGrantedCents} else 0 end), 0)`;

	const perBasket = db
		.select({
			basketId: grantCall.basketId,
			applications: sql<number>`count(*)`,
			appliedCents: sql<number>`coalesce(sum(${grantApplication.amountRequestedCents}), 0)`,
			granted,
			grantedCents
		})
		.from(grantApplication)
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.where(and(decidedOfYear, inArray(grantApplication.status, [...DECIDED_ON])))
		.groupBy(grantCall.basketId)
		.all();

	const perClass = db
		.select({ name: grantActivityClass.name, granted, grantedCents })
		.from(grantApplication)
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.innerJoin(grantActivityClass, eq(grantApplication.activityClassId, grantActivityClass.id))
		.where(and(decidedOfYear, countsAsGranted))
		.groupBy(grantActivityClass.id)
		.orderBy(asc(grantActivityClass.position), asc(grantActivityClass.name))
		.all();

	const basketFigures: BasketFigures[] = baskets
		.map((b) => {
			const sums = perBasket.find((p) => p.basketId === b.id);
			return {
				kind: b.kind,
				name: b.name,
				appropriationCents: b.appropriationCents ?? 0,
				applications: sums?.applications ?? 0,
				appliedCents: sums?.appliedCents ?? 0,
				granted: sums?.granted ?? 0,
				grantedCents: sums?.grantedCents ?? 0
			};
		})
		.sort((a, b) => GRANT_BASKETS.indexOf(a.kind) - GRANT_BASKETS.indexOf(b.kind));

	const sum = (pick: (b: BasketFigures) => number) =>
		basketFigures.reduce((total, b) => total + pick(b), 0);
	const totals = {
		appropriationCents: sum((b) => b.appropriationCents),
		appliedCents: sum((b) => b.appliedCents),
		grantedCents: sum((b) => b.grantedCents),
		returnedCents: returnedCents(
			db
				.select({ status: grantClaim.status, amountCents: grantClaim.amountCents })
				.from(grantClaim)
				.innerJoin(grantApplication, eq(grantClaim.applicationId, grantApplication.id))
				.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
				.where(decidedOfYear)
				.all()
		),
		applications: sum((b) => b.applications),
		granted: sum((b) => b.granted)
	};
	const population = picked.population;
	return {
		municipalities: perMunicipality(db, picked.slug, decidedOfYear),
		municipalityPopulationYear: MUNICIPALITY_POPULATION_YEAR,
		region: { slug: picked.slug, name: picked.name },
		year: shownYear,
		years,
		regions: all,
		baskets: basketFigures,
		classes: perClass,
		totals,
		population,
		centsPerResident: population ? Math.round(totals.grantedCents / population) : null
	};
}

/**
 * The year's grants shared among the municipalities by population: a grant
 * for several municipalities among those, one that names none (or none the
 * population data knows) among all the region's. Hidden grants count: the
 * money was granted all the same (open-data.ts).
 */
function perMunicipality(
	db: Queryable,
	regionSlug: string,
	decidedOfYear: ReturnType<typeof and>
): MunicipalityFigures[] {
	const municipalities = municipalitiesOf(regionSlug);
	if (municipalities.length === 0) return [];
	const grants = db
		.select({ application: grantApplication })
		.from(grantApplication)
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.where(
			and(
				decidedOfYear,
				inArray(grantApplication.status, [...GRANTED]),
				isNotNull(grantApplication.amountGrantedCents)
			)
		)
		.all()
		.map((r) => r.application);
	const ids = [...new Set(grants.flatMap(municipalityIdsOf))];
	const nameOf = new Map(
		ids.length === 0
			? []
			: db
					.select({ id: organisation.id, name: organisation.name })
					.from(organisation)
					.where(inArray(organisation.id, ids))
					.all()
					.map((o) => [o.id, o.name])
	);
	const everywhere = municipalities.map((m) => ({ key: m.code, population: m.population }));
	const shared = new Map<string, number>();
	for (const grant of grants) {
		const named = municipalityIdsOf(grant).flatMap((id) => {
			const found = municipalities.find((m) => m.organisation === nameOf.get(id));
			return found ? [{ key: found.code, population: found.population }] : [];
		});
		const places = named.length > 0 ? named : everywhere;
		for (const [code, cents] of shareByPopulation(grant.amountGrantedCents ?? 0, places))
			shared.set(code, (shared.get(code) ?? 0) + cents);
	}
	return municipalities.map((m) => {
		const sharedCents = shared.get(m.code) ?? 0;
		return {
			name: m.name,
			population: m.population,
			sharedCents,
			centsPerResident: Math.round(sharedCents / m.population)
		};
	});
}
