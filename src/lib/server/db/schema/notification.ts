import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { EMAIL_PREFERENCES, NOTIFICATION_KINDS } from '../../../domain/notifications';
import { user } from './user';

/** One in-app notification for one user; the text is rendered from kind + params when read. */
export const notification = sqliteTable(
	'notification',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
		/** JSON object of the message's values. */
		params: text('params').notNull().default('{}'),
		/** Site-relative path, e.g. /meetings/3/minutes. */
		link: text('link').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		readAt: integer('read_at', { mode: 'timestamp_ms' }),
		/** When it went out by email (alone or in a digest); null while pending. */
		emailedAt: integer('emailed_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		index('notification_user_idx').on(t.userId, t.createdAt),
		// The header's unread count runs on every page; the mailer looks for what is still to send.
		index('notification_unread_idx')
			.on(t.userId)
			.where(sql`${t.readAt} is null`),
		index('notification_unsent_idx')
			.on(t.createdAt)
			.where(sql`${t.emailedAt} is null and ${t.readAt} is null`)
	]
);

/** A user's email choice; no row means the default ('daily'). */
export const notificationPreference = sqliteTable('notification_preference', {
	userId: integer('user_id')
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	email: text('email', { enum: EMAIL_PREFERENCES }).notNull().default('daily'),
	/** When the last daily digest was sent, so it goes out once a day. */
	digestSentAt: integer('digest_sent_at', { mode: 'timestamp_ms' })
});

export type Notification = typeof notification.$inferSelect;
