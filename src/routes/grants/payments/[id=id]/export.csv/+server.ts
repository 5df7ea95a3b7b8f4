import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { batchCsv } from '#lib/server/grants/payments.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event);
	const csv = await runOrError(() => batchCsv(getDb(), actor, event.params.id, new Date()));
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="maksuaineisto-${event.params.id}.csv"`,
			'X-Content-Type-Options': 'nosniff'
		}
	});
};
