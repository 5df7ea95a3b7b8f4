import { getDb } from '#lib/server/db/instance.js';
import { oparlLocation } from '#lib/server/oparl/meetings.js';
import { oparlResponse } from '#lib/server/oparl/http.js';
import type { RequestHandler } from './$types';

/** The place of a published meeting; the id is the meeting's. */
export const GET: RequestHandler = ({ url, params }) =>
	oparlResponse(oparlLocation(getDb(), url.origin, params.id));
