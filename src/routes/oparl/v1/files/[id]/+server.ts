import { getDb } from '$lib/server/db/instance';
import { oparlFile } from '$lib/server/oparl/meetings';
import { oparlResponse } from '$lib/server/oparl/http';
import type { RequestHandler } from './$types';

/** A minutes PDF ("minutes-<meeting>") or a public attachment ("attachment-<id>"). */
export const GET: RequestHandler = ({ url, params }) => oparlResponse(oparlFile(getDb(), url.origin, params.id));
