import { integer, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';
import { DISQUALIFICATION_GROUNDS } from '../../../domain/disqualification';
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
