import { json } from '@sveltejs/kit';
import { requireApiActor } from '$lib/kit/guard';
import { numericId } from '$lib/kit/params';
import { runOrError } from '$lib/kit/errors';
import { getDb } from '$lib/server/db/instance';
import { meetingForApi } from '$lib/server/meetings/api';
import type { RequestHandler } from './$types';

/** Integration API: one meeting with its agenda item titles and attendance (README). */
export const GET: RequestHandler = async (event) => {
	const actor = requireApiActor(event);
	const id = numericId(event.params.id);
	return json(await runOrError(() => meetingForApi(getDb(), actor, id, event.url.origin)));
};
