import {
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text,
	unique,
	type AnySQLiteColumn
} from 'drizzle-orm/sqlite-core';
import { MEASURE_KINDS, MEASURE_STATUSES } from '../../../domain/measures';
import { body } from './body';
import { meeting } from './meeting';
import { organisation, region } from './region';
import { user } from './user';

/**
 * A goal or a measure agreed in a negotiation. A measure may serve a goal
 * (`parentId`). The source meeting and item key link back to the decision;
 * the item key is the item's id in the live document (= agenda_item.key).
 */
export const measure = sqliteTable(
	'measure',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		regionId: integer('region_id')
			.notNull()
			.references(() => region.id),
		kind: text('kind', { enum: MEASURE_KINDS }).notNull().default('measure'),
		parentId: integer('parent_id').references((): AnySQLiteColumn => measure.id, {
			onDelete: 'set null'
		}),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		bodyId: integer('body_id')
			.notNull()
			.references(() => body.id),
		sourceMeetingId: integer('source_meeting_id')
			.notNull()
			.references(() => meeting.id),
		/** Null when the decision is the meeting's as a whole rather than one item's. */
		sourceItemKey: text('source_item_key'),
		responsibleUserId: integer('responsible_user_id').references(() => user.id, {
			onDelete: 'set null'
		}),
		/** Free text when the responsible person has no account (or as it was said in the meeting). */
		responsibleName: text('responsible_name').notNull().default(''),
		budgetYear: integer('budget_year').notNull(),
		/** Whole euros; null when no money is involved. */
		amountEuros: integer('amount_euros'),
		needsNextYearBudget: integer('needs_next_year_budget', { mode: 'boolean' })
			.notNull()
			.default(false),
		/** ISO date YYYY-MM-DD. */
		dueDate: text('due_date'),
		status: text('status', { enum: MEASURE_STATUSES }).notNull().default('not_started'),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		index('measure_region_year_idx').on(t.regionId, t.budgetYear),
		index('measure_body_idx').on(t.bodyId),
		index('measure_meeting_idx').on(t.sourceMeetingId)
	]
);

/** The organisations that committed to a measure (county, municipalities, NGOs). */
export const measureOwner = sqliteTable(
	'measure_owner',
	{
		measureId: integer('measure_id')
			.notNull()
			.references(() => measure.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisation.id)
	},
	(t) => [
		primaryKey({ columns: [t.measureId, t.organisationId] }),
		index('measure_owner_org_idx').on(t.organisationId)
	]
);

/** The follow-up history: every status change or comment, with who and when. */
export const measureUpdate = sqliteTable(
	'measure_update',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		measureId: integer('measure_id')
			.notNull()
			.references(() => measure.id, { onDelete: 'cascade' }),
		status: text('status', { enum: MEASURE_STATUSES }).notNull(),
		comment: text('comment').notNull().default(''),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('measure_update_measure_idx').on(t.measureId, t.createdAt)]
);

export const indicator = sqliteTable('indicator', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	regionId: integer('region_id')
		.notNull()
		.references(() => region.id),
	name: text('name').notNull(),
	unit: text('unit').notNull().default(''),
	source: text('source').notNull().default(''),
	higherIsBetter: integer('higher_is_better', { mode: 'boolean' }).notNull(),
	createdAt: integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.$defaultFn(() => new Date())
});

export const indicatorValue = sqliteTable(
	'indicator_value',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicator.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisation.id),
		year: integer('year').notNull(),
		value: real('value').notNull()
	},
	(t) => [unique('indicator_value_indicator_org_year').on(t.indicatorId, t.organisationId, t.year)]
);

/** The indicators that show a measure's progress. */
export const measureIndicator = sqliteTable(
	'measure_indicator',
	{
		measureId: integer('measure_id')
			.notNull()
			.references(() => measure.id, { onDelete: 'cascade' }),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicator.id, { onDelete: 'cascade' })
	},
	(t) => [
		primaryKey({ columns: [t.measureId, t.indicatorId] }),
		index('measure_indicator_indicator_idx').on(t.indicatorId)
	]
);

export type Measure = typeof measure.$inferSelect;
export type MeasureUpdateRow = typeof measureUpdate.$inferSelect;
export type Indicator = typeof indicator.$inferSelect;
export type IndicatorValue = typeof indicatorValue.$inferSelect;
