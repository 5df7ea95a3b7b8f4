/**
 * A database id as it appears in a URL or a document name: a positive integer in decimal without
 * leading zeros, small enough to be exact in JavaScript. The one rule for every route parameter
 * (`[id=id]`, `src/params.ts`), query parameter and document name that carries an id.
 */
export function parseId(text: string): number | null {
	return /^[1-9]\d{0,14}$/.test(text) ? Number(text) : null;
}
