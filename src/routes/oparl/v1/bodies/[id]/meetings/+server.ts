import { getDb } from '#lib/server/db/instance.js';
import { oparlMeetingList } from '#lib/server/oparl/meetings.js';
import { oparlListResponse } from '#lib/server/oparl/http.js';
import type { RequestHandler } from './$types';

/** The region's meetings with published minutes, newest first. */
export const GET: RequestHandler = ({ url, params }) =>
	oparlListResponse(url, (page) => oparlMeetingList(getDb(), url.origin, params.id, page));
