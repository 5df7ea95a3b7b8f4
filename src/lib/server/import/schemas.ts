/**
 * One CSV row of each import kind. Messages are i18n keys that name the
 * column, since a row's problems are listed together, not next to a field.
 */
import * as v from 'valibot';
import '../../schemas/messages';
import {
	LANGUAGES,
	ORGANISATION_KINDS,
	SITE_ROLES,
	type Language,
	type OrganisationKind,
	type SiteRole
} from '../../domain/roles';

/** A missing cell (a short row) reads as empty. */
const cell = v.pipe(v.optional(v.string(), ''), v.trim());

const requiredCell = (missing: string, tooLong: string, max: number) =>
	v.pipe(cell, v.nonEmpty(missing), v.maxLength(max, tooLong));

/** Maps a cell through a table of accepted words; an empty cell takes the fallback if there is one. */
function lookupCell<T>(words: ReadonlyMap<string, T>, message: string, fallback?: T) {
	return v.pipe(
		cell,
		v.rawTransform<string, T>(({ dataset, addIssue, NEVER }) => {
			const word = dataset.value.toLocaleLowerCase('fi');
			const found = word === '' && fallback !== undefined ? fallback : words.get(word);
			if (found === undefined) {
				addIssue({ message });
				return NEVER;
			}
			return found;
		})
	);
}

const codes = <T extends string>(values: readonly T[]) =>
	values.map((value) => [value, value] as const);

/** Codes, and the Finnish words people write in spreadsheets. */
const ORGANISATION_KIND_WORDS = new Map<string, OrganisationKind>([
	...codes(ORGANISATION_KINDS),
	['hyvinvointialue', 'county'],
	['kunta', 'municipality'],
	['kaupunki', 'municipality'],
	['järjestö', 'ngo'],
	['muu julkinen', 'other_public'],
	['muu julkinen toimija', 'other_public'],
	['yritys', 'business'],
	['seurakunta', 'parish']
]);

const SITE_ROLE_WORDS = new Map<string, SiteRole>(codes(SITE_ROLES));
const LANGUAGE_WORDS = new Map<string, Language>(codes(LANGUAGES));

export const organisationRowSchema = v.object({
	name: requiredCell('admin.import.row.nameMissing', 'admin.import.row.nameTooLong', 160),
	kind: lookupCell(ORGANISATION_KIND_WORDS, 'admin.import.row.kindUnknown')
});

export const userRowSchema = v.object({
	email: v.pipe(
		cell,
		v.toLowerCase(),
		v.nonEmpty('admin.import.row.emailMissing'),
		v.maxLength(254, 'admin.import.row.emailInvalid'),
		v.email('admin.import.row.emailInvalid')
	),
	name: requiredCell('admin.import.row.nameMissing', 'admin.import.row.nameTooLong', 120),
	title: v.pipe(cell, v.maxLength(120, 'admin.import.row.titleTooLong')),
	organisation: requiredCell(
		'admin.import.row.organisationMissing',
		'admin.import.row.organisationUnknown',
		160
	),
	role: lookupCell(SITE_ROLE_WORDS, 'admin.import.row.roleUnknown', 'member'),
	language: lookupCell(LANGUAGE_WORDS, 'admin.import.row.languageUnknown', 'fi')
});

export type OrganisationRow = v.InferOutput<typeof organisationRowSchema>;
export type UserRow = v.InferOutput<typeof userRowSchema>;

/** Columns each kind needs, then those it may have. Headers are matched ignoring case. */
export const IMPORT_COLUMNS = {
	organisations: { required: ['name', 'kind'], optional: [] },
	users: { required: ['email', 'name', 'organisation'], optional: ['title', 'role', 'language'] }
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;
