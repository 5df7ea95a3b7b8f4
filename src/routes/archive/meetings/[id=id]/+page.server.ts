import { runOrError } from '#lib/kit/errors.js';
import { getDb } from '#lib/server/db/instance.js';
import { archiveMeetingPage } from '#lib/server/records/archive.js';
import type { PageServerLoad } from './$types';

/** Published minutes, or the agenda of an invited meeting; a 404 for everything else, whatever the URL. */
export const load: PageServerLoad = ({ params }) =>
	runOrError(() => archiveMeetingPage(getDb(), params.id));
