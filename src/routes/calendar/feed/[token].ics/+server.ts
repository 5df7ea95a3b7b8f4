import { runOrError } from '$lib/kit/errors';
import { icsResponse } from '$lib/kit/ics';
import { personalFeed } from '$lib/server/calendar/feeds';
import { getDb } from '$lib/server/db/instance';
import type { RequestHandler } from './$types';

/** The personal feed: the secret token in the URL is the only key (calendar apps send no cookie). */
export const GET: RequestHandler = async ({ params, url }) =>
	icsResponse(await runOrError(() => personalFeed(getDb(), params.token, url.origin)), 'yhdyspinta.ics', 'private');
