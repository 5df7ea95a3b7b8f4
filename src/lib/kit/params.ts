import { httpError } from './errors';

/** A route's numeric id; anything else is a page that does not exist. */
export function numericId(value: string): number {
	if (!/^\d{1,15}$/.test(value)) httpError(404, 'error.notFound');
	return Number(value);
}

/** The same 404 for every page the public may not see, so nothing reveals that it exists. */
export function notFoundPage(): never {
	httpError(404, 'error.notFound');
}
