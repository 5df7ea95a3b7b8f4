import { index, integer, primaryKey, sqliteTable } from 'drizzle-orm/sqlite-core';
import { region } from './region';
import { user } from './user';

/**
 * A payment batch (maksuerä): instalments gathered by a handler, checked by
 * one person and approved by another (two others above the region's limit),
 * exported to the county's finance system and marked paid.
 */
export const grantPaymentBatch = sqliteTable(
	'grant_payment_batch',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		regionId: integer('region_id')
			.notNull()
			.references(() => region.id),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		/** 2 when the batch was above the region's limit when it was checked. */
		approvalsNeeded: integer('approvals_needed').notNull().default(1),
		checkedBy: integer('checked_by').references(() => user.id),
		checkedAt: integer('checked_at', { mode: 'timestamp_ms' }),
		exportedBy: integer('exported_by').references(() => user.id),
		exportedAt: integer('exported_at', { mode: 'timestamp_ms' }),
		paidBy: integer('paid_by').references(() => user.id),
		paidAt: integer('paid_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('grant_payment_batch_region_idx').on(t.regionId)]
);

/** One approval of a batch: never by its checker, never twice by the same person. */
export const grantPaymentApproval = sqliteTable(
	'grant_payment_approval',
	{
		batchId: integer('batch_id')
			.notNull()
			.references(() => grantPaymentBatch.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id),
		approvedAt: integer('approved_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.batchId, t.userId] })]
);

/** A region's payment settings: the amount above which a batch needs a second approver. */
export const grantPaymentSetting = sqliteTable('grant_payment_setting', {
	regionId: integer('region_id')
		.primaryKey()
		.references(() => region.id),
	/** Null: one approval is enough for any batch. */
	secondApprovalAboveCents: integer('second_approval_above_cents')
});

export type GrantPaymentBatchRow = typeof grantPaymentBatch.$inferSelect;
