import { requireActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { searchMeetings } from '#lib/server/search/index.js';
import type { PageServerLoad } from './$types';

const MAX_QUERY_LENGTH = 200;
const RESULT_LIMIT = 50;

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	const query = (event.url.searchParams.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
	return { query, results: searchMeetings(getDb(), actor, query, { limit: RESULT_LIMIT }) };
};
