import { getDb } from '#lib/server/db/instance.js';
import { oparlBody } from '#lib/server/oparl/bodies.js';
import { oparlResponse } from '#lib/server/oparl/http.js';
import type { RequestHandler } from './$types';

/** One OParl Body (region). */
export const GET: RequestHandler = ({ url, params }) =>
	oparlResponse(oparlBody(getDb(), url.origin, params.id));
