import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
	CHANGE_KINDS,
	CHANGE_STATUSES,
	CLAIM_KINDS,
	CLAIM_STATUSES
} from '../../../domain/grant-changes';
import { grantApplication } from './grant';
import { user } from './user';

/**
 * A recipient's application to change a decided grant, and the handler's
 * short decision on it. An extension names the end it asks for; the handler
 * may accept another (`decidedEndOn`). `previousEndOn` keeps the end the
 * decision moved, for the letter.
 */
export const grantChangeRequest = sqliteTable(
	'grant_change_request',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		applicationId: integer('application_id')
			.notNull()
			.references(() => grantApplication.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: CHANGE_KINDS }).notNull(),
		/** What is to change, in the recipient's words (the new budget or purpose). */
		description: text('description').notNull().default(''),
		reasons: text('reasons').notNull(),
		/** ISO date: the end of the period of use an extension asks for. */
		requestedEndOn: text('requested_end_on'),
		status: text('status', { enum: CHANGE_STATUSES }).notNull().default('pending'),
		submittedBy: integer('submitted_by')
			.notNull()
			.references(() => user.id),
		submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
		decisionReasons: text('decision_reasons').notNull().default(''),
		/** ISO date: the end an accepted extension set, as asked or as the handler changed it. */
		decidedEndOn: text('decided_end_on'),
		previousEndOn: text('previous_end_on'),
		decidedBy: integer('decided_by').references(() => user.id),
		decidedAt: integer('decided_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('grant_change_request_app_idx').on(t.applicationId, t.status)]
);

/** A claim to return unused money or to recover misused money, made by the handler. */
export const grantClaim = sqliteTable(
	'grant_claim',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		applicationId: integer('application_id')
			.notNull()
			.references(() => grantApplication.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: CLAIM_KINDS }).notNull(),
		amountCents: integer('amount_cents').notNull(),
		dueOn: text('due_on').notNull(),
		reason: text('reason').notNull(),
		status: text('status', { enum: CLAIM_STATUSES }).notNull().default('open'),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		/** Who marked it paid or cancelled it, and when. */
		settledBy: integer('settled_by').references(() => user.id),
		settledAt: integer('settled_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('grant_claim_app_idx').on(t.applicationId)]
);

export type GrantChangeRequestRow = typeof grantChangeRequest.$inferSelect;
export type GrantClaimRow = typeof grantClaim.$inferSelect;
