import { downloadResponse } from '#lib/kit/downloads.js';
import { runOrError } from '#lib/kit/errors.js';
import { getDb } from '#lib/server/db/instance.js';
import { openApplicationFile } from '#lib/server/grants/application-files.js';
import type { RequestHandler } from './$types';

/** A file of an application: not found for whoever may not read the application. */
export const GET: RequestHandler = async ({ params, locals }) =>
	downloadResponse(
		await runOrError(() =>
			openApplicationFile(getDb(), locals.actor, params.id, params.file, new Date())
		)
	);
