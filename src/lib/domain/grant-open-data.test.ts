import { describe, expect, it } from 'vitest';
import { publicGrantId, recipientOrganizationId, shareByPopulation } from './grant-open-data';

describe('public ids of granted grants', () => {
	it('builds the grant id from the application id alone', () => {
		expect(publicGrantId(42)).toBe('360G-yhdyspinta-42');
	});

	it('names a recipient by its business ID where it is valid, else by a stable internal id', () => {
		expect(recipientOrganizationId(' 1234567-8 ', 7)).toBe('FI-PRO-1234567-8');
		expect(recipientOrganizationId('', 7)).toBe('360G-yhdyspinta-org-7');
		expect(recipientOrganizationId('123-4', 7)).toBe('360G-yhdyspinta-org-7');
	});
});

describe('sharing an amount by population', () => {
	it('shares in whole cents that add up to the amount', () => {
		const shares = shareByPopulation(100, [
			{ key: 'a', population: 1 },
			{ key: 'b', population: 1 },
			{ key: 'c', population: 1 }
		]);
		expect([...shares.values()].reduce((sum, c) => sum + c, 0)).toBe(100);
		expect([...shares.values()].sort()).toEqual([33, 33, 34]);
	});

	it('gives the bigger place the bigger share', () => {
		const shares = shareByPopulation(1_000, [
			{ key: 'city', population: 9_000 },
			{ key: 'village', population: 1_000 }
		]);
		expect(shares).toEqual(
			new Map([
				['city', 900],
				['village', 100]
			])
		);
	});

	it('shares nothing among no one', () => {
		expect(shareByPopulation(1_000, []).size).toBe(0);
	});
});
