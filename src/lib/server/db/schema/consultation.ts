import {
	index,
	integer,
	sqliteTable,
	text,
	unique,
	type AnySQLiteColumn
} from 'drizzle-orm/sqlite-core';
import { AUDIENCE_KINDS, DOCUMENT_KINDS, OUTCOMES } from '../../../domain/consultations';
import { body } from './body';
import { organisation, region } from './region';
import { user } from './user';

/**
 * A plan or report being prepared (hyvinvointisuunnitelma, -kertomus, …). Its
 * text is the live document `document:<id>` (src/lib/documents/plan-doc.ts);
 * consultations refer to frozen versions of it.
 */
export const planDocument = sqliteTable('plan_document', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	regionId: integer('region_id')
		.notNull()
		.references(() => region.id),
	kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
	title: text('title').notNull(),
	createdBy: integer('created_by')
		.notNull()
		.references(() => user.id),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

/** A frozen version: the sections as they stood, never changed afterwards. */
export const documentVersion = sqliteTable(
	'document_version',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		documentId: integer('document_id')
			.notNull()
			.references(() => planDocument.id),
		/** 1, 2, 3 … per document. */
		number: integer('number').notNull(),
		/** VersionSection[] as JSON (src/lib/domain/consultations.ts): id, title, sanitised HTML, plain text. */
		sections: text('sections').notNull(),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [unique('document_version_number').on(t.documentId, t.number)]
);

/** A consultation round (lausuntokierros) on one version. */
export const consultationRound = sqliteTable(
	'consultation_round',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		versionId: integer('version_id')
			.notNull()
			.references(() => documentVersion.id),
		title: text('title').notNull(),
		instructions: text('instructions').notNull().default(''),
		audienceKind: text('audience_kind', { enum: AUDIENCE_KINDS }).notNull(),
		opensAt: integer('opens_at', { mode: 'timestamp_ms' }).notNull(),
		closesAt: integer('closes_at', { mode: 'timestamp_ms' }).notNull(),
		/** The audience was told the round is open (at once, or by the hourly job for a later opening). */
		openNoticeSentAt: integer('open_notice_sent_at', { mode: 'timestamp_ms' }),
		/** The three-day reminder went out; it goes once per round. */
		deadlineNoticeSentAt: integer('deadline_notice_sent_at', { mode: 'timestamp_ms' }),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('consultation_round_closes_idx').on(t.closesAt)]
);

/** The chosen organisations, when the audience is 'organisations'. */
export const consultationOrganisation = sqliteTable(
	'consultation_organisation',
	{
		roundId: integer('round_id')
			.notNull()
			.references(() => consultationRound.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisation.id)
	},
	(t) => [unique('consultation_organisation_pair').on(t.roundId, t.organisationId)]
);

/** The chosen bodies, when the audience is 'bodies' (their members are asked). */
export const consultationBody = sqliteTable(
	'consultation_body',
	{
		roundId: integer('round_id')
			.notNull()
			.references(() => consultationRound.id, { onDelete: 'cascade' }),
		bodyId: integer('body_id')
			.notNull()
			.references(() => body.id)
	},
	(t) => [unique('consultation_body_pair').on(t.roundId, t.bodyId)]
);

/**
 * A comment on a section, or on a passage of it (`quote`, checked to be in the
 * section's text when given), personal or the statement of the author's
 * organisation. A reply names its thread's first comment as `parentId`.
 */
export const consultationComment = sqliteTable(
	'consultation_comment',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		roundId: integer('round_id')
			.notNull()
			.references(() => consultationRound.id),
		sectionId: text('section_id').notNull(),
		quote: text('quote').notNull().default(''),
		parentId: integer('parent_id').references((): AnySQLiteColumn => consultationComment.id),
		authorId: integer('author_id')
			.notNull()
			.references(() => user.id),
		/** Set when the comment is the organisation's statement (lausunto). */
		organisationId: integer('organisation_id').references(() => organisation.id),
		body: text('body').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
		hiddenAt: integer('hidden_at', { mode: 'timestamp_ms' }),
		hiddenBy: integer('hidden_by').references(() => user.id),
		hiddenReason: text('hidden_reason')
	},
	(t) => [index('consultation_comment_round_idx').on(t.roundId)]
);

/** The coordinators' answer to a comment: what became of it, and why. */
export const consultationResponse = sqliteTable('consultation_response', {
	commentId: integer('comment_id')
		.primaryKey()
		.references(() => consultationComment.id),
	outcome: text('outcome', { enum: OUTCOMES }).notNull(),
	text: text('text').notNull(),
	respondedBy: integer('responded_by')
		.notNull()
		.references(() => user.id),
	respondedAt: integer('responded_at', { mode: 'timestamp_ms' }).notNull()
});

export type PlanDocument = typeof planDocument.$inferSelect;
export type DocumentVersion = typeof documentVersion.$inferSelect;
export type ConsultationRound = typeof consultationRound.$inferSelect;
export type ConsultationComment = typeof consultationComment.$inferSelect;
export type ConsultationResponse = typeof consultationResponse.$inferSelect;
