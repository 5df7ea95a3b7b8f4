import { requireApiActor } from '#lib/kit/guard.js';
import { roundsForApi } from '#lib/server/consultations/api.js';
import { getDb } from '#lib/server/db/instance.js';
import type { RequestHandler } from './$types';

/** Integration API: consultation rounds the signed-in user may see (README). */
export const GET: RequestHandler = (event) =>
	Response.json(roundsForApi(getDb(), requireApiActor(event)));
