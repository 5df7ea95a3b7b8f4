import type { PublicGrantFilter } from '#lib/server/grants/public.js';
import { isCalendarYear } from './calendar';

/** ?region=pohjois-karjala&year=2026; values that cannot be a region or a year are ignored, as with any filter. */
export function publicGrantFilter(url: URL): PublicGrantFilter {
	const slug = url.searchParams.get('region') ?? '';
	const year = Number(url.searchParams.get('year'));
	return {
		regionSlug: /^[a-z0-9-]{1,100}$/.test(slug) ? slug : undefined,
		year: isCalendarYear(year) ? year : undefined
	};
}
