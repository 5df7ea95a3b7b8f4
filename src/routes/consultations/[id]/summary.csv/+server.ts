import { runOrError } from '$lib/kit/errors';
import { requireActor } from '$lib/kit/guard';
import { numericId } from '$lib/kit/params';
import { roundSummary, summaryCsv, summaryFilename } from '$lib/server/consultations/summary';
import { getDb } from '$lib/server/db/instance';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event);
	const summary = await runOrError(() => roundSummary(getDb(), actor, numericId(event.params.id)));
	return new Response(summaryCsv(summary), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(summaryFilename(summary, 'csv'))}`,
			'X-Content-Type-Options': 'nosniff'
		}
	});
};
