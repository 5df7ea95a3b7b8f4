import { getDb } from '#lib/server/db/instance.js';
import { archiveBodiesPage } from '#lib/server/records/archive.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => archiveBodiesPage(getDb(), new Date());
