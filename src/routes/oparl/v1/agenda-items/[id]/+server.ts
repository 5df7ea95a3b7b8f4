import { getDb } from '#lib/server/db/instance.js';
import { oparlAgendaItem } from '#lib/server/oparl/meetings.js';
import { oparlResponse } from '#lib/server/oparl/http.js';
import type { RequestHandler } from './$types';

/** One agenda item of published minutes; the id is "<meeting>-<item number>". */
export const GET: RequestHandler = ({ url, params }) =>
	oparlResponse(oparlAgendaItem(getDb(), url.origin, params.id));
