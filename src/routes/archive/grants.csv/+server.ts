import { getDb } from '#lib/server/db/instance.js';
import { listPublicGrants, publicGrantsCsv } from '#lib/server/grants/public.js';
import { publicGrantFilter } from '#lib/kit/grants.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => {
	const filter = publicGrantFilter(url);
	const name = ['myonnetyt-avustukset', filter.regionSlug, filter.year].filter(Boolean).join('-');
	return new Response(publicGrantsCsv(listPublicGrants(getDb(), filter)), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="${name}.csv"`,
			'X-Content-Type-Options': 'nosniff'
		}
	});
};
