import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organisation } from './region';
import { user } from './user';

/**
 * Who acts for an NGO: the contact person the county's handler confirmed when
 * verifying it (`contact`), and the colleagues that contact named (`colleague`).
 * While an NGO has none, any of its people act for it.
 */
export const organisationRepresentative = sqliteTable(
	'organisation_representative',
	{
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: ['contact', 'colleague'] }).notNull(),
		namedBy: integer('named_by')
			.notNull()
			.references(() => user.id),
		namedAt: integer('named_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		primaryKey({ columns: [t.organisationId, t.userId] }),
		index('organisation_representative_user_idx').on(t.userId)
	]
);

export type OrganisationRepresentative = typeof organisationRepresentative.$inferSelect;
