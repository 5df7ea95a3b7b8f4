import { getDb } from '#lib/server/db/instance.js';
import { grantFigures } from '#lib/server/grants/figures.js';
import { publicGrantFilter } from '#lib/kit/grants.js';
import { runOrError } from '#lib/kit/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const filter = publicGrantFilter(url);
	return runOrError(() => grantFigures(getDb(), filter.regionSlug, filter.year));
};
