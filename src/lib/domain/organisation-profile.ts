/** An NGO's profile: the languages of its record and the roles of its people. */

/** Letters and messages go out in Finnish or Swedish, the county's official languages. */
export const RECORD_LANGUAGES = ['fi', 'sv'] as const;
export type RecordLanguage = (typeof RECORD_LANGUAGES)[number];

/** A board's chair and members, and the people the county contacts. */
export const ORGANISATION_PERSON_ROLES = ['chair', 'board_member', 'contact'] as const;
export type OrganisationPersonRole = (typeof ORGANISATION_PERSON_ROLES)[number];

/** Sits on the NGO's board: hallintolaki 28 § 1 mom. 5 k. disqualifies from its matters. */
export function onBoard(role: OrganisationPersonRole): boolean {
	return role === 'chair' || role === 'board_member';
}

/** The weights of the Y-tunnus check digit, from the first digit on. */
const BUSINESS_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/**
 * A Finnish business ID (Y-tunnus) as written, "1234567-8": seven digits, a
 * hyphen and a check digit, the weighted sum modulo 11 taken from 11 (a
 * remainder of 1 is never issued, 0 gives 0).
 */
export function validBusinessId(value: string): boolean {
	const match = /^(\d{7})-(\d)$/.exec(value);
	if (!match) return false;
	const sum = [...match[1]].reduce((acc, d, i) => acc + Number(d) * BUSINESS_ID_WEIGHTS[i], 0);
	const remainder = sum % 11;
	if (remainder === 1) return false;
	return Number(match[2]) === (remainder === 0 ? 0 : 11 - remainder);
}

/** An IBAN as stored: without spaces, upper-case. */
export function normaliseIban(value: string): string {
	return value.replace(/\s+/g, '').toUpperCase();
}

/**
 * The ISO 13616 check: a country code, two check digits and the account; the
 * first four characters moved to the end and letters read as 10–35 give a
 * number whose remainder modulo 97 is 1. A Finnish IBAN is 18 characters long.
 */
export function validIban(value: string): boolean {
	const iban = normaliseIban(value);
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
	if (iban.startsWith('FI') && iban.length !== 18) return false;
	const digits = [...(iban.slice(4) + iban.slice(0, 4))]
		.map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c))
		.join('');
	// Digit by digit, so the number never outgrows a double.
	let remainder = 0;
	for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
	return remainder === 1;
}

/** The IBAN in groups of four, as people read it from a statement. */
export function formatIban(iban: string): string {
	return normaliseIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * An NGO may draft at any time, but an application speaks for it only once the
 * county has checked the NGO and its contact person against the association
 * register: until then nothing is submitted in its name.
 */
export function mayNgoSubmit(profile: { verifiedAt: Date | null } | undefined): boolean {
	return profile?.verifiedAt != null;
}

/**
 * Who acts for the NGO: once its confirmed contact person has named its
 * representatives (the contact among them), only they; until then any of its
 * people, as before there was anyone to name them.
 */
export function actsForOrganisation(
	userId: number,
	representativeIds: readonly number[] | null
): boolean {
	return representativeIds === null || representativeIds.includes(userId);
}
