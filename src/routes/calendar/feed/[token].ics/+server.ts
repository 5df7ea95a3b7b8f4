import { runOrError } from '#lib/kit/errors.js';
import { icsResponse } from '#lib/kit/ics.js';
import { personalFeed } from '#lib/server/calendar/feeds.js';
import { getDb } from '#lib/server/db/instance.js';
import type { RequestHandler } from './$types';

/** The personal feed: the secret token in the URL is the only key (calendar apps send no cookie). */
export const GET: RequestHandler = async ({ params, url }) =>
	icsResponse(
		await runOrError(() => personalFeed(getDb(), params.token, url.origin)),
		'yhdyspinta.ics',
		'private'
	);
