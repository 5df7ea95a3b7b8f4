import { pdfResponse } from '#lib/kit/pdf.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { renderSummaryPdf } from '#lib/server/consultations/pdf.js';
import { roundSummary, summaryFilename } from '#lib/server/consultations/summary.js';
import { getDb } from '#lib/server/db/instance.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event);
	const summary = await runOrError(() => roundSummary(getDb(), actor, event.params.id));
	return pdfResponse(await renderSummaryPdf(summary), summaryFilename(summary, 'pdf'));
};
