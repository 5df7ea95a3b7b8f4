import { requireActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { grantsOverview } from '#lib/server/grants/overview.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	grantsOverview(getDb(), requireActor(event), new Date());
