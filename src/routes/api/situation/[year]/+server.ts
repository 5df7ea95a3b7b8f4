import { httpError } from '#lib/kit/errors.js';
import { pictureYear } from '#lib/kit/situation.js';
import { getDb } from '#lib/server/db/instance.js';
import { loadPicture, picturePlain } from '#lib/server/situation/picture.js';
import type { RequestHandler } from './$types';

/** Integration API: a published year's picture, no login needed (README). */
export const GET: RequestHandler = ({ params }) =>
	Response.json(
		picturePlain(loadPicture(getDb(), pictureYear(params.year)) ?? httpError(404, 'error.notFound'))
	);
