import { getDb } from '#lib/server/db/instance.js';
import { listArchiveBodies } from '#lib/server/records/archive.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	bodies: listArchiveBodies(getDb(), new Date()).map(({ body, publishedCount, upcomingCount }) => ({
		id: body.id,
		name: body.name,
		level: body.level,
		description: body.description,
		publishedCount,
		upcomingCount
	}))
});
