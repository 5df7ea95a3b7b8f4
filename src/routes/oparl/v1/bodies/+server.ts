import { getDb } from '#lib/server/db/instance.js';
import { oparlBodyList } from '#lib/server/oparl/bodies.js';
import { oparlListResponse } from '#lib/server/oparl/http.js';
import type { RequestHandler } from './$types';

/** OParl Bodies: our regions (the county), paginated. */
export const GET: RequestHandler = ({ url }) =>
	oparlListResponse(url, (page) => oparlBodyList(getDb(), url.origin, page));
