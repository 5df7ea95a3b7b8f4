import { integer, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';
import { DISQUALIFICATION_GROUNDS } from '../../../domain/disqualification';
import { grantApplication } from './grant';
import { attendance, meeting } from './meeting';
import { user } from './user';

/**
 * A participant's declared disqualification (esteellisyys) on one agenda item
 * of a meeting, any meeting: recorded by the secretary before the item is
 * handled, written into the minutes, and it bars the person from approving
 * that item's text (src/lib/domain/disqualification.ts).
 */
export const disqualification = sqliteTable(
	'disqualification',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		meetingId: integer('meeting_id')
			.notNull()
			.references(() => meeting.id, { onDelete: 'cascade' }),
		/** The item's id in the live document, as `agenda_item.key`. */
		itemKey: text('item_key').notNull(),
		attendanceId: integer('attendance_id')
			.notNull()
			.references(() => attendance.id, { onDelete: 'cascade' }),
		ground: text('ground', { enum: DISQUALIFICATION_GROUNDS }).notNull(),
		specification: text('specification').notNull().default(''),
		declaredAt: integer('declared_at', { mode: 'timestamp_ms' }).notNull(),
		recordedBy: integer('recorded_by')
			.notNull()
			.references(() => user.id)
	},
	(t) => [unique('disqualification_item_person').on(t.meetingId, t.itemKey, t.attendanceId)]
);

export type Disqualification = typeof disqualification.$inferSelect;

/**
 * What a handler who prepares a grant call's proposal (and presents it to the
 * deciding body) answered to the app's warning of a tie to an applicant: a
 * declared disqualification with its ground, or a confirmation that they are
 * not disqualified (ground null). One answer per person and application.
 */
export const grantTieAnswer = sqliteTable(
	'grant_tie_answer',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		applicationId: integer('application_id')
			.notNull()
			.references(() => grantApplication.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id),
		/** Null: confirmed not disqualified. */
		ground: text('ground', { enum: DISQUALIFICATION_GROUNDS }),
		specification: text('specification').notNull().default(''),
		answeredAt: integer('answered_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [unique('grant_tie_answer_person').on(t.applicationId, t.userId)]
);

export type GrantTieAnswer = typeof grantTieAnswer.$inferSelect;
