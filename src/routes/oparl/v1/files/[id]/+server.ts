import { getDb } from '#lib/server/db/instance.js';
import { oparlFile } from '#lib/server/oparl/meetings.js';
import { oparlResponse } from '#lib/server/oparl/http.js';
import type { RequestHandler } from './$types';

/** A minutes PDF ("minutes-<meeting>") or a public attachment ("attachment-<id>"). */
export const GET: RequestHandler = ({ url, params }) =>
	oparlResponse(oparlFile(getDb(), url.origin, params.id));
