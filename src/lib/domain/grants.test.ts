import { describe, expect, it } from 'vitest';
import { budgetTotals } from './grants';

describe('budgetTotals', () => {
	it('sums the lines and gives the own funding’s share of the costs, rounded down', () => {
		expect(
			budgetTotals({
				costs: [
					{ label: 'Palkat', cents: 200_000 },
					{ label: 'Tilat', cents: 100_000 }
				],
				income: [{ label: 'Jäsenmaksut', cents: 20_000 }],
				ownFundingCents: 59_999
			})
		).toEqual({
			costsCents: 300_000,
			incomeCents: 20_000,
			ownFundingCents: 59_999,
			ownSharePercent: 19
		});
	});

	it('has no share without costs', () => {
		expect(
			budgetTotals({ costs: [], income: [], ownFundingCents: 100 }).ownSharePercent
		).toBeNull();
	});
});
