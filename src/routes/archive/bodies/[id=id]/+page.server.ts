import { runOrError } from '#lib/kit/errors.js';
import { getDb } from '#lib/server/db/instance.js';
import { archiveBodyPage } from '#lib/server/records/archive.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) =>
	runOrError(() => archiveBodyPage(getDb(), params.id, new Date()));
