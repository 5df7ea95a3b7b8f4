import { downloadResponse } from '#lib/kit/downloads.js';
import { runOrError } from '#lib/kit/errors.js';
import { openAttachmentForDownload } from '#lib/server/attachments/service.js';
import { getDb } from '#lib/server/db/instance.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, locals }) =>
	downloadResponse(
		await runOrError(() => openAttachmentForDownload(getDb(), locals.actor, params.id))
	);
