import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ORGANISATION_KINDS } from '../../../domain/roles';

/** A wellbeing services county, or the City of Helsinki. */
export const region = sqliteTable('region', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	name: text('name').notNull(),
	slug: text('slug').notNull().unique(),
	createdAt: integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.$defaultFn(() => new Date())
});

export const organisation = sqliteTable('organisation', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	regionId: integer('region_id')
		.notNull()
		.references(() => region.id),
	name: text('name').notNull(),
	kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
	createdAt: integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.$defaultFn(() => new Date())
});

export type Region = typeof region.$inferSelect;
export type Organisation = typeof organisation.$inferSelect;
