import { pdfResponse } from '$lib/kit/pdf';
import { runOrError } from '$lib/kit/errors';
import { requireActor } from '$lib/kit/guard';
import { numericId } from '$lib/kit/params';
import { renderSummaryPdf } from '$lib/server/consultations/pdf';
import { roundSummary, summaryFilename } from '$lib/server/consultations/summary';
import { getDb } from '$lib/server/db/instance';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event);
	const summary = await runOrError(() => roundSummary(getDb(), actor, numericId(event.params.id)));
	return pdfResponse(await renderSummaryPdf(summary), summaryFilename(summary, 'pdf'));
};
