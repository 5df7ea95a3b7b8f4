import { getDb } from '#lib/server/db/instance.js';
import { oparlPaperList } from '#lib/server/oparl/bodies.js';
import { oparlListResponse } from '#lib/server/oparl/http.js';
import type { RequestHandler } from './$types';

/** Always empty: required by OParl, but there are no papers (Drucksachen) here. */
export const GET: RequestHandler = ({ url, params }) =>
	oparlListResponse(url, (page) => oparlPaperList(getDb(), url.origin, params.id, page));
