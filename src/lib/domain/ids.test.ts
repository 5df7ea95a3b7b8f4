import { describe, expect, it } from 'vitest';
import { parseId } from './ids';

describe('parseId', () => {
	it('reads a positive decimal id', () => {
		expect(parseId('1')).toBe(1);
		expect(parseId('907')).toBe(907);
		expect(parseId('999999999999999')).toBe(999_999_999_999_999);
	});

	it('refuses what is not exactly such an id', () => {
		for (const text of ['', '0', '007', '-1', '+1', '1.0', '1e3', ' 1', '1 ', '0x1f', 'abc']) {
			expect(parseId(text), text).toBeNull();
		}
	});

	it('refuses ids beyond the exact integers', () => {
		expect(parseId('1000000000000000')).toBeNull();
	});
});
