import { requireApiActor } from '#lib/kit/guard.js';
import { runOrError } from '#lib/kit/errors.js';
import { getDb } from '#lib/server/db/instance.js';
import { meetingForApi } from '#lib/server/meetings/api.js';
import type { RequestHandler } from './$types';

/** Integration API: one meeting with its agenda item titles and attendance (README). */
export const GET: RequestHandler = async (event) => {
	const actor = requireApiActor(event);
	const id = event.params.id;
	return Response.json(await runOrError(() => meetingForApi(getDb(), actor, id, event.url.origin)));
};
