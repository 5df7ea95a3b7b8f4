import { runOrError } from '#lib/kit/errors.js';
import { requireApiActor } from '#lib/kit/guard.js';
import { bodiesApi } from '#lib/server/bodies/views.js';
import { getDb } from '#lib/server/db/instance.js';
import type { RequestHandler } from './$types';

/** Integration API: the bodies the signed-in user may see (README); `nextNumber` for those who may manage the body. */
export const GET: RequestHandler = async (event) => {
	const actor = requireApiActor(event);
	return Response.json(await runOrError(() => bodiesApi(getDb(), actor, new Date())));
};
