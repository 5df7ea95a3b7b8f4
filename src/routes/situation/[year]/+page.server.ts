import { isMapMeasure, isSortColumn } from '#lib/domain/situation-figures.js';
import { httpError } from '#lib/kit/errors.js';
import { pictureYear } from '#lib/kit/situation.js';
import { getDb } from '#lib/server/db/instance.js';
import { picturePage } from '#lib/server/situation/picture.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	const measure = url.searchParams.get('measure');
	const sort = url.searchParams.get('sort');
	return (
		picturePage(getDb(), pictureYear(params.year), {
			measure: isMapMeasure(measure) ? measure : 'grantsPerResident',
			sort: isSortColumn(sort) ? sort : 'name',
			dir: url.searchParams.get('dir') === 'desc' ? 'desc' : 'asc'
		}) ?? httpError(404, 'error.notFound')
	);
};
