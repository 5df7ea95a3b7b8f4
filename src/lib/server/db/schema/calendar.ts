import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { FORWARD_STATUSES, MILESTONE_KINDS } from '../../../domain/calendar';
import { LEVELS } from '../../../domain/levels';
import { body } from './body';
import { meeting } from './meeting';
import { region } from './region';
import { user } from './user';

/** A date in a region's annual calendar (vuosikello): a step of the budget cycle or the region's own. */
export const milestone = sqliteTable(
	'milestone',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		regionId: integer('region_id')
			.notNull()
			.references(() => region.id),
		year: integer('year').notNull(),
		kind: text('kind', { enum: MILESTONE_KINDS }).notNull(),
		/** Empty: the kind's own name in the reader's language. */
		title: text('title').notNull().default(''),
		description: text('description').notNull().default(''),
		/** ISO dates; a one-day milestone has no end. */
		startsOn: text('starts_on').notNull(),
		endsOn: text('ends_on'),
		/** The level whose work the milestone sets the pace for; null for the whole region. */
		level: text('level', { enum: LEVELS }),
		/** The meeting where the milestone is met (e.g. the §14 negotiation). */
		meetingId: integer('meeting_id').references(() => meeting.id),
		/** iCalendar SEQUENCE: grows with every change. */
		revision: integer('revision').notNull().default(0),
		createdAt: integer('created_at', { mode: 'timestamp_ms' })
			.notNull()
			.$defaultFn(() => new Date())
	},
	(t) => [index('milestone_region_year_idx').on(t.regionId, t.year)]
);

/** The secret part of a user's personal calendar feed URL; reset by replacing it. */
export const calendarFeedToken = sqliteTable('calendar_feed_token', {
	userId: integer('user_id')
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	token: text('token').notNull().unique(),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

/**
 * An agenda item sent to another body (the network prepares the strategic
 * negotiation). On acceptance the item is added to the receiving meeting's
 * agenda, and both agendas show the trail.
 */
export const itemForward = sqliteTable(
	'item_forward',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		sourceMeetingId: integer('source_meeting_id')
			.notNull()
			.references(() => meeting.id),
		sourceItemKey: text('source_item_key').notNull(),
		title: text('title').notNull(),
		note: text('note').notNull().default(''),
		targetBodyId: integer('target_body_id')
			.notNull()
			.references(() => body.id),
		/** Null: the receiving body's next meeting, chosen when the item is accepted. */
		targetMeetingId: integer('target_meeting_id').references(() => meeting.id),
		status: text('status', { enum: FORWARD_STATUSES }).notNull().default('pending'),
		/** The item's key in the receiving agenda, once accepted. */
		targetItemKey: text('target_item_key'),
		forwardedBy: integer('forwarded_by')
			.notNull()
			.references(() => user.id),
		forwardedAt: integer('forwarded_at', { mode: 'timestamp_ms' }).notNull(),
		decidedBy: integer('decided_by').references(() => user.id),
		decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
		decisionNote: text('decision_note').notNull().default('')
	},
	(t) => [
		index('item_forward_source_idx').on(t.sourceMeetingId),
		index('item_forward_target_idx').on(t.targetBodyId)
	]
);

export type Milestone = typeof milestone.$inferSelect;
export type ItemForward = typeof itemForward.$inferSelect;
