import { httpError } from '#lib/kit/errors.js';
import { requireApiActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { measuresForApi } from '#lib/server/measures/api.js';
import type { RequestHandler } from './$types';

/** Integration API: goals and measures the signed-in user may see, of one budget year with `?year=YYYY` (README). */
export const GET: RequestHandler = (event) => {
	const actor = requireApiActor(event);
	const year = event.url.searchParams.get('year');
	if (year !== null && !/^\d{4}$/.test(year)) httpError(400, 'measures.validation.year');
	return Response.json(
		measuresForApi(getDb(), actor, year === null ? undefined : Number(year), event.url.origin)
	);
};
