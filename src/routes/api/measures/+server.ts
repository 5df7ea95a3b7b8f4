import { error, json } from '@sveltejs/kit';
import { requireApiActor } from '$lib/kit/guard';
import { getDb } from '$lib/server/db/instance';
import { measuresForApi } from '$lib/server/measures/api';
import type { RequestHandler } from './$types';

/** Integration API: goals and measures the signed-in user may see, of one budget year with `?year=YYYY` (README). */
export const GET: RequestHandler = (event) => {
	const actor = requireApiActor(event);
	const year = event.url.searchParams.get('year');
	if (year !== null && !/^\d{4}$/.test(year)) error(400, { message: 'year must be YYYY', key: 'measures.validation.year' });
	return json(measuresForApi(getDb(), actor, year === null ? undefined : Number(year), event.url.origin));
};
