import { runOrError } from '#lib/kit/errors.js';
import { requireApiActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { meApi } from '#lib/server/users/views.js';
import type { RequestHandler } from './$types';

/** Integration API: the signed-in user, their organisation and memberships (README). */
export const GET: RequestHandler = async (event) => {
	const actor = requireApiActor(event);
	return Response.json(await runOrError(() => meApi(getDb(), actor, event.url.origin)));
};
