import {
	MEASURE_STATUSES,
	MEASURE_VIEWS,
	openingMeasureView,
	type MeasureView
} from '#lib/domain/measures.js';
import { can } from '#lib/domain/policy.js';
import { helsinkiYear } from '#lib/domain/time.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	getOwnCommitments,
	listFilterOptions,
	listMeasures
} from '#lib/server/measures/queries.js';
import type { PageServerLoad } from './$types';

const FILTER_PARAMS = ['year', 'status', 'body', 'organisation'] as const;

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

/** The view the address asks for: `?view=`, or the year's list when it carries a filter (old links such as `?year=2026`). */
function requestedView(url: URL): MeasureView | undefined {
	const view = url.searchParams.get('view');
	const named = MEASURE_VIEWS.find((v) => v === view);
	if (named) return named;
	return FILTER_PARAMS.some((name) => url.searchParams.has(name)) ? 'year' : undefined;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const db = getDb();
	const thisYear = helsinkiYear(new Date());
	const own = await runOrError(() => getOwnCommitments(db, actor));
	const view =
		requestedView(event.url) ??
		openingMeasureView(
			can(actor, 'measure.followUpRegion', { regionId: actor.regionId }),
			own.measures.length
		);
	const shared = { view, thisYear, ownOrganisation: own.organisation };
	if (view === 'own') {
		return {
			...shared,
			own: { measures: own.measures, overdueCount: own.measures.filter((m) => m.overdue).length },
			region: null
		};
	}
	const filter = readFilter(event.url);
	const year = filter.year ?? thisYear;
	const options = await runOrError(() =>
		listFilterOptions(db, actor, actor.regionId, [thisYear, year])
	);
	const measures = listMeasures(db, actor, {
		regionId: actor.regionId,
		budgetYear: year,
		status: filter.status,
		bodyId: filter.body,
		organisationId: filter.organisation
	});
	return {
		...shared,
		own: null,
		region: {
			filter: {
				year,
				status: filter.status ?? '',
				body: filter.body ?? '',
				organisation: filter.organisation ?? ''
			},
			options,
			measures,
			overdueCount: measures.filter((m) => m.overdue).length
		}
	};
};
