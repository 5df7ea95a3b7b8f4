import { getDb } from '$lib/server/db/instance';
import { oparlMembership } from '$lib/server/oparl/bodies';
import { oparlResponse } from '$lib/server/oparl/http';
import type { RequestHandler } from './$types';

/** One officer role in a public body as an OParl Membership. */
export const GET: RequestHandler = ({ url, params }) => oparlResponse(oparlMembership(getDb(), url.origin, params.id));
