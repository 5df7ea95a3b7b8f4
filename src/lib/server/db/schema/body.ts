import { integer, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';
import { LEVELS } from '../../../domain/levels';
import { BODY_ROLES } from '../../../domain/roles';
import { region } from './region';
import { user } from './user';

/** A cooperation body, attached to one of the four levels. */
export const body = sqliteTable('body', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	regionId: integer('region_id')
		.notNull()
		.references(() => region.id),
	name: text('name').notNull(),
	level: text('level', { enum: LEVELS }).notNull(),
	description: text('description').notNull().default(''),
	cadenceMin: integer('cadence_min').notNull(),
	cadenceMax: integer('cadence_max').notNull(),
	public: integer('public', { mode: 'boolean' }).notNull().default(true),
	membersCoEditMinutes: integer('members_co_edit_minutes', { mode: 'boolean' }).notNull(),
	/** A formal body keeps "pöytäkirja" (signed "Pöytäkirjan vakuudeksi"); others keep a "muistio". */
	formal: integer('formal', { mode: 'boolean' }).notNull().default(false),
	/** Minute checkers approve the minutes with the chair and the secretary. */
	usesMinuteCheckers: integer('uses_minute_checkers', { mode: 'boolean' }).notNull().default(false),
	createdAt: integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.$defaultFn(() => new Date())
});

export const membership = sqliteTable(
	'membership',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		bodyId: integer('body_id')
			.notNull()
			.references(() => body.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: text('role', { enum: BODY_ROLES }).notNull()
	},
	(t) => [unique('membership_body_user').on(t.bodyId, t.userId)]
);

export type Body = typeof body.$inferSelect;
export type MembershipRow = typeof membership.$inferSelect;
