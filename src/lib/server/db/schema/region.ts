import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ORGANISATION_KINDS } from '../../../domain/roles';

/** A wellbeing services county, or the City of Helsinki. */
export const region = sqliteTable('region', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	name: text('name').notNull(),
	slug: text('slug').notNull().unique(),
	/** Residents, for the national picture's figures per resident; null when not known. */
	population: integer('population'),
	/** False where the region's figures do not compare with the counties' (Helsinki). */
	comparable: integer('comparable', { mode: 'boolean' }).notNull().default(true),
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
