import { translator } from '#lib/i18n/index.js';
import { publicGrantFilter } from '#lib/kit/grants.js';
import { getDb } from '#lib/server/db/instance.js';
import { publicGrantsPackage } from '#lib/server/grants/open-data.js';
import type { RequestHandler } from './$types';

/**
 * The public list as a 360Giving Data Standard 1.4.3 package, filtered as the
 * page is (?region=, ?year=). Finnish metadata: the record is the county's, in Finnish.
 */
export const GET: RequestHandler = ({ url }) => {
	const t = translator('fi');
	const body = publicGrantsPackage(getDb(), publicGrantFilter(url), {
		title: t.t('grantOpenData.packageTitle'),
		description: t.t('grantOpenData.packageDescription'),
		downloadURL: url.href,
		accessURL: new URL('/archive/grants', url.origin).href,
		publisherName: t.t('app.name'),
		publisherWebsite: url.origin,
		issued: new Date()
	});
	return new Response(JSON.stringify(body, null, '\t'), {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Access-Control-Allow-Origin': '*',
			'X-Content-Type-Options': 'nosniff'
		}
	});
};
