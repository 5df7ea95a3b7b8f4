import { redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/instance.js';
import { publishedYears } from '#lib/server/situation/picture.js';
import type { PageServerLoad } from './$types';

/** The latest published year, or a page saying there is none yet. */
export const load: PageServerLoad = () => {
	const [latest] = publishedYears(getDb());
	if (latest) redirect(307, `/situation/${latest}`);
	return {};
};
