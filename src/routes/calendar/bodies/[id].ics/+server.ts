import { runOrError } from '$lib/kit/errors';
import { icsResponse } from '$lib/kit/ics';
import { numericId } from '$lib/kit/params';
import { publicBodyFeed } from '$lib/server/calendar/feeds';
import { getDb } from '$lib/server/db/instance';
import type { RequestHandler } from './$types';

/** A public body's meetings, for anyone to subscribe to. */
export const GET: RequestHandler = async ({ params, url }) =>
	icsResponse(await runOrError(() => publicBodyFeed(getDb(), numericId(params.id), url.origin)), `body-${params.id}.ics`, 'public');
