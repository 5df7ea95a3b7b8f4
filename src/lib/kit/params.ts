import { error } from '@sveltejs/kit';

/** A route's numeric id; anything else is a page that does not exist. */
export function numericId(value: string): number {
	if (!/^\d{1,15}$/.test(value)) error(404, { message: 'Not found', key: 'error.notFound' });
	return Number(value);
}

/** The same 404 for every page the public may not see, so nothing reveals that it exists. */
export function notFoundPage(): never {
	error(404, { message: 'Not found', key: 'error.notFound' });
}
