import { httpError } from '#lib/kit/errors.js';
import { getDb } from '#lib/server/db/instance.js';
import { regionHistory } from '#lib/server/situation/picture.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) =>
	regionHistory(getDb(), params.slug) ?? httpError(404, 'error.notFound');
