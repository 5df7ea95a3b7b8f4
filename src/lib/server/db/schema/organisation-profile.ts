import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ORGANISATION_PERSON_ROLES, RECORD_LANGUAGES } from '../../../domain/organisation-profile';
import { organisation } from './region';
import { user } from './user';

/**
 * What an NGO gives once and every application reuses: its identifiers, bank
 * account and language, and the county's one-time check of it against the
 * association register (by hand: who checked and when).
 */
export const organisationProfile = sqliteTable('organisation_profile', {
	organisationId: integer('organisation_id')
		.primaryKey()
		.references(() => organisation.id, { onDelete: 'cascade' }),
	/** Y-tunnus, e.g. "1234567-8"; empty until given. */
	businessId: text('business_id').notNull().default(''),
	/** The association register number (yhdistysrekisterinumero). */
	registerNumber: text('register_number').notNull().default(''),
	/** Stored without spaces, upper-case. */
	iban: text('iban').notNull().default(''),
	/** The language of the organisation's letters and messages: Finnish or Swedish. */
	language: text('language', { enum: RECORD_LANGUAGES }).notNull().default('fi'),
	email: text('email').notNull().default(''),
	phone: text('phone').notNull().default(''),
	address: text('address').notNull().default(''),
	verifiedAt: integer('verified_at', { mode: 'timestamp_ms' }),
	verifiedBy: integer('verified_by').references(() => user.id),
	verificationNote: text('verification_note').notNull().default(''),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
	updatedBy: integer('updated_by').references(() => user.id)
});

/**
 * The people of an NGO as its profile names them: board members and contact
 * people. A person who also uses the app is linked, so that a tie to an
 * applicant can be noticed before they assess, present or decide its matter.
 */
export const organisationPerson = sqliteTable(
	'organisation_person',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		role: text('role', { enum: ORGANISATION_PERSON_ROLES }).notNull(),
		email: text('email').notNull().default(''),
		userId: integer('user_id').references(() => user.id, { onDelete: 'set null' })
	},
	(t) => [
		index('organisation_person_org_idx').on(t.organisationId),
		index('organisation_person_user_idx').on(t.userId)
	]
);

export type OrganisationProfile = typeof organisationProfile.$inferSelect;
export type OrganisationPerson = typeof organisationPerson.$inferSelect;
