import { runOrError } from '#lib/kit/errors.js';
import { pdfResponse, recordFilename } from '#lib/kit/pdf.js';
import { notFoundPage } from '#lib/kit/params.js';
import { getDb } from '#lib/server/db/instance.js';
import { memberRecord } from '#lib/server/records/member-record.js';
import { renderRecordPdf } from '#lib/server/records/pdf.js';
import type { RequestHandler } from './$types';

/** The members' agenda or minutes PDF, non-public items included, for those who may read it. */
export const GET: RequestHandler = async (event) => {
	// For the public these files do not exist (404), like every other draft URL.
	const actor = event.locals.actor ?? notFoundPage();
	const kind = event.params.kind;
	const record = await runOrError(() => memberRecord(getDb(), actor, event.params.id, kind));
	return pdfResponse(
		await renderRecordPdf(record, 'members'),
		recordFilename(record.body.name, record.meeting.number, kind)
	);
};
