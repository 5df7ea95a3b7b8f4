/**
 * Case-insensitive substring search over a few fields, for the short lists of
 * the administration area. Done in code rather than SQL because SQLite's
 * `lower()` and `LIKE` fold only ASCII, and names start with Ä and Ö.
 */
export function matchesQuery(query: string | undefined, ...fields: string[]): boolean {
	const needle = query?.trim().toLocaleLowerCase('fi');
	if (!needle) return true;
	return fields.some((field) => field.toLocaleLowerCase('fi').includes(needle));
}

/** Names compared the way people read them: case and surrounding spaces do not matter. */
export function sameName(a: string, b: string): boolean {
	return a.trim().toLocaleLowerCase('fi') === b.trim().toLocaleLowerCase('fi');
}
