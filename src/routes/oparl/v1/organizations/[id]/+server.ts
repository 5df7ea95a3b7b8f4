import { getDb } from '#lib/server/db/instance.js';
import { oparlOrganization } from '#lib/server/oparl/bodies.js';
import { oparlResponse } from '#lib/server/oparl/http.js';
import type { RequestHandler } from './$types';

/** One public cooperation body as an OParl Organization. */
export const GET: RequestHandler = ({ url, params }) =>
	oparlResponse(oparlOrganization(getDb(), url.origin, params.id));
