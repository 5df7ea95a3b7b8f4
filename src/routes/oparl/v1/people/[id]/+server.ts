import { getDb } from '#lib/server/db/instance.js';
import { oparlPerson } from '#lib/server/oparl/bodies.js';
import { oparlResponse } from '#lib/server/oparl/http.js';
import type { RequestHandler } from './$types';

/** One officer of public bodies as an OParl Person. */
export const GET: RequestHandler = ({ url, params }) =>
	oparlResponse(oparlPerson(getDb(), url.origin, params.id));
