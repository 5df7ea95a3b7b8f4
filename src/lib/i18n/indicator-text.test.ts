import { describe, expect, it } from 'vitest';
import { indicatorChange } from './indicator-text';
import { translator } from './index';

describe('an indicator’s change', () => {
	// 44,6 % − 45,3 % in floating point: the noise must not show.
	const fall = 44.6 - 45.3;

	it('of a percentage is in percentage points, in every language', () => {
		expect(indicatorChange(fall, '%', translator('fi'))).toBe('−0,7\u00a0%-yks.');
		expect(indicatorChange(fall, ' % ', translator('sv'))).toBe('−0,7\u00a0procentenheter');
		expect(indicatorChange(fall, '%', translator('en'))).toBe('-0.7\u00a0percentage points');
	});

	it('of any other unit keeps the unit, with a sign either way', () => {
		expect(indicatorChange(12, 'henkilöä', translator('fi'))).toBe('+12\u00a0henkilöä');
		expect(indicatorChange(-1.25, '‰', translator('fi'))).toBe('−1,25\u00a0‰');
		expect(indicatorChange(3, '', translator('en'))).toBe('+3');
	});
});
