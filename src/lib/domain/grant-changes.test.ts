import { describe, expect, it } from 'vitest';
import {
	changesPeriod,
	claimDueOn,
	extendsPeriod,
	reportDueAfterExtension,
	returnedCents,
	suggestedReturnCents,
	usePeriodEnd
} from './grant-changes';

describe('the period of use', () => {
	it('is the budget year until an extension is accepted', () => {
		expect(usePeriodEnd(2026, [])).toBe('2026-12-31');
		expect(usePeriodEnd(2026, ['2027-03-31', '2027-06-30', '2027-05-31'])).toBe('2027-06-30');
	});

	it('is extended only to a later end', () => {
		expect(extendsPeriod('2027-01-01', '2026-12-31')).toBe(true);
		expect(extendsPeriod('2026-12-31', '2026-12-31')).toBe(false);
		expect(extendsPeriod('2026-06-30', '2026-12-31')).toBe(false);
	});

	it('moves the final report by as many days as the end moved', () => {
		expect(reportDueAfterExtension('2027-01-31', '2026-12-31', '2027-06-30')).toBe('2027-07-31');
		expect(reportDueAfterExtension('2027-01-31', '2026-12-31', '2027-01-01')).toBe('2027-02-01');
	});

	it('changes only with an extension that was not rejected', () => {
		expect(changesPeriod('extension', 'accepted')).toBe(true);
		expect(changesPeriod('extension', 'accepted_with_changes')).toBe(true);
		expect(changesPeriod('extension', 'rejected')).toBe(false);
		expect(changesPeriod('budget', 'accepted')).toBe(false);
		expect(changesPeriod('purpose', 'accepted_with_changes')).toBe(false);
	});
});

describe('returns and recoveries', () => {
	it('suggests returning what was paid and not used', () => {
		expect(suggestedReturnCents(1_000_000, 850_000)).toBe(150_000);
		expect(suggestedReturnCents(1_000_000, 1_000_000)).toBeNull();
		expect(suggestedReturnCents(1_000_000, 1_200_000)).toBeNull();
		expect(suggestedReturnCents(1_000_000, null)).toBeNull();
		expect(suggestedReturnCents(1_000_000, 0)).toBe(1_000_000);
	});

	it('counts as returned only what was paid back', () => {
		expect(
			returnedCents([
				{ status: 'paid', amountCents: 100 },
				{ status: 'open', amountCents: 1_000 },
				{ status: 'cancelled', amountCents: 10_000 },
				{ status: 'paid', amountCents: 50 }
			])
		).toBe(150);
		expect(returnedCents([])).toBe(0);
	});

	it('is due thirty days after it is made', () => {
		expect(claimDueOn('2026-12-07')).toBe('2027-01-06');
	});
});
