import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Accessibility feedback (Act 306/2019 requires a way to send it). */
export const accessibilityFeedback = sqliteTable('accessibility_feedback', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	message: text('message').notNull(),
	contact: text('contact').notNull().default(''),
	page: text('page').notNull().default(''),
	createdAt: integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.$defaultFn(() => new Date())
});

export type AccessibilityFeedback = typeof accessibilityFeedback.$inferSelect;
