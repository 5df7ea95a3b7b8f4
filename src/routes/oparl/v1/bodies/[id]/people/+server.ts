import { getDb } from '#lib/server/db/instance.js';
import { oparlPersonList } from '#lib/server/oparl/bodies.js';
import { oparlListResponse } from '#lib/server/oparl/http.js';
import type { RequestHandler } from './$types';

/** Chairs, vice chairs and secretaries of the region's public bodies as OParl Persons. */
export const GET: RequestHandler = ({ url, params }) =>
	oparlListResponse(url, (page) => oparlPersonList(getDb(), url.origin, params.id, page));
