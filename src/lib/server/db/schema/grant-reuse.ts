import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { grantApplication, grantApplicationFile } from './grant';
import { organisation } from './region';
import { user } from './user';

/**
 * An NGO's current statutes (säännöt), kept in its profile and stored like
 * application files (by SHA-256). A new upload replaces the row; the bytes
 * stay on disk while an application still names them.
 */
export const organisationStatutes = sqliteTable('organisation_statutes', {
	organisationId: integer('organisation_id')
		.primaryKey()
		.references(() => organisation.id, { onDelete: 'cascade' }),
	filename: text('filename').notNull(),
	contentType: text('content_type').notNull(),
	size: integer('size').notNull(),
	sha256: text('sha256').notNull(),
	uploadedBy: integer('uploaded_by')
		.notNull()
		.references(() => user.id),
	uploadedAt: integer('uploaded_at', { mode: 'timestamp_ms' }).notNull()
});

/**
 * Where an application's file was first delivered, when the NGO reused it
 * instead of uploading it again: with another application (its id), or
 * with the organisation's profile (null).
 */
export const grantApplicationFileSource = sqliteTable('grant_application_file_source', {
	fileId: integer('file_id')
		.primaryKey()
		.references(() => grantApplicationFile.id, { onDelete: 'cascade' }),
	deliveredWithId: integer('delivered_with_id').references(() => grantApplication.id, {
		onDelete: 'set null'
	})
});

/** The earlier application a draft was copied from. */
export const grantApplicationCopy = sqliteTable('grant_application_copy', {
	applicationId: integer('application_id')
		.primaryKey()
		.references(() => grantApplication.id, { onDelete: 'cascade' }),
	copiedFromId: integer('copied_from_id')
		.notNull()
		.references(() => grantApplication.id),
	copiedBy: integer('copied_by')
		.notNull()
		.references(() => user.id),
	copiedAt: integer('copied_at', { mode: 'timestamp_ms' }).notNull()
});

/** Each reminder sent to an unfinished draft before its call closes: a restart never sends it twice. */
export const grantDraftReminder = sqliteTable(
	'grant_draft_reminder',
	{
		applicationId: integer('application_id')
			.notNull()
			.references(() => grantApplication.id, { onDelete: 'cascade' }),
		daysBefore: integer('days_before').notNull(),
		sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.applicationId, t.daysBefore] })]
);
