import { index, integer, primaryKey, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';
import { GRANT_DOCUMENT_KINDS } from '../../../domain/grant-documents';
import { grantApplication, grantCall } from './grant';
import { region } from './region';
import { user } from './user';

/**
 * One version of a region's general terms or appeal instructions, in Finnish
 * and Swedish. Versions are never changed: an edit is a new version.
 */
export const grantDocumentVersion = sqliteTable(
	'grant_document_version',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		regionId: integer('region_id')
			.notNull()
			.references(() => region.id),
		kind: text('kind', { enum: GRANT_DOCUMENT_KINDS }).notNull(),
		version: integer('version').notNull(),
		/** ISO date from which this version applies to calls published on or after it. */
		validFrom: text('valid_from').notNull(),
		textFi: text('text_fi').notNull(),
		textSv: text('text_sv').notNull(),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [unique('grant_document_version_number').on(t.regionId, t.kind, t.version)]
);

/** The versions a call was published under: what its letters print and refer to. */
export const grantCallDocument = sqliteTable(
	'grant_call_document',
	{
		callId: integer('call_id')
			.notNull()
			.references(() => grantCall.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: GRANT_DOCUMENT_KINDS }).notNull(),
		versionId: integer('version_id')
			.notNull()
			.references(() => grantDocumentVersion.id)
	},
	(t) => [primaryKey({ columns: [t.callId, t.kind] })]
);

/**
 * A handler's request for completion (täydennyspyyntö): the parts of a
 * submitted application the NGO may change until the deadline.
 */
export const grantCompletionRequest = sqliteTable(
	'grant_completion_request',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		applicationId: integer('application_id')
			.notNull()
			.references(() => grantApplication.id, { onDelete: 'cascade' }),
		/** JSON `CompletionPart[]`. */
		parts: text('parts').notNull(),
		message: text('message').notNull(),
		dueAt: integer('due_at', { mode: 'timestamp_ms' }).notNull(),
		requestedBy: integer('requested_by')
			.notNull()
			.references(() => user.id),
		requestedAt: integer('requested_at', { mode: 'timestamp_ms' }).notNull(),
		completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
		completedBy: integer('completed_by').references(() => user.id)
	},
	(t) => [index('grant_completion_request_app_idx').on(t.applicationId)]
);

export type GrantDocumentVersionRow = typeof grantDocumentVersion.$inferSelect;
export type GrantCompletionRequestRow = typeof grantCompletionRequest.$inferSelect;
