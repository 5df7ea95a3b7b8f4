import { getDb } from '$lib/server/db/instance';
import { oparlOrganization } from '$lib/server/oparl/bodies';
import { oparlResponse } from '$lib/server/oparl/http';
import type { RequestHandler } from './$types';

/** One public cooperation body as an OParl Organization. */
export const GET: RequestHandler = ({ url, params }) => oparlResponse(oparlOrganization(getDb(), url.origin, params.id));
