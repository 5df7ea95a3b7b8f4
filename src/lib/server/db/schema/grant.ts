import { index, integer, primaryKey, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';
import {
	ACCEPTANCES,
	APPLICATION_STATUSES,
	CALL_DUTIES,
	GRANT_BASKETS,
	REPORT_KINDS,
	REPORT_STATUSES
} from '../../../domain/grants';
import { APPLICATION_CHANNELS, APPLICATION_FILE_KINDS } from '../../../domain/grant-paper';
import { PAYMENT_TYPES } from '../../../domain/grant-payments';
import { DEFAULT_REPORT_QUESTIONS } from '../../../domain/grant-report-questions';
import { body } from './body';
import { grantPaymentBatch } from './grant-payment';
import { meeting } from './meeting';
import { organisation, region } from './region';
import { user } from './user';

/**
 * A grant basket (avustuskori) of a county: operating grants, partnerships or
 * project grants (src/lib/domain/grants.ts). Amounts are in cents.
 */
export const grantBasket = sqliteTable(
	'grant_basket',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		regionId: integer('region_id')
			.notNull()
			.references(() => region.id),
		kind: text('kind', { enum: GRANT_BASKETS }).notNull(),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		/** A project grant's required self-financing share in percent; 0 when none. */
		selfFinancingPercent: integer('self_financing_percent').notNull().default(0),
		createdAt: integer('created_at', { mode: 'timestamp_ms' })
			.notNull()
			.$defaultFn(() => new Date())
	},
	(t) => [index('grant_basket_region_idx').on(t.regionId)]
);

/** The budget appropriation (määräraha) of a basket for one year. */
export const grantAppropriation = sqliteTable(
	'grant_appropriation',
	{
		basketId: integer('basket_id')
			.notNull()
			.references(() => grantBasket.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		amountCents: integer('amount_cents').notNull()
	},
	(t) => [primaryKey({ columns: [t.basketId, t.year] })]
);

/**
 * An activity class (toimintaluokka) the county funds, e.g. "Mielenterveys- ja
 * päihdetyö", with the municipality's classes beside it so an applicant sees
 * where an activity belongs.
 */
export const grantActivityClass = sqliteTable(
	'grant_activity_class',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		regionId: integer('region_id')
			.notNull()
			.references(() => region.id),
		name: text('name').notNull(),
		/** What the municipalities fund of the same field, as the applicant should read it. */
		municipalityClasses: text('municipality_classes').notNull().default(''),
		position: integer('position').notNull().default(0)
	},
	(t) => [index('grant_activity_class_region_idx').on(t.regionId)]
);

/** A call for applications (haku) of one basket and budget year. */
export const grantCall = sqliteTable(
	'grant_call',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		regionId: integer('region_id')
			.notNull()
			.references(() => region.id),
		basketId: integer('basket_id')
			.notNull()
			.references(() => grantBasket.id),
		budgetYear: integer('budget_year').notNull(),
		title: text('title').notNull(),
		instructions: text('instructions').notNull().default(''),
		/** JSON `Criterion[]` (src/lib/domain/grants.ts). */
		criteria: text('criteria').notNull().default('[]'),
		/** Conditions an applicant must meet, e.g. services described in Lähellä.fi or PTV. */
		conditions: text('conditions').notNull().default(''),
		/** JSON `ApplicationAttachmentKind[]`: what every application must carry. */
		requiredAttachments: text('required_attachments').notNull().default('[]'),
		/** JSON `InstalmentPlan[]`: when a grant of this call is paid, in what shares. */
		paymentSchedule: text('payment_schedule').notNull().default('[]'),
		/** ISO date by which each recipient reports on the use of the money. */
		reportDueOn: text('report_due_on'),
		/** JSON `ReportQuestion[]` (src/lib/domain/grant-report-questions.ts): what its reports ask. */
		reportQuestions: text('report_questions')
			.notNull()
			.default(JSON.stringify(DEFAULT_REPORT_QUESTIONS)),
		/** When an instalment becomes payable: on acceptance, on its date or on request. */
		paymentType: text('payment_type', { enum: PAYMENT_TYPES }).notNull().default('scheduled'),
		/** Where the finance system books the payments (kustannuspaikka, tili). */
		costCentre: text('cost_centre').notNull().default(''),
		account: text('account').notNull().default(''),
		opensAt: integer('opens_at', { mode: 'timestamp_ms' }).notNull(),
		closesAt: integer('closes_at', { mode: 'timestamp_ms' }).notNull(),
		decidingBodyId: integer('deciding_body_id')
			.notNull()
			.references(() => body.id),
		/** Null while the call is a draft only its handlers see. */
		publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
		/** The meeting and agenda item that decide the call, once the proposal is on an agenda. */
		decisionMeetingId: integer('decision_meeting_id').references(() => meeting.id),
		decisionItemKey: text('decision_item_key'),
		/** When the minutes that decide it were approved. */
		decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' })
			.notNull()
			.$defaultFn(() => new Date())
	},
	(t) => [
		index('grant_call_region_year_idx').on(t.regionId, t.budgetYear),
		index('grant_call_meeting_idx').on(t.decisionMeetingId)
	]
);

/** The activity classes a call funds. */
export const grantCallClass = sqliteTable(
	'grant_call_class',
	{
		callId: integer('call_id')
			.notNull()
			.references(() => grantCall.id, { onDelete: 'cascade' }),
		classId: integer('class_id')
			.notNull()
			.references(() => grantActivityClass.id)
	},
	(t) => [primaryKey({ columns: [t.callId, t.classId] })]
);

/** Named handlers and assessors of a call (the region's coordinators handle every call). */
export const grantCallStaff = sqliteTable(
	'grant_call_staff',
	{
		callId: integer('call_id')
			.notNull()
			.references(() => grantCall.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id),
		duty: text('duty', { enum: CALL_DUTIES }).notNull()
	},
	(t) => [primaryKey({ columns: [t.callId, t.userId, t.duty] })]
);

/** An NGO's application to a call, from its draft to its outcome. */
export const grantApplication = sqliteTable(
	'grant_application',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		callId: integer('call_id')
			.notNull()
			.references(() => grantCall.id),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisation.id),
		/** The activity applied for, in a line. */
		title: text('title').notNull().default(''),
		activity: text('activity').notNull().default(''),
		activityClassId: integer('activity_class_id').references(() => grantActivityClass.id),
		targetGroups: text('target_groups').notNull().default(''),
		/** JSON `number[]`: the municipalities (organisation ids) where the activity takes place. */
		municipalityIds: text('municipality_ids').notNull().default('[]'),
		amountRequestedCents: integer('amount_requested_cents'),
		/** JSON `Budget`. */
		budget: text('budget').notNull().default('{"costs":[],"income":[],"ownFundingCents":0}'),
		declarationAccepted: integer('declaration_accepted', { mode: 'boolean' })
			.notNull()
			.default(false),
		status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('draft'),
		submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
		submittedBy: integer('submitted_by').references(() => user.id),
		/** When the handler checked eligibility (null: not yet); an ineligible one's status says so. */
		eligibilityCheckedAt: integer('eligibility_checked_at', { mode: 'timestamp_ms' }),
		/** The handler's eligibility check: why an application is ineligible. */
		eligibilityNote: text('eligibility_note').notNull().default(''),
		/** The handler's proposal, in cents (0 proposes a rejection), with its reasons. */
		proposedCents: integer('proposed_cents'),
		proposalReason: text('proposal_reason').notNull().default(''),
		/**
		 * The amount the deciding body decided in its meeting, recorded while the
		 * minutes are written; it becomes the grant when they are approved.
		 */
		decidedCents: integer('decided_cents'),
		/** What the deciding body granted, set when its minutes are approved. */
		amountGrantedCents: integer('amount_granted_cents'),
		decisionReason: text('decision_reason').notNull().default(''),
		decisionMeetingId: integer('decision_meeting_id').references(() => meeting.id),
		decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
		/** Whether the recipient has accepted the grant; a refusal gives its reason. */
		acceptance: text('acceptance', { enum: ACCEPTANCES }).notNull().default('pending'),
		acceptanceAt: integer('acceptance_at', { mode: 'timestamp_ms' }),
		acceptanceBy: integer('acceptance_by').references(() => user.id),
		refusalReason: text('refusal_reason').notNull().default(''),
		/** Sent in the app, or on paper and entered by a handler (`enteredBy`) with its scan. */
		channel: text('channel', { enum: APPLICATION_CHANNELS }).notNull().default('online'),
		/** The ISO date a paper application arrived: what counts against the deadline. */
		receivedOn: text('received_on'),
		enteredBy: integer('entered_by').references(() => user.id),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		index('grant_application_call_idx').on(t.callId, t.status),
		index('grant_application_org_idx').on(t.organisationId)
	]
);

/** A file an application carries (statutes, financial statements, …), stored like meeting attachments. */
export const grantApplicationFile = sqliteTable(
	'grant_application_file',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		applicationId: integer('application_id')
			.notNull()
			.references(() => grantApplication.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: APPLICATION_FILE_KINDS }).notNull(),
		filename: text('filename').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		sha256: text('sha256').notNull(),
		uploadedBy: integer('uploaded_by')
			.notNull()
			.references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('grant_application_file_app_idx').on(t.applicationId)]
);

/** A message between the applicant and the handlers about one application. */
export const grantMessage = sqliteTable(
	'grant_message',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		applicationId: integer('application_id')
			.notNull()
			.references(() => grantApplication.id, { onDelete: 'cascade' }),
		authorId: integer('author_id')
			.notNull()
			.references(() => user.id),
		text: text('text').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('grant_message_app_idx').on(t.applicationId)]
);

/**
 * One assessor's view of one application: the scores by criterion, or a
 * declared conflict of interest (esteellisyys), after which the assessor
 * cannot score that application.
 */
export const grantAssessment = sqliteTable(
	'grant_assessment',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		applicationId: integer('application_id')
			.notNull()
			.references(() => grantApplication.id, { onDelete: 'cascade' }),
		assessorId: integer('assessor_id')
			.notNull()
			.references(() => user.id),
		/** JSON `number[]`, one score per criterion of the call. */
		scores: text('scores').notNull().default('[]'),
		comment: text('comment').notNull().default(''),
		conflictDeclared: integer('conflict_declared', { mode: 'boolean' }).notNull().default(false),
		/** A ground of src/lib/domain/disqualification.ts ('' until declared), with its free text. */
		conflictGround: text('conflict_ground').notNull().default(''),
		conflictSpecification: text('conflict_specification').notNull().default(''),
		/** An assessor tied to the applicant confirmed they are not disqualified (logged in the audit too). */
		independenceConfirmedAt: integer('independence_confirmed_at', { mode: 'timestamp_ms' }),
		completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [unique('grant_assessment_app_assessor').on(t.applicationId, t.assessorId)]
);

/** A planned payment of a granted application: its date and amount, and when it was paid. */
export const grantInstalment = sqliteTable(
	'grant_instalment',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		applicationId: integer('application_id')
			.notNull()
			.references(() => grantApplication.id, { onDelete: 'cascade' }),
		dueOn: text('due_on').notNull(),
		amountCents: integer('amount_cents').notNull(),
		paidAt: integer('paid_at', { mode: 'timestamp_ms' }),
		paidBy: integer('paid_by').references(() => user.id),
		/** The recipient's request for it, on a call paid on request. */
		requestedAt: integer('requested_at', { mode: 'timestamp_ms' }),
		requestedBy: integer('requested_by').references(() => user.id),
		/** The payment batch it goes out in. */
		batchId: integer('batch_id').references(() => grantPaymentBatch.id)
	},
	(t) => [
		index('grant_instalment_app_idx').on(t.applicationId),
		index('grant_instalment_batch_idx').on(t.batchId),
		index('grant_instalment_due_idx').on(t.dueOn)
	]
);

/** A report on the use of a grant: due by a date, reminded of, accepted or sent back. */
export const grantReport = sqliteTable(
	'grant_report',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		applicationId: integer('application_id')
			.notNull()
			.references(() => grantApplication.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: REPORT_KINDS }).notNull(),
		dueOn: text('due_on').notNull(),
		status: text('status', { enum: REPORT_STATUSES }).notNull().default('due'),
		/** What was done with the money, in the recipient's words: reports sent before the call asked its own questions. */
		text: text('text').notNull().default(''),
		/** JSON `ReportAnswer[]`: the answers to the call's questions, each with its question as asked. */
		answers: text('answers').notNull().default('[]'),
		usedCents: integer('used_cents'),
		submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
		submittedBy: integer('submitted_by').references(() => user.id),
		/** The handler's acceptance, or the request for more. */
		handledBy: integer('handled_by').references(() => user.id),
		handledAt: integer('handled_at', { mode: 'timestamp_ms' }),
		handlerNote: text('handler_note').notNull().default(''),
		remindedAt: integer('reminded_at', { mode: 'timestamp_ms' }),
		/** How many times the report has been submitted: its checks belong to the latest round. */
		round: integer('round').notNull().default(0),
		/** JSON `CloserCheckReason[]`, drawn at the first submission: empty when not picked. */
		closerCheck: text('closer_check').notNull().default('[]')
	},
	(t) => [
		index('grant_report_app_idx').on(t.applicationId),
		index('grant_report_due_idx').on(t.status, t.dueOn)
	]
);

export type GrantBasketRow = typeof grantBasket.$inferSelect;
export type GrantCallRow = typeof grantCall.$inferSelect;
export type GrantApplicationRow = typeof grantApplication.$inferSelect;
export type GrantAssessmentRow = typeof grantAssessment.$inferSelect;
export type GrantInstalmentRow = typeof grantInstalment.$inferSelect;
export type GrantReportRow = typeof grantReport.$inferSelect;
