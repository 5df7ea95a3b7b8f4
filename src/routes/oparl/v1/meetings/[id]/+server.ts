import { getDb } from '#lib/server/db/instance.js';
import { oparlMeeting } from '#lib/server/oparl/meetings.js';
import { oparlResponse } from '#lib/server/oparl/http.js';
import type { RequestHandler } from './$types';

/** One meeting with published minutes, its agenda items and files embedded. */
export const GET: RequestHandler = ({ url, params }) =>
	oparlResponse(oparlMeeting(getDb(), url.origin, params.id));
