/**
 * OParl external lists are paginated (spec, "Paginierung"): `?page=N`, 50
 * objects a page, with absolute links to the first, last, previous and next
 * page so that a client can walk the list without building URLs itself.
 */
import type { OParlList } from './types';

export const ELEMENTS_PER_PAGE = 50;

/** The page asked for: 1 without `?page`, null for anything that is not a positive whole number. */
export function parsePage(value: string | null): number | null {
	if (value === null) return 1;
	return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}

/**
 * One page of `rows`, mapped only for that page: mapping a meeting costs
 * queries, so the rows beyond the page are never turned into objects.
 * A page after the last one is empty, not an error, as the spec allows.
 */
export function paginate<Row, T>(
	rows: readonly Row[],
	page: number,
	listUrl: string,
	toObject: (row: Row) => T
): OParlList<T> {
	const totalPages = Math.max(1, Math.ceil(rows.length / ELEMENTS_PER_PAGE));
	const pageUrl = (n: number) => `${listUrl}?page=${n}`;
	const start = (page - 1) * ELEMENTS_PER_PAGE;
	return {
		data: rows.slice(start, start + ELEMENTS_PER_PAGE).map(toObject),
		pagination: {
			totalElements: rows.length,
			elementsPerPage: ELEMENTS_PER_PAGE,
			currentPage: page,
			totalPages
		},
		links: {
			first: pageUrl(1),
			last: pageUrl(totalPages),
			...(page > 1 && { prev: pageUrl(Math.min(page - 1, totalPages)) }),
			...(page < totalPages && { next: pageUrl(page + 1) })
		}
	};
}
