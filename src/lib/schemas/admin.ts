/** Forms of the administration area; shared by the pages and their actions. */
import * as v from 'valibot';
import { LEVELS } from '../domain/levels';
import { BODY_ROLES, LANGUAGES, ORGANISATION_KINDS, SITE_ROLES } from '../domain/roles';
import { checkbox, choice, email, id, optionalText, requiredText } from './fields';

export const organisationSchema = v.object({
	name: requiredText(160),
	kind: choice(ORGANISATION_KINDS)
});

const userDetails = {
	name: requiredText(120),
	title: optionalText(120),
	organisationId: id,
	siteRole: choice(SITE_ROLES)
};

export const inviteUserSchema = v.object({
	...userDetails,
	email,
	preferredLanguage: choice(LANGUAGES)
});

export const updateUserSchema = v.object(userDetails);

/** A region an administrator adds: its name (the slug is made from it), population and comparability. */
export const regionSchema = v.object({
	name: requiredText(160),
	population: v.pipe(
		v.string('validation.required'),
		v.trim(),
		v.nonEmpty('validation.required'),
		// Spaces group the thousands as Finns write them: "162 540".
		v.transform((value) => value.replace(/[\s\u00a0]/g, '')),
		v.regex(/^[1-9]\d{0,8}$/, 'validation.positiveInteger'),
		v.transform(Number)
	),
	comparable: checkbox
});

/** An optional whole number: an empty field means "use the default". */
const optionalCount = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.regex(/^\d{0,3}$/, 'validation.number'),
	v.transform((value) => (value === '' ? undefined : Number(value)))
);

/** A choice between the level's default ("") and an explicit yes or no. */
const optionalYesNo = v.pipe(
	v.optional(v.picklist(['', 'yes', 'no'], 'validation.choose'), ''),
	v.transform((value) => (value === '' ? undefined : value === 'yes'))
);

export const bodySchema = v.object({
	name: requiredText(160),
	level: choice(LEVELS),
	description: optionalText(2000),
	cadenceMin: optionalCount,
	cadenceMax: optionalCount,
	public: checkbox,
	membersCoEditMinutes: optionalYesNo,
	formal: checkbox,
	usesMinuteCheckers: checkbox
});

export const membershipSchema = v.object({
	userId: id,
	role: choice(BODY_ROLES)
});

export const memberSchema = v.object({ userId: id });

export const IMPORT_KINDS = ['organisations', 'users'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const importSchema = v.object({
	kind: choice(IMPORT_KINDS),
	text: v.optional(v.string(), '')
});
