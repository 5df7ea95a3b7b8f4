import { describe, expect, it } from 'vitest';
import {
	activityClassVocabulary,
	fundingOrganizationId,
	grantProgrammeCode,
	publicGrantId,
	recipientOrganizationId,
	shareByPopulation,
	threeSixtyPackage,
	type OpenGrant
} from './grant-open-data';

describe('public ids of granted grants', () => {
	it('builds the grant id from the application id alone', () => {
		expect(publicGrantId(42)).toBe('360G-yhdyspinta-42');
	});

	it('names a recipient by its business ID where it is valid, else by a stable internal id', () => {
		expect(recipientOrganizationId(' 1234567-8 ', 7)).toBe('FI-PRO-1234567-8');
		expect(recipientOrganizationId('', 7)).toBe('360G-yhdyspinta-org-7');
		expect(recipientOrganizationId('123-4', 7)).toBe('360G-yhdyspinta-org-7');
		// The whole value is the business ID, not a part of it.
		expect(recipientOrganizationId('x1234567-8', 7)).toBe('360G-yhdyspinta-org-7');
		expect(recipientOrganizationId('1234567-89', 7)).toBe('360G-yhdyspinta-org-7');
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

const grant: OpenGrant = {
	applicationId: 42,
	title: 'Vertaistuki',
	amountAppliedForCents: 1_200_050,
	amountAwardedCents: 1_000_000,
	amountDisbursedCents: 500_000,
	awardDate: '2025-12-10',
	budgetYear: 2026,
	recipient: { organisationId: 7, name: 'Mielenvireä Karjala ry', businessId: '1234567-8' },
	funder: { slug: 'pohjois-karjala', name: 'Pohjois-Karjalan hyvinvointialue' },
	programme: { callId: 3, basketName: 'Toiminta-avustus', callTitle: 'Toiminta-avustukset 2026' },
	municipalities: ['Joensuu', 'Lieksa'],
	activityClass: { id: 5, name: 'Mielenterveys' },
	dateModified: new Date('2026-02-01T10:00:00Z')
};

const meta = {
	title: 'Avustukset',
	description: 'Myönnetyt avustukset',
	downloadURL: 'https://example.fi/archive/grants.json',
	accessURL: 'https://example.fi/archive/grants',
	publisherName: 'Yhdyspinta',
	publisherWebsite: 'https://example.fi',
	issued: new Date('2026-03-01T00:00:00Z')
};

describe('the 360Giving package', () => {
	it('names the funder, the programme and the class by stable ids', () => {
		expect(fundingOrganizationId('pohjois-karjala')).toBe('360G-yhdyspinta-region-pohjois-karjala');
		expect(grantProgrammeCode(3)).toBe('360G-yhdyspinta-call-3');
		expect(activityClassVocabulary('pohjois-karjala')).toBe(
			'360G-yhdyspinta-activity-classes-pohjois-karjala'
		);
	});

	it('gives each grant its fields in euros, and the package its metadata', () => {
		const later = { ...grant, applicationId: 43, dateModified: new Date('2026-02-05T10:00:00Z') };
		const pkg = threeSixtyPackage([later, grant], meta);
		expect(pkg).toMatchObject({
			version: '1.4',
			title: 'Avustukset',
			description: 'Myönnetyt avustukset',
			issued: '2026-03-01T00:00:00.000Z',
			modified: '2026-02-05T10:00:00.000Z',
			identifier: '360G-yhdyspinta-grants',
			publisher: {
				identifier: '360G-yhdyspinta',
				name: 'Yhdyspinta',
				website: 'https://example.fi'
			},
			downloadURL: meta.downloadURL,
			accessURL: meta.accessURL,
			license: 'https://creativecommons.org/licenses/by/4.0/'
		});
		expect(pkg.grants[1]).toEqual({
			id: '360G-yhdyspinta-42',
			title: 'Vertaistuki',
			description: 'Vertaistuki (Toiminta-avustus: Toiminta-avustukset 2026)',
			currency: 'EUR',
			amountAppliedFor: 12_000.5,
			amountAwarded: 10_000,
			amountDisbursed: 5_000,
			awardDate: '2025-12-10',
			plannedDates: [{ startDate: '2026-01-01', endDate: '2026-12-31', duration: 12 }],
			recipientOrganization: [
				{ id: 'FI-PRO-1234567-8', name: 'Mielenvireä Karjala ry', addressCountry: 'FI' }
			],
			fundingOrganization: [
				{ id: '360G-yhdyspinta-region-pohjois-karjala', name: 'Pohjois-Karjalan hyvinvointialue' }
			],
			grantProgramme: [
				{ code: '360G-yhdyspinta-call-3', title: 'Toiminta-avustus: Toiminta-avustukset 2026' }
			],
			beneficiaryLocation: [
				{ name: 'Joensuu', countryCode: 'FI' },
				{ name: 'Lieksa', countryCode: 'FI' }
			],
			classifications: [
				{
					vocabulary: '360G-yhdyspinta-activity-classes-pohjois-karjala',
					code: '5',
					title: 'Mielenterveys'
				}
			],
			dateModified: '2026-02-01T10:00:00.000Z'
		});
	});

	it('leaves out an amount not applied for and a class not given; an empty package is as new as its issue', () => {
		const bare = threeSixtyPackage(
			[{ ...grant, amountAppliedForCents: null, activityClass: null }],
			meta
		).grants[0]!;
		expect(bare).not.toHaveProperty('amountAppliedFor');
		expect(bare.classifications).toEqual([]);
		expect(threeSixtyPackage([], meta).modified).toBe('2026-03-01T00:00:00.000Z');
	});
});
