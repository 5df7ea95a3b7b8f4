import { downloadResponse } from '#lib/kit/downloads.js';
import { runOrError } from '#lib/kit/errors.js';
import { getDb } from '#lib/server/db/instance.js';
import { openStatutes } from '#lib/server/organisations/statutes.js';
import type { RequestHandler } from './$types';

/** The NGO's current statutes: not found for whoever may not read its profile. */
export const GET: RequestHandler = async ({ params, locals }) =>
	downloadResponse(await runOrError(() => openStatutes(getDb(), locals.actor, params.id)));
