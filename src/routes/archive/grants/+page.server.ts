import { getDb } from '#lib/server/db/instance.js';
import { publicGrantsPage } from '#lib/server/grants/public.js';
import { publicGrantFilter } from '#lib/kit/grants.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => publicGrantsPage(getDb(), publicGrantFilter(url));
