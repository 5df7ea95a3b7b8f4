export const SITE_ROLES = ['admin', 'coordinator', 'member'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

export const BODY_ROLES = ['chair', 'vice_chair', 'secretary', 'member', 'guest'] as const;
export type BodyRole = (typeof BODY_ROLES)[number];

/** Roles that run a body's meetings: schedule them, prepare the agenda, edit the minutes. */
export const OFFICER_ROLES: readonly BodyRole[] = ['chair', 'vice_chair', 'secretary'];

export const ORGANISATION_KINDS = [
	'county',
	'municipality',
	'ngo',
	'other_public',
	'business',
	'parish'
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
