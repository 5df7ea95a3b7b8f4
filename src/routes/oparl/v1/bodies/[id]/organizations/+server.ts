import { getDb } from '#lib/server/db/instance.js';
import { oparlOrganizationList } from '#lib/server/oparl/bodies.js';
import { oparlListResponse } from '#lib/server/oparl/http.js';
import type { RequestHandler } from './$types';

/** The region's public cooperation bodies as OParl Organizations. */
export const GET: RequestHandler = ({ url, params }) =>
	oparlListResponse(url, (page) => oparlOrganizationList(getDb(), url.origin, params.id, page));
