import { getDb } from '$lib/server/db/instance';
import { oparlPaperList } from '$lib/server/oparl/bodies';
import { oparlListResponse } from '$lib/server/oparl/http';
import type { RequestHandler } from './$types';

/** Always empty: required by OParl, but there are no papers (Drucksachen) here. */
export const GET: RequestHandler = ({ url, params }) => oparlListResponse(url, (page) => oparlPaperList(getDb(), url.origin, params.id, page));
