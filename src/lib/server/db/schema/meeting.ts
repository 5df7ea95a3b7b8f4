import {
	blob,
	index,
	integer,
	primaryKey,
	sqliteTable,
	text,
	unique
} from 'drizzle-orm/sqlite-core';
import { ATTENDANCE_STATUSES, MEETING_STATUSES, PRESENCE_EVENTS } from '../../../domain/meetings';
import { OFFICER_DUTIES } from '../../../domain/officers';
import { BODY_ROLES } from '../../../domain/roles';
import { body } from './body';
import { user } from './user';

export const meeting = sqliteTable(
	'meeting',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		bodyId: integer('body_id')
			.notNull()
			.references(() => body.id),
		/** n in "n/YYYY": assigned per body and year when the meeting is scheduled. */
		sequence: integer('sequence').notNull(),
		year: integer('year').notNull(),
		title: text('title').notNull(),
		startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
		endsAt: integer('ends_at', { mode: 'timestamp_ms' }).notNull(),
		place: text('place').notNull().default(''),
		onlineUrl: text('online_url').notNull().default(''),
		status: text('status', { enum: MEETING_STATUSES }).notNull().default('planned'),
		/** "Puheenjohtaja avasi kokouksen klo 13.00" / "päätti kokouksen klo 15.15". */
		openedAt: integer('opened_at', { mode: 'timestamp_ms' }),
		closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
		/** The invitation went out: a public body's agenda is public from then on. */
		invitedAt: integer('invited_at', { mode: 'timestamp_ms' }),
		publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
		/** Sign-off rounds: a request for changes sends the minutes back and starts a new round. */
		reviewRound: integer('review_round').notNull().default(0),
		/** iCalendar SEQUENCE: grows when the time, place or status changes, so subscribed calendars update. */
		revision: integer('revision').notNull().default(0),
		createdAt: integer('created_at', { mode: 'timestamp_ms' })
			.notNull()
			.$defaultFn(() => new Date())
	},
	(t) => [
		unique('meeting_body_year_sequence').on(t.bodyId, t.year, t.sequence),
		index('meeting_starts_idx').on(t.startsAt)
	]
);

/**
 * The number a body's next meeting of a year takes, when the body counts from
 * somewhere else than 1: a group that starts using the app at its eighth
 * meeting of the year goes on as "8/2022". Meetings already numbered keep
 * their numbers; a later meeting takes the higher of this and the last + 1.
 */
export const meetingNumbering = sqliteTable(
	'meeting_numbering',
	{
		bodyId: integer('body_id')
			.notNull()
			.references(() => body.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		nextSequence: integer('next_sequence').notNull()
	},
	(t) => [primaryKey({ columns: [t.bodyId, t.year] })]
);

/**
 * The agenda items as the rest of the app reads them (lists, API, search, PDF).
 * Projected one way from the live document (agenda, then minutes): never edit
 * these columns directly, edit the document. `startedAt` is ours: the
 * secretary marks when the meeting reached the item.
 */
export const agendaItem = sqliteTable(
	'agenda_item',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		meetingId: integer('meeting_id')
			.notNull()
			.references(() => meeting.id, { onDelete: 'cascade' }),
		/** The item's id inside the live document. */
		key: text('key').notNull(),
		position: integer('position').notNull(),
		title: text('title').notNull(),
		presenter: text('presenter').notNull().default(''),
		public: integer('public', { mode: 'boolean' }).notNull().default(true),
		startedAt: integer('started_at', { mode: 'timestamp_ms' })
	},
	(t) => [unique('agenda_item_meeting_key').on(t.meetingId, t.key)]
);

/** One row per participant: the body's members (listed at the start) and other participants. */
export const attendance = sqliteTable(
	'attendance',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		meetingId: integer('meeting_id')
			.notNull()
			.references(() => meeting.id, { onDelete: 'cascade' }),
		/** Null for other participants (experts, guests) added by name. */
		userId: integer('user_id').references(() => user.id),
		name: text('name').notNull(),
		title: text('title').notNull().default(''),
		organisation: text('organisation').notNull().default(''),
		role: text('role', { enum: BODY_ROLES }),
		status: text('status', { enum: ATTENDANCE_STATUSES }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' })
			.notNull()
			.$defaultFn(() => new Date())
	},
	(t) => [unique('attendance_meeting_user').on(t.meetingId, t.userId)]
);

export const presenceEvent = sqliteTable('presence_event', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	attendanceId: integer('attendance_id')
		.notNull()
		.references(() => attendance.id, { onDelete: 'cascade' }),
	kind: text('kind', { enum: PRESENCE_EVENTS }).notNull(),
	at: integer('at', { mode: 'timestamp_ms' }).notNull()
});

/**
 * A duty recorded for the meeting when it differs from the default (the body's
 * chair chairs, its secretary writes): who chaired the whole meeting or one
 * item (`itemKey`; '' for the whole meeting, so the unique key holds), or who
 * was secretary (src/lib/domain/officers.ts).
 */
export const meetingOfficer = sqliteTable(
	'meeting_officer',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		meetingId: integer('meeting_id')
			.notNull()
			.references(() => meeting.id, { onDelete: 'cascade' }),
		attendanceId: integer('attendance_id')
			.notNull()
			.references(() => attendance.id, { onDelete: 'cascade' }),
		duty: text('duty', { enum: OFFICER_DUTIES }).notNull(),
		itemKey: text('item_key').notNull().default('')
	},
	(t) => [unique('meeting_officer_duty').on(t.meetingId, t.duty, t.itemKey)]
);

/** Append-only log of Yjs updates per live document, written before any client sees them. */
export const docUpdate = sqliteTable(
	'doc_update',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		docName: text('doc_name').notNull(),
		update: blob('update', { mode: 'buffer' }).notNull()
	},
	(t) => [index('doc_update_name_idx').on(t.docName, t.id)]
);

/** A compacted state of a document: every update up to `throughUpdateId` merged into one. */
export const docSnapshot = sqliteTable('doc_snapshot', {
	docName: text('doc_name').primaryKey(),
	state: blob('state', { mode: 'buffer' }).notNull(),
	throughUpdateId: integer('through_update_id').notNull()
});

export type Meeting = typeof meeting.$inferSelect;
export type AgendaItemRow = typeof agendaItem.$inferSelect;
export type Attendance = typeof attendance.$inferSelect;
export type PresenceEvent = typeof presenceEvent.$inferSelect;
