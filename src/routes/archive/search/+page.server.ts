import { getDb } from '#lib/server/db/instance.js';
import { searchMeetings } from '#lib/server/search/index.js';
import type { PageServerLoad } from './$types';

const MAX_QUERY_LENGTH = 200;
const RESULT_LIMIT = 50;

/** The public archive's search: published records only, whoever asks (the actor is not passed on). */
export const load: PageServerLoad = ({ url }) => {
	const query = (url.searchParams.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
	return { query, results: searchMeetings(getDb(), null, query, { limit: RESULT_LIMIT }) };
};
