import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CHECK_OUTCOMES, CHECK_PARTS } from '../../../domain/grant-followup';
import { grantReport } from './grant';
import { user } from './user';

/**
 * One part (content or finance) of the handlers' check of a submitted report,
 * for the submission round it checked: the ticked checklist, the outcome and,
 * when it is returned, the request to the recipient. Earlier rounds stay as the
 * report's history (and as "earlier problems" for the closer check).
 */
export const grantReportCheck = sqliteTable(
	'grant_report_check',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		reportId: integer('report_id')
			.notNull()
			.references(() => grantReport.id, { onDelete: 'cascade' }),
		round: integer('round').notNull(),
		part: text('part', { enum: CHECK_PARTS }).notNull(),
		outcome: text('outcome', { enum: CHECK_OUTCOMES }).notNull(),
		/** JSON `ChecklistItem[]`: the items the checker ticked. */
		items: text('items').notNull().default('[]'),
		note: text('note').notNull().default(''),
		checkedBy: integer('checked_by')
			.notNull()
			.references(() => user.id),
		checkedAt: integer('checked_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		uniqueIndex('grant_report_check_part_idx').on(t.reportId, t.round, t.part),
		index('grant_report_check_report_idx').on(t.reportId)
	]
);

export type GrantReportCheckRow = typeof grantReportCheck.$inferSelect;
