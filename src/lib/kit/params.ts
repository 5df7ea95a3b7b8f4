import { parseId } from '#lib/domain/ids.js';
import { httpError } from './errors';

/** An id in a query parameter (`?meeting=12`); anything else is a page that does not exist. */
export function queryId(value: string | null): number {
	return parseId(value ?? '') ?? httpError(404, 'error.notFound');
}

/** The same 404 for every page the public may not see, so nothing reveals that it exists. */
export function notFoundPage(): never {
	httpError(404, 'error.notFound');
}
