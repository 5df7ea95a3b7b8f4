import {
	isMapMeasure,
	isSortColumn,
	measureScale,
	sortRegions
} from '#lib/domain/situation-figures.js';
import { httpError } from '#lib/kit/errors.js';
import { pictureYear } from '#lib/kit/situation.js';
import { getDb } from '#lib/server/db/instance.js';
import { loadPicture, publishedYears } from '#lib/server/situation/picture.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	const db = getDb();
	const picture = loadPicture(db, pictureYear(params.year)) ?? httpError(404, 'error.notFound');
	const measureParam = url.searchParams.get('measure');
	const sortParam = url.searchParams.get('sort');
	const measure = isMapMeasure(measureParam) ? measureParam : 'grantsPerResident';
	const sort = isSortColumn(sortParam) ? sortParam : 'name';
	const dir = url.searchParams.get('dir') === 'desc' ? 'desc' : 'asc';
	const scale = measureScale(
		measure,
		picture.regions.map((r) => r.figures)
	);
	return {
		year: picture.year,
		years: publishedYears(db),
		measure,
		sort,
		dir,
		classes: scale.classes,
		regions: sortRegions(picture.regions, sort, dir).map(({ answers: _answers, ...r }) => ({
			...r,
			classIndex: scale.classOf(r.figures)
		})),
		totals: picture.totals
	} as const;
};
