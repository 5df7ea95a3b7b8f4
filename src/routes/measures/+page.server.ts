import { MEASURE_STATUSES } from '#lib/domain/measures.js';
import { helsinkiYear } from '#lib/domain/time.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { listFilterOptions, listMeasures } from '#lib/server/measures/queries.js';
import type { PageServerLoad } from './$types';

/** A filter from the address; anything unreadable is simply no filter. */
function readFilter(url: URL) {
	const number = (name: string) => {
		const value = url.searchParams.get(name);
		return value && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
	};
	const status = url.searchParams.get('status');
	const year = number('year');
	return {
		year: year !== undefined && year >= 2000 && year <= 2100 ? year : undefined,
		status: MEASURE_STATUSES.find((s) => s === status),
		body: number('body'),
		organisation: number('organisation')
	};
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const db = getDb();
	const thisYear = helsinkiYear(new Date());
	const filter = readFilter(event.url);
	const year = filter.year ?? thisYear;
	const options = await runOrError(() => listFilterOptions(db, actor, actor.regionId, [thisYear, year]));
	const measures = listMeasures(db, actor, {
		regionId: actor.regionId,
		budgetYear: year,
		status: filter.status,
		bodyId: filter.body,
		organisationId: filter.organisation
	});
	return {
		filter: { year, status: filter.status ?? '', body: filter.body ?? '', organisation: filter.organisation ?? '' },
		options,
		measures,
		overdueCount: measures.filter((m) => m.overdue).length,
		ownOrganisationId: actor.organisationId
	};
};
