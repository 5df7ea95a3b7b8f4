/** Reading indicators and their values: the region's list, one definition, and series for charts. */
import { and, asc, count, eq, inArray, max } from 'drizzle-orm';
import type { Point } from '../../domain/indicators';
import { can, type Actor } from '../../domain/policy';
import type { OrganisationKind } from '../../domain/roles';
import { assertCan } from '../access';
import type { Queryable } from '../db/client';
import { indicator, indicatorValue, organisation, type Indicator } from '../db/schema';
import { notFound } from '../errors';

export type IndicatorDefinition = Pick<
	Indicator,
	'id' | 'name' | 'unit' | 'source' | 'higherIsBetter'
>;

/** One indicator's values for one organisation, oldest year first. */
export interface IndicatorSeries {
	indicator: IndicatorDefinition;
	organisation: { id: number; name: string; kind: OrganisationKind };
	points: Point[];
}

const definitionColumns = {
	id: indicator.id,
	name: indicator.name,
	unit: indicator.unit,
	source: indicator.source,
	higherIsBetter: indicator.higherIsBetter
};

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fi');

/** The region's indicators with how many values each has and the latest year. */
export function listIndicators(db: Queryable, actor: Actor, regionId: number) {
	assertCan(actor, 'indicator.read', { regionId });
	return db
		.select({
			...definitionColumns,
			valueCount: count(indicatorValue.id),
			latestYear: max(indicatorValue.year)
		})
		.from(indicator)
		.leftJoin(indicatorValue, eq(indicatorValue.indicatorId, indicator.id))
		.where(eq(indicator.regionId, regionId))
		.groupBy(indicator.id)
		.all()
		.sort(byName);
}

/** An indicator the actor may read, with its region. */
export function getIndicator(
	db: Queryable,
	actor: Actor,
	indicatorId: number
): IndicatorDefinition & { regionId: number } {
	const found = db
		.select({ ...definitionColumns, regionId: indicator.regionId })
		.from(indicator)
		.where(eq(indicator.id, indicatorId))
		.get();
	// Another region's indicator is as absent as a missing one.
	if (!found || !can(actor, 'indicator.read', { regionId: found.regionId })) throw notFound();
	return found;
}

export interface SeriesFilter {
	regionId: number;
	/** Only these indicators (all of the region's when left out). */
	indicatorIds?: readonly number[];
	/** Only these organisations (all with values when left out). */
	organisationIds?: readonly number[];
}

/**
 * Series per indicator and organisation, for the charts: on an indicator's
 * page (one indicator, every organisation), an organisation's page (every
 * indicator, one organisation) and a measure's (its indicators, its owners).
 * Only pairs with at least one value; by indicator, then organisation name.
 */
export function indicatorSeries(
	db: Queryable,
	actor: Actor,
	filter: SeriesFilter
): IndicatorSeries[] {
	assertCan(actor, 'indicator.read', { regionId: filter.regionId });
	if (filter.indicatorIds?.length === 0 || filter.organisationIds?.length === 0) return [];
	const rows = db
		.select({
			indicator: definitionColumns,
			organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
			year: indicatorValue.year,
			value: indicatorValue.value
		})
		.from(indicatorValue)
		.innerJoin(indicator, eq(indicatorValue.indicatorId, indicator.id))
		.innerJoin(organisation, eq(indicatorValue.organisationId, organisation.id))
		.where(
			and(
				eq(indicator.regionId, filter.regionId),
				filter.indicatorIds ? inArray(indicator.id, [...filter.indicatorIds]) : undefined,
				filter.organisationIds ? inArray(organisation.id, [...filter.organisationIds]) : undefined
			)
		)
		.orderBy(asc(indicatorValue.year))
		.all();
	const series = new Map<string, IndicatorSeries>();
	for (const row of rows) {
		const key = `${row.indicator.id}:${row.organisation.id}`;
		let found = series.get(key);
		if (!found) {
			found = { indicator: row.indicator, organisation: row.organisation, points: [] };
			series.set(key, found);
		}
		found.points.push({ year: row.year, value: row.value });
	}
	return [...series.values()].sort(
		(a, b) => byName(a.indicator, b.indicator) || byName(a.organisation, b.organisation)
	);
}

/** The organisations whose values a manager can enter: the region's, by name. */
export function valueOrganisations(db: Queryable, actor: Actor, regionId: number) {
	assertCan(actor, 'indicator.manage', { regionId });
	return db
		.select({ id: organisation.id, name: organisation.name })
		.from(organisation)
		.where(eq(organisation.regionId, regionId))
		.all()
		.sort(byName);
}
