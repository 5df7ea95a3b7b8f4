/** What each indicators page shows, with what its reader may do there. */
import { count, eq, max } from 'drizzle-orm';
import { helsinkiYear } from '../../domain/time';
import { can, type Actor } from '../../domain/policy';
import { assertCan } from '../access';
import type { Queryable } from '../db/client';
import { indicator, indicatorValue, organisation } from '../db/schema';
import { notFound } from '../errors';
import { byName, definitionColumns, indicatorSeries, type IndicatorDefinition } from './series';

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

/** The organisations whose values a manager can enter: the region's, by name. */
function valueOrganisations(db: Queryable, actor: Actor, regionId: number) {
	assertCan(actor, 'indicator.manage', { regionId });
	return db
		.select({ id: organisation.id, name: organisation.name })
		.from(organisation)
		.where(eq(organisation.regionId, regionId))
		.all()
		.sort(byName);
}

/** The region's indicators, and whether the actor may define new ones. */
export function indicatorsPage(db: Queryable, actor: Actor) {
	return {
		indicators: listIndicators(db, actor, actor.regionId),
		canManage: can(actor, 'indicator.manage', { regionId: actor.regionId })
	};
}

/** An indicator with every organisation's values; for those who manage indicators, the forms to change them. */
export function indicatorPage(db: Queryable, actor: Actor, indicatorId: number, now = new Date()) {
	const shown = getIndicator(db, actor, indicatorId);
	const canManage = can(actor, 'indicator.manage', { regionId: shown.regionId });
	return {
		indicator: shown,
		series: indicatorSeries(db, actor, { regionId: shown.regionId, indicatorIds: [shown.id] }),
		canManage,
		organisations: canManage ? valueOrganisations(db, actor, shown.regionId) : [],
		/** Statistics arrive for the last full year. */
		defaultYear: helsinkiYear(now) - 1
	};
}
