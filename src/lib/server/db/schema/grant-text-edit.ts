import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { APPLICATION_TEXT_FIELDS } from '../../../domain/application-texts';
import { grantApplication } from './grant';
import { user } from './user';

/**
 * Who changed an application's long text, and when: one row per stretch of
 * one person's changes to one text (application-texts.ts). The latest row of
 * a field names who changed it last.
 */
export const grantApplicationTextEdit = sqliteTable(
	'grant_application_text_edit',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		applicationId: integer('application_id')
			.notNull()
			.references(() => grantApplication.id, { onDelete: 'cascade' }),
		field: text('field', { enum: APPLICATION_TEXT_FIELDS }).notNull(),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id),
		startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
		changedAt: integer('changed_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('grant_application_text_edit_idx').on(t.applicationId, t.field, t.id)]
);
