/** Indicator values as series for the charts of indicator, organisation and measure pages. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Point } from '../../domain/indicators';
import type { Actor } from '../../domain/policy';
import type { OrganisationKind } from '../../domain/roles';
import { assertCan } from '../access';
import type { Queryable } from '../db/client';
import { indicator, indicatorValue, organisation, type Indicator } from '../db/schema';

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

export const definitionColumns = {
	id: indicator.id,
	name: indicator.name,
	unit: indicator.unit,
	source: indicator.source,
	higherIsBetter: indicator.higherIsBetter
};

export const byName = (a: { name: string }, b: { name: string }) =>
	a.name.localeCompare(b.name, 'fi');

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
