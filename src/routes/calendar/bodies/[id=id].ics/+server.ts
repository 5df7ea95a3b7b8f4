import { runOrError } from '#lib/kit/errors.js';
import { icsResponse } from '#lib/kit/ics.js';
import { publicBodyFeed } from '#lib/server/calendar/feeds.js';
import { getDb } from '#lib/server/db/instance.js';
import type { RequestHandler } from './$types';

/** A public body's meetings, for anyone to subscribe to. */
export const GET: RequestHandler = async ({ params, url }) =>
	icsResponse(
		await runOrError(() => publicBodyFeed(getDb(), params.id, url.origin)),
		`body-${params.id}.ics`,
		'public'
	);
