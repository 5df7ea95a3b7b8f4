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
import type { Queryable } from '../db/client';
import {
	grantActivityClass,
	grantApplication,
	grantAppropriation,
	grantBasket,
	grantCall,
	region
} from '../db/schema';
import { notFound } from '../errors';
import { populationOf } from '../regions/facts';
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
		applications: number;
		granted: number;
	};
	population: number | null;
	/** Granted euros per resident, in cents; null where the population is not known. */
	centsPerResident: number | null;
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

function regionOf(db: Queryable, slug: string | undefined) {
	const rows = db.select().from(region).orderBy(asc(region.name)).all();
	const picked = slug ? rows.find((r) => r.slug === slug) : rows[0];
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
		applications: sum((b) => b.applications),
		granted: sum((b) => b.granted)
	};
	const population = populationOf(picked.slug);
	return {
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
