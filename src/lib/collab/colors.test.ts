import { describe, expect, it } from 'vitest';
import { PALETTE, safeColor, userColor } from './colors';

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('presence colours', () => {
	it('give white text AA contrast on every palette colour', () => {
		for (const color of PALETTE)
			expect(contrastWithWhite(color), color).toBeGreaterThanOrEqual(4.5);
	});

	it('are stable per user and spread over the palette', () => {
		expect(userColor(42)).toBe(userColor(42));
		expect(userColor(42)).toBe(userColor('42'));
		const used = new Set(Array.from({ length: 40 }, (_, id) => userColor(id + 1)));
		expect(used.size).toBeGreaterThanOrEqual(PALETTE.length - 2);
	});

	it("accept a peer's colour only from the palette", () => {
		expect(safeColor(PALETTE[3], 7)).toBe(PALETTE[3]);
		expect(safeColor('#ffff00', 7)).toBe(userColor(7));
		expect(safeColor('red; background-image: url(x)', 7)).toBe(userColor(7));
		expect(safeColor(undefined, 7)).toBe(userColor(7));
	});
});
