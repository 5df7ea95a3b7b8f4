import { describe, expect, it } from 'vitest';
import {
	actsForOrganisation,
	formatIban,
	mayNgoSubmit,
	normaliseIban,
	onBoard,
	validBusinessId,
	validIban
} from './organisation-profile';

describe('validBusinessId', () => {
	it('accepts business IDs whose check digit fits', () => {
		expect(validBusinessId('0201256-6')).toBe(true);
		expect(validBusinessId('1234567-1')).toBe(true);
		// 1 × 2 = 2: remainder 2 gives 11 − 2 = 9; a remainder of 0 gives 0.
		expect(validBusinessId('0000001-9')).toBe(true);
		expect(validBusinessId('0000000-0')).toBe(true);
	});

	it('refuses a wrong check digit, a wrong shape and the never-issued remainder 1', () => {
		expect(validBusinessId('1234567-2')).toBe(false);
		expect(validBusinessId('1234567')).toBe(false);
		expect(validBusinessId('123456-1')).toBe(false);
		expect(validBusinessId('12345671')).toBe(false);
		// 0000006: 6 × 2 = 12, remainder 1: no check digit can fit.
		for (let d = 0; d <= 9; d++) expect(validBusinessId(`0000006-${d}`)).toBe(false);
	});
});

describe('validIban', () => {
	it('accepts well-formed IBANs, with or without spaces and in any case', () => {
		expect(validIban('FI2112345600000785')).toBe(true);
		expect(validIban('fi21 1234 5600 0007 85')).toBe(true);
		expect(validIban('DE89370400440532013000')).toBe(true);
		expect(validIban('GB82WEST12345698765432')).toBe(true);
	});

	it('refuses a wrong check, a Finnish IBAN of the wrong length and other shapes', () => {
		expect(validIban('FI2112345600000786')).toBe(false);
		expect(validIban('FI2212345600000785')).toBe(false);
		expect(validIban('FI211234560000078')).toBe(false);
		expect(validIban('1234')).toBe(false);
		expect(validIban('')).toBe(false);
		expect(validIban('FI21-1234-5600-0007-85')).toBe(false);
	});

	it('stores without spaces and shows in groups of four', () => {
		expect(normaliseIban(' fi21 1234 5600 0007 85 ')).toBe('FI2112345600000785');
		expect(formatIban('FI2112345600000785')).toBe('FI21 1234 5600 0007 85');
	});
});

describe('mayNgoSubmit', () => {
	it('lets only a verified NGO submit', () => {
		expect(mayNgoSubmit(undefined)).toBe(false);
		expect(mayNgoSubmit({ verifiedAt: null })).toBe(false);
		expect(mayNgoSubmit({ verifiedAt: new Date('2026-01-02T10:00:00Z') })).toBe(true);
	});
});

describe('actsForOrganisation', () => {
	it("lets any of the NGO's people act until representatives are named, then only them", () => {
		expect(actsForOrganisation(5, null)).toBe(true);
		expect(actsForOrganisation(5, [5, 6])).toBe(true);
		expect(actsForOrganisation(7, [5, 6])).toBe(false);
		expect(actsForOrganisation(7, [])).toBe(false);
	});
});

describe('onBoard', () => {
	it('counts the chair and the members, not the contact people', () => {
		expect(onBoard('chair')).toBe(true);
		expect(onBoard('board_member')).toBe(true);
		expect(onBoard('contact')).toBe(false);
	});
});
