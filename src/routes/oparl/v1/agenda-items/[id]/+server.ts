import { getDb } from '$lib/server/db/instance';
import { oparlAgendaItem } from '$lib/server/oparl/meetings';
import { oparlResponse } from '$lib/server/oparl/http';
import type { RequestHandler } from './$types';

/** One agenda item of published minutes; the id is "<meeting>-<item number>". */
export const GET: RequestHandler = ({ url, params }) => oparlResponse(oparlAgendaItem(getDb(), url.origin, params.id));
