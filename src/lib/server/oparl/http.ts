/**
 * Responses of the OParl API, shared by its routes. The API is public and
 * read-only, so any site may read it from the browser (CORS `*`); answers
 * are JSON, errors included, because OParl clients are programs.
 */
import { parsePage } from './pagination';

const HEADERS = {
	'content-type': 'application/json; charset=utf-8',
	'access-control-allow-origin': '*'
};

function jsonResponse(body: unknown, status: number): Response {
	return new Response(JSON.stringify(body), { status, headers: HEADERS });
}

/** The object, or a 404 for null: unknown, unpublished and non-public all look the same from outside. */
export function oparlResponse(object: object | null): Response {
	return object ? jsonResponse(object, 200) : jsonResponse({ message: 'Not found' }, 404);
}

/** One page of a list, the page taken from `?page=N`; a malformed page number is the client's error. */
export function oparlListResponse(url: URL, build: (page: number) => object | null): Response {
	const page = parsePage(url.searchParams.get('page'));
	return page === null
		? jsonResponse({ message: 'Invalid page' }, 400)
		: oparlResponse(build(page));
}
