import { getDb } from '#lib/server/db/instance.js';
import { oparlMembership } from '#lib/server/oparl/bodies.js';
import { oparlResponse } from '#lib/server/oparl/http.js';
import type { RequestHandler } from './$types';

/** One officer role in a public body as an OParl Membership. */
export const GET: RequestHandler = ({ url, params }) =>
	oparlResponse(oparlMembership(getDb(), url.origin, params.id));
