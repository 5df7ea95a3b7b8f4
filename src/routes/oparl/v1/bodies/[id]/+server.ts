import { getDb } from '$lib/server/db/instance';
import { oparlBody } from '$lib/server/oparl/bodies';
import { oparlResponse } from '$lib/server/oparl/http';
import type { RequestHandler } from './$types';

/** One OParl Body (region). */
export const GET: RequestHandler = ({ url, params }) => oparlResponse(oparlBody(getDb(), url.origin, params.id));
