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
