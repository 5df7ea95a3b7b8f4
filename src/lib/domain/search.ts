/**
 * Case-insensitive substring search over a few fields, for the short lists of
 * the administration area. Done in code rather than SQL because SQLite's
 * `lower()` and `LIKE` fold only ASCII, and names start with Ä and Ö.
 */
export function matchesQuery(query: string | undefined, ...fields: string[]): boolean {
	const needle = nameKey(query ?? '');
	if (!needle) return true;
	return fields.some((field) => nameKey(field).includes(needle));
}

/** A name as people read it: case and surrounding spaces do not matter. */
export function nameKey(name: string): string {
	return name.trim().toLocaleLowerCase('fi');
}

export function sameName(a: string, b: string): boolean {
	return nameKey(a) === nameKey(b);
}
