/**
 * Presence colours. Caret labels and presence swatches put white text on the
 * user's colour, so the palette holds only dark colours (contrast with white
 * ≥ 4.5:1, WCAG 2.1 AA; checked in colors.test.ts).
 */
export const PALETTE = [
	'#0b5563',
	'#1f4f8f',
	'#5b2a86',
	'#a3122a',
	'#1d6b35',
	'#8a4b08',
	'#7a1f5c',
	'#3d4a5c',
	'#005a8c',
	'#6a3d00'
] as const;

/** The same user gets the same colour in every document and on every device. */
export function userColor(userId: number | string): string {
	// FNV-1a: cheap, stable across engines, and spreads consecutive ids.
	let hash = 0x811c9dc5;
	for (const char of String(userId)) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return PALETTE[hash % PALETTE.length];
}

/**
 * A peer's colour comes from its awareness state, which any client can set:
 * only palette colours are used as is, so a peer cannot inject CSS or make
 * its label unreadable.
 */
export function safeColor(color: unknown, fallbackKey: number | string): string {
	return PALETTE.find((known) => known === color) ?? userColor(fallbackKey);
}
