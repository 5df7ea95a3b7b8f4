import { queryId } from '#lib/kit/params.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireApiActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { applicationsForApi } from '#lib/server/grants/applications-api.js';
import type { RequestHandler } from './$types';

/**
 * Integration API: the user's organisation's applications, and every sent application of the
 * calls they handle; of one call with `?callId=` (README).
 */
export const GET: RequestHandler = async (event) => {
	const actor = requireApiActor(event);
	const callId = event.url.searchParams.get('callId');
	return Response.json(
		await runOrError(() =>
			applicationsForApi(getDb(), actor, callId === null ? null : queryId(callId))
		)
	);
};
