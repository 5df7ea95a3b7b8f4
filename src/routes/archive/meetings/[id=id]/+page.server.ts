import { notFoundPage } from '#lib/kit/params.js';
import { getDb } from '#lib/server/db/instance.js';
import { getArchiveMeeting } from '#lib/server/records/archive.js';
import type { PageServerLoad } from './$types';

/** Published minutes, or the agenda of an invited meeting; a 404 for everything else, whatever the URL. */
export const load: PageServerLoad = ({ params }) => {
	const found = getArchiveMeeting(getDb(), params.id);
	if (!found) notFoundPage();
	return { record: found.record, bodyId: found.body.id };
};
