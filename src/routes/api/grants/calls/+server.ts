import { requireApiActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { callsForApi } from '#lib/server/grants/calls-api.js';
import type { RequestHandler } from './$types';

/** Integration API: the grant calls the signed-in user may see (README). */
export const GET: RequestHandler = (event) =>
	Response.json(callsForApi(getDb(), requireApiActor(event)));
