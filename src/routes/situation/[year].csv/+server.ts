import { httpError } from '#lib/kit/errors.js';
import { pictureYear } from '#lib/kit/situation.js';
import { getDb } from '#lib/server/db/instance.js';
import { loadPicture, pictureCsv, pictureQuestions } from '#lib/server/situation/picture.js';
import type { RequestHandler } from './$types';

/** A published year's picture as CSV: one row per region (README). */
export const GET: RequestHandler = ({ params }) => {
	const db = getDb();
	const year = pictureYear(params.year);
	const picture = loadPicture(db, year) ?? httpError(404, 'error.notFound');
	const keys = (pictureQuestions(db, year) ?? []).map((q) => q.key);
	return new Response(pictureCsv(picture, keys), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="tilannekuva-${year}.csv"`,
			'X-Content-Type-Options': 'nosniff'
		}
	});
};
