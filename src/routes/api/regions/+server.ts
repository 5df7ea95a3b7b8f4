import { getDb } from '#lib/server/db/instance.js';
import { listPublicRegions } from '#lib/server/regions/service.js';
import type { RequestHandler } from './$types';

/** Integration API: every region's public facts, no login needed (README). */
export const GET: RequestHandler = () =>
	Response.json(listPublicRegions(getDb()), {
		headers: { 'Access-Control-Allow-Origin': '*' }
	});
