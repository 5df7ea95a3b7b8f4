/** The national picture's year from a route, as the pages and the API read it. */
import { httpError } from './errors';

/** The year of `/situation/<year>`: four digits, else 404. */
export function pictureYear(param: string): number {
	if (!/^\d{4}$/.test(param)) httpError(404, 'error.notFound');
	return Number(param);
}
