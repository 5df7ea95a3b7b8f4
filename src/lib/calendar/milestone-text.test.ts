import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { milestoneDates, milestoneWhen } from './milestone-text';

describe('a milestone’s dates as a person reads them', () => {
	const fi = translator('fi');
	const budget = { startsOn: '2026-11-15', endsOn: '2026-12-15' };

	it('says the year once for a range within one year', () => {
		expect(milestoneDates(budget, fi)).toBe('15.11.–15.12.2026');
		expect(milestoneDates({ startsOn: '2026-12-01', endsOn: '2026-12-15' }, fi)).toBe(
			'1.–15.12.2026'
		);
	});

	it('says both years for a range across the turn of the year', () => {
		expect(milestoneDates({ startsOn: '2026-12-15', endsOn: '2027-01-15' }, fi)).toBe(
			'15.12.2026–15.1.2027'
		);
	});

	it('is one date for a one-day milestone', () => {
		expect(milestoneDates({ startsOn: '2026-05-31', endsOn: null }, fi)).toBe('31.5.2026');
	});

	it('says it is under way in the reader’s language, keeping the Finnish date form', () => {
		expect(milestoneWhen(budget, true, fi)).toBe('15.11.–15.12.2026, käynnissä');
		expect(milestoneWhen(budget, true, translator('sv'))).toBe('15.11.–15.12.2026, pågår');
		expect(milestoneWhen(budget, true, translator('en'))).toBe('15.11.–15.12.2026, under way');
		expect(milestoneWhen(budget, false, fi)).toBe('15.11.–15.12.2026');
	});
});
