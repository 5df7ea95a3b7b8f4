import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { LANGUAGES, SITE_ROLES } from '../../../domain/roles';
import { organisation } from './region';

export const user = sqliteTable('user', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	/** Stored lower-case, so that look-ups and uniqueness ignore case. */
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	title: text('title').notNull().default(''),
	organisationId: integer('organisation_id')
		.notNull()
		.references(() => organisation.id),
	preferredLanguage: text('preferred_language', { enum: LANGUAGES }).notNull().default('fi'),
	/**
	 * The person chose the language themselves: then their messages come in it;
	 * otherwise in their NGO's language (recipientLanguage in domain/notifications.ts).
	 */
	languageChosen: integer('language_chosen', { mode: 'boolean' }).notNull().default(false),
	siteRole: text('site_role', { enum: SITE_ROLES }).notNull().default('member'),
	/**
	 * Runs the national situational picture (e.g. the NGO networks' advisory
	 * board): its surveys and answers, nothing of any region's own work.
	 */
	nationalRole: integer('national_role', { mode: 'boolean' }).notNull().default(false),
	active: integer('active', { mode: 'boolean' }).notNull().default(true),
	/** Null until an invited user sets a password. */
	passwordHash: text('password_hash'),
	createdAt: integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.$defaultFn(() => new Date())
});

/** Lucia-style session: the id is the SHA-256 of the token in the cookie, never the token. */
export const session = sqliteTable(
	'session',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

/** One-time link to set a password (invitation); stored as a hash like sessions. */
export const passwordToken = sqliteTable('password_token', {
	id: text('id').primaryKey(),
	userId: integer('user_id')
		.notNull()
		.references(() => user.id, { onDelete: 'cascade' }),
	expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull()
});

/**
 * A browser that has signed in to an account before (OWASP's device cookie):
 * failures from elsewhere do not keep it out. The id is the SHA-256 of the
 * token in the browser's cookie, as for sessions.
 */
export const knownDevice = sqliteTable(
	'known_device',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('known_device_user_idx').on(t.userId)]
);

/** A failed attempt counted against a throttle key (src/lib/server/auth/rate-limit.ts); kept while any window needs it. */
export const attempt = sqliteTable(
	'attempt',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		key: text('key').notNull(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('attempt_key_at_idx').on(t.key, t.at), index('attempt_at_idx').on(t.at)]
);

export type User = typeof user.$inferSelect;
export type Session = typeof session.$inferSelect;
