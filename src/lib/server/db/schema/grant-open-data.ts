import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { grantApplication } from './grant';
import { user } from './user';

/**
 * A granted grant a handler has taken off the public list (HTML, CSV and
 * 360Giving JSON), e.g. to protect a person, with the reason. Unhiding deletes
 * the row; both are in the audit log.
 */
export const grantHidden = sqliteTable('grant_hidden', {
	applicationId: integer('application_id')
		.primaryKey()
		.references(() => grantApplication.id, { onDelete: 'cascade' }),
	reason: text('reason').notNull(),
	hiddenBy: integer('hidden_by')
		.notNull()
		.references(() => user.id),
	hiddenAt: integer('hidden_at', { mode: 'timestamp_ms' }).notNull()
});

export type GrantHidden = typeof grantHidden.$inferSelect;
