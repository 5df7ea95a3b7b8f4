import { pdfResponse, recordFilename } from '#lib/kit/pdf.js';
import { notFoundPage } from '#lib/kit/params.js';
import { getDb } from '#lib/server/db/instance.js';
import { getArchiveMeeting } from '#lib/server/records/archive.js';
import { renderRecordPdf } from '#lib/server/records/pdf.js';
import type { RequestHandler } from './$types';

/** The public PDF: published minutes or an invited agenda, non-public items reduced to title and reason. */
export const GET: RequestHandler = async ({ params }) => {
	const found = getArchiveMeeting(getDb(), params.id);
	if (!found || found.record.kind !== params.kind) notFoundPage();
	const { record } = found;
	return pdfResponse(
		await renderRecordPdf(record, 'public'),
		recordFilename(record.body.name, record.meeting.number, record.kind)
	);
};
