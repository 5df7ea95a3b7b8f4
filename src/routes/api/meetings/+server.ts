import { requireApiActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { meetingsForApi } from '#lib/server/meetings/api.js';
import type { RequestHandler } from './$types';

/** Integration API: meetings the signed-in user may see (README). */
export const GET: RequestHandler = (event) =>
	Response.json(meetingsForApi(getDb(), requireApiActor(event), event.url.origin));
