import { describe, expect, it } from 'vitest';
import { atClockOn, helsinkiInstant, helsinkiYear, isIsoDate, isoDate, isoTime } from './time';

describe('Helsinki wall-clock times', () => {
	it('read form input in Finnish time, summer and winter', () => {
		expect(helsinkiInstant('2022-05-20', '13:00')?.toISOString()).toBe('2022-05-20T10:00:00.000Z');
		expect(helsinkiInstant('2026-01-15', '13.00')?.toISOString()).toBe('2026-01-15T11:00:00.000Z');
	});

	it('refuse impossible dates and times', () => {
		expect(helsinkiInstant('2026-02-30', '13:00')).toBeNull();
		expect(helsinkiInstant('2026-02-10', '25:00')).toBeNull();
		expect(helsinkiInstant('', '')).toBeNull();
	});

	it('round-trip through the date and time inputs', () => {
		const at = new Date('2026-12-31T22:30:00Z'); // 1.1.2027 00.30 in Helsinki
		expect(isoDate(at)).toBe('2027-01-01');
		expect(isoTime(at)).toBe('00:30');
		expect(helsinkiYear(at)).toBe(2027);
		expect(atClockOn(at, '14:19')?.toISOString()).toBe('2027-01-01T12:19:00.000Z');
	});

	it('read the clock across the daylight-saving change and at midnight', () => {
		expect(isoTime(new Date('2026-03-29T00:59:00Z'))).toBe('02:59');
		expect(isoTime(new Date('2026-03-29T01:00:00Z'))).toBe('04:00');
		expect(isoTime(new Date('2026-10-25T00:30:00Z'))).toBe('03:30');
		expect(isoTime(new Date('2026-10-25T01:30:00Z'))).toBe('03:30');
		const midnight = new Date('2026-06-30T21:00:00Z');
		expect([isoDate(midnight), isoTime(midnight)]).toEqual(['2026-07-01', '00:00']);
	});

	it('accept as a date only a real day written as the date input writes it', () => {
		expect(isIsoDate('2026-02-28')).toBe(true);
		expect(isIsoDate('2028-02-29')).toBe(true);
		for (const bad of [
			'2026-02-29',
			'2026-02-31',
			'2026-2-3',
			'2026-02-28T10:00',
			' 2026-02-28',
			'28.2.2026',
			// ISO's signed six-digit years are not what a date input writes.
			'+002026-02-28',
			''
		]) {
			expect(isIsoDate(bad), bad).toBe(false);
		}
	});
});
