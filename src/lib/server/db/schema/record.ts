import { index, integer, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';
import { APPROVER_ROLES } from '../../../domain/record';
import { organisation, region } from './region';
import { meeting } from './meeting';
import { user } from './user';

/** Minute checkers (pöytäkirjantarkastajat) named for one meeting, when the body uses them. */
export const minuteChecker = sqliteTable(
	'minute_checker',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		meetingId: integer('meeting_id')
			.notNull()
			.references(() => meeting.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id)
	},
	(t) => [unique('minute_checker_meeting_user').on(t.meetingId, t.userId)]
);

/** One approval of the minutes in a review round; a request for changes starts a new round. */
export const approval = sqliteTable(
	'approval',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		meetingId: integer('meeting_id')
			.notNull()
			.references(() => meeting.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id),
		role: text('role', { enum: APPROVER_ROLES }).notNull(),
		round: integer('round').notNull(),
		approvedAt: integer('approved_at', { mode: 'timestamp_ms' }).notNull(),
		/** contentFingerprint of the minutes as this person approved them (src/lib/domain/record.ts); null before fingerprints existed. */
		fingerprint: text('fingerprint')
	},
	(t) => [unique('approval_meeting_round_user').on(t.meetingId, t.round, t.userId)]
);

export const changeRequest = sqliteTable('change_request', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	meetingId: integer('meeting_id')
		.notNull()
		.references(() => meeting.id, { onDelete: 'cascade' }),
	userId: integer('user_id')
		.notNull()
		.references(() => user.id),
	round: integer('round').notNull(),
	comment: text('comment').notNull(),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

/** The approved record: written once at approval, never updated (corrections go beside it). */
export const minutesRecord = sqliteTable('minutes_record', {
	meetingId: integer('meeting_id')
		.primaryKey()
		.references(() => meeting.id),
	/** MeetingRecord as JSON (src/lib/domain/record.ts). */
	data: text('data').notNull(),
	html: text('html').notNull(),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

/** A correction after approval: who, when, why, and what the field said before and after. */
export const minutesCorrection = sqliteTable('minutes_correction', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	meetingId: integer('meeting_id')
		.notNull()
		.references(() => meeting.id),
	itemKey: text('item_key').notNull(),
	field: text('field', { enum: ['proposal', 'discussion', 'decision'] }).notNull(),
	before: text('before').notNull(),
	after: text('after').notNull(),
	reason: text('reason').notNull(),
	userId: integer('user_id')
		.notNull()
		.references(() => user.id),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

/** Files attached to agenda items (liite), stored on disk under their SHA-256. */
export const attachment = sqliteTable(
	'attachment',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		meetingId: integer('meeting_id')
			.notNull()
			.references(() => meeting.id, { onDelete: 'cascade' }),
		itemKey: text('item_key').notNull(),
		filename: text('filename').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		sha256: text('sha256').notNull(),
		public: integer('public', { mode: 'boolean' }).notNull().default(true),
		uploadedBy: integer('uploaded_by')
			.notNull()
			.references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' })
			.notNull()
			.$defaultFn(() => new Date())
	},
	(t) => [index('attachment_meeting_idx').on(t.meetingId)]
);

/** Who approved, published, corrected, changed memberships or roles, and when. */
export const auditEvent = sqliteTable(
	'audit_event',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		regionId: integer('region_id')
			.notNull()
			.references(() => region.id),
		userId: integer('user_id').references(() => user.id),
		action: text('action').notNull(),
		targetType: text('target_type').notNull(),
		targetId: integer('target_id').notNull(),
		/** What happened, in a few words (names, roles), for the log's reader. */
		summary: text('summary').notNull().default(''),
		createdAt: integer('created_at', { mode: 'timestamp_ms' })
			.notNull()
			.$defaultFn(() => new Date())
	},
	(t) => [index('audit_event_region_idx').on(t.regionId, t.createdAt)]
);

export type Approval = typeof approval.$inferSelect;
export type Attachment = typeof attachment.$inferSelect;
export type AuditEvent = typeof auditEvent.$inferSelect;
export type MinutesCorrection = typeof minutesCorrection.$inferSelect;

/**
 * What the secretary asks an organisation to bring to an agenda item ("kunnan
 * hyvinvointikertomus 2025, esittelijä kunnanjohtaja"). Answered by a note or
 * an attachment from a member of that organisation.
 */
export const itemRequest = sqliteTable(
	'item_request',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		meetingId: integer('meeting_id')
			.notNull()
			.references(() => meeting.id, { onDelete: 'cascade' }),
		itemKey: text('item_key').notNull(),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisation.id),
		text: text('text').notNull(),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		answeredAt: integer('answered_at', { mode: 'timestamp_ms' }),
		answeredBy: integer('answered_by').references(() => user.id),
		answerNote: text('answer_note').notNull().default(''),
		answerAttachmentId: integer('answer_attachment_id').references(() => attachment.id, {
			onDelete: 'set null'
		})
	},
	(t) => [index('item_request_meeting_idx').on(t.meetingId)]
);

export type ItemRequest = typeof itemRequest.$inferSelect;
