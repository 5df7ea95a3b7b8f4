import { runOrError } from '#lib/kit/errors.js';
import { requireApiActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { applicationForApi } from '#lib/server/grants/applications-api.js';
import type { RequestHandler } from './$types';

/** Integration API: one application the user may read, with the grant's acceptance, payments and reports (README). */
export const GET: RequestHandler = async (event) => {
	const actor = requireApiActor(event);
	return Response.json(await runOrError(() => applicationForApi(getDb(), actor, event.params.id)));
};
