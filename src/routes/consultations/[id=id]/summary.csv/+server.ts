import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { roundSummary, summaryCsv, summaryFilename } from '#lib/server/consultations/summary.js';
import { getDb } from '#lib/server/db/instance.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event);
	const summary = await runOrError(() => roundSummary(getDb(), actor, event.params.id));
	return new Response(summaryCsv(summary), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(summaryFilename(summary, 'csv'))}`,
			'X-Content-Type-Options': 'nosniff'
		}
	});
};
