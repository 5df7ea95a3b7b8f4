import { MEASURE_STATUSES, MEASURE_VIEWS, type MeasureView } from '#lib/domain/measures.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { measuresPage, type MeasuresFilter } from '#lib/server/measures/views.js';
import type { PageServerLoad } from './$types';

const FILTER_PARAMS = ['year', 'status', 'body', 'organisation'] as const;

/** A filter from the address; anything unreadable is simply no filter. */
function readFilter(url: URL): MeasuresFilter {
	const number = (name: string) => {
		const value = url.searchParams.get(name);
		return value && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
	};
	const status = url.searchParams.get('status');
	const year = number('year');
	return {
		year: year !== undefined && year >= 2000 && year <= 2100 ? year : undefined,
		status: MEASURE_STATUSES.find((s) => s === status),
		bodyId: number('body'),
		organisationId: number('organisation')
	};
}

/** The view the address asks for: `?view=`, or the year's list when it carries a filter (old links such as `?year=2026`). */
function requestedView(url: URL): MeasureView | undefined {
	const view = url.searchParams.get('view');
	const named = MEASURE_VIEWS.find((v) => v === view);
	if (named) return named;
	return FILTER_PARAMS.some((name) => url.searchParams.has(name)) ? 'year' : undefined;
}

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() =>
		measuresPage(getDb(), actor, requestedView(event.url), readFilter(event.url), new Date())
	);
};
