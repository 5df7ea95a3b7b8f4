/** What each grants page shows (settings, a call, its form), with what its reader may do there. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import * as v from 'valibot';
import {
	APPLICATION_ATTACHMENT_KINDS,
	APPLICATION_STATUSES,
	inAssessment,
	paymentScheduleSchema,
	type InstalmentPlan
} from '../../domain/grants';
import { can, type Actor } from '../../domain/policy';
import { helsinkiYear, isoDate, isoTime } from '../../domain/time';
import {
	CRITERION_ROWS,
	INSTALMENT_ROWS,
	QUESTION_ROWS,
	questionRows
} from '../../schemas/grant-calls';
import { DEFAULT_REPORT_QUESTIONS, type ReportQuestion } from '../../domain/grant-report-questions';
import { reportQuestionsOf } from './report-questions';
import type { Queryable } from '../db/client';
import {
	body,
	grantActivityClass,
	grantApplication,
	grantAssessment,
	grantBasket,
	grantCallClass,
	organisation,
	type GrantCallRow
} from '../db/schema';
import { parseStored } from '../db/stored';
import { listActivityClasses } from './activity-classes';
import { appropriationOf, authorizeGrantSettings, listBaskets } from './baskets';
import { authorizeNewCall, callStaffChoices } from './calls';
import { copyChoices } from './copied-applications';
import { documentSettings, pinnedDocuments } from './documents';
import { secondApprovalLimit } from './payments';
import { applyTarget, authorizeCall, callStaff, criteriaOf } from './readable';

const attachmentsSchema = v.array(v.picklist(APPLICATION_ATTACHMENT_KINDS));

function attachmentsOf(call: GrantCallRow) {
	return parseStored(
		attachmentsSchema,
		call.requiredAttachments,
		`grant_call ${call.id} attachments`
	);
}

function scheduleOf(call: GrantCallRow): InstalmentPlan[] {
	return parseStored(paymentScheduleSchema, call.paymentSchedule, `grant_call ${call.id} schedule`);
}

/** Baskets with their appropriations by year, and the activity classes. */
export function settingsPage(db: Queryable, actor: Actor, now = new Date()) {
	authorizeGrantSettings(actor);
	return {
		baskets: listBaskets(db, actor.regionId),
		classes: listActivityClasses(db, actor.regionId),
		documents: documentSettings(db, actor.regionId, now),
		/** Next year's budget is what the autumn's work is for. */
		nextYear: helsinkiYear(now) + 1,
		secondApprovalAboveCents: secondApprovalLimit(db, actor.regionId)
	};
}

/** What the call form chooses from: the region's baskets, classes, bodies and people. */
function callChoices(db: Queryable, regionId: number) {
	return {
		baskets: listBaskets(db, regionId).map(({ id, name, kind }) => ({ id, name, kind })),
		classes: listActivityClasses(db, regionId).map(({ id, name, municipalityClasses }) => ({
			id,
			name,
			municipalityClasses
		})),
		bodies: db
			.select({ id: body.id, name: body.name })
			.from(body)
			.where(eq(body.regionId, regionId))
			.orderBy(asc(body.name))
			.all(),
		people: callStaffChoices(db, regionId),
		criterionRows: CRITERION_ROWS,
		instalmentRows: INSTALMENT_ROWS,
		questionRows: QUESTION_ROWS
	};
}

/** A new call: opening today, closing in a month at 16.00, for next year's budget. */
export function newCallPage(db: Queryable, actor: Actor, now = new Date()) {
	authorizeNewCall(actor);
	const closes = new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000);
	return {
		choices: callChoices(db, actor.regionId),
		values: {
			budgetYear: String(helsinkiYear(now) + 1),
			opensDate: isoDate(now),
			opensTime: '08:00',
			closesDate: isoDate(closes),
			closesTime: '16:00',
			paymentType: 'scheduled',
			...questionValues(DEFAULT_REPORT_QUESTIONS)
		} as Record<string, string>
	};
}

/** Report questions as the form's rows send them; a required one's box is ticked. */
function questionValues(questions: readonly ReportQuestion[]): Record<string, string> {
	const values: Record<string, string> = {};
	for (const q of questionRows(questions)) {
		values[`questionText${q.row}`] = q.text;
		values[`questionKind${q.row}`] = q.kind;
		values[`questionAsked${q.row}`] = q.asked;
		if (q.required) values[`questionRequired${q.row}`] = 'on';
	}
	return values;
}

/** The form's values for a saved call, as the form would send them. */
function callValues(db: Queryable, call: GrantCallRow): Record<string, string> {
	const staff = callStaff(db, call.id);
	const classIds = db
		.select({ classId: grantCallClass.classId })
		.from(grantCallClass)
		.where(eq(grantCallClass.callId, call.id))
		.all()
		.map((r) => r.classId);
	const rows: Record<string, string> = {};
	criteriaOf(call).forEach((c, i) => {
		rows[`criterionName${i + 1}`] = c.name;
		rows[`criterionWeight${i + 1}`] = String(c.weight);
	});
	scheduleOf(call).forEach((p, i) => {
		rows[`instalmentDate${i + 1}`] = p.dueOn;
		rows[`instalmentPercent${i + 1}`] = String(p.percent);
	});
	return {
		basket: String(call.basketId),
		budgetYear: String(call.budgetYear),
		title: call.title,
		instructions: call.instructions,
		conditions: call.conditions,
		classIds: classIds.join(','),
		requiredAttachments: attachmentsOf(call).join(','),
		reportDueOn: call.reportDueOn ?? '',
		paymentType: call.paymentType,
		costCentre: call.costCentre,
		account: call.account,
		opensDate: isoDate(call.opensAt),
		opensTime: isoTime(call.opensAt),
		closesDate: isoDate(call.closesAt),
		closesTime: isoTime(call.closesAt),
		decidingBody: String(call.decidingBodyId),
		handlerIds: staff.handlerIds.join(','),
		assessorIds: staff.assessorIds.join(','),
		...rows,
		...questionValues(reportQuestionsOf(call))
	};
}

/** A call for its handlers to edit: the whole form while it is a draft, its closing time once published. */
export function editCallPage(db: Queryable, actor: Actor, callId: number, now = new Date()) {
	const { call, target } = authorizeCall(db, actor, callId, 'grantCall.handle', now);
	return {
		call: {
			id: call.id,
			title: call.title,
			published: call.publishedAt !== null,
			status: target.status,
			opensAt: call.opensAt,
			closesAt: call.closesAt
		},
		choices: callChoices(db, call.regionId),
		values: callValues(db, call)
	};
}

/** A call as applicants read it, with the first payment date and whether the reader may apply or handle it. */
export function callPage(db: Queryable, actor: Actor, callId: number, now = new Date()) {
	const { call, target } = authorizeCall(db, actor, callId, 'grantCall.read', now);
	const basket = db.select().from(grantBasket).where(eq(grantBasket.id, call.basketId)).get()!;
	const classIds = db
		.select({ classId: grantCallClass.classId })
		.from(grantCallClass)
		.where(eq(grantCallClass.callId, call.id))
		.all()
		.map((r) => r.classId);
	const classes = classIds.length
		? db
				.select({
					id: grantActivityClass.id,
					name: grantActivityClass.name,
					municipalityClasses: grantActivityClass.municipalityClasses
				})
				.from(grantActivityClass)
				.where(inArray(grantActivityClass.id, classIds))
				.orderBy(asc(grantActivityClass.position), asc(grantActivityClass.id))
				.all()
		: [];
	const schedule = scheduleOf(call);
	const canApply = can(actor, 'grantCall.apply', applyTarget(db, actor, target));
	return {
		call: {
			id: call.id,
			title: call.title,
			budgetYear: call.budgetYear,
			instructions: call.instructions,
			conditions: call.conditions,
			criteria: criteriaOf(call),
			requiredAttachments: attachmentsOf(call),
			schedule,
			firstPaymentOn: schedule[0]?.dueOn ?? null,
			reportDueOn: call.reportDueOn,
			opensAt: call.opensAt,
			closesAt: call.closesAt,
			published: call.publishedAt !== null,
			status: target.status,
			decidingBody: db
				.select({ name: body.name })
				.from(body)
				.where(eq(body.id, call.decidingBodyId))
				.get()!.name
		},
		basket: {
			kind: basket.kind,
			name: basket.name,
			description: basket.description,
			selfFinancingPercent: basket.selfFinancingPercent
		},
		appropriationCents: appropriationOf(db, basket.id, call.budgetYear),
		classes,
		/** The terms and instructions the call was published under, each a link. */
		documents: Object.values(pinnedDocuments(db, call.id)).map(
			({ id, kind, version, validFrom }) => ({ id, kind, version, validFrom })
		),
		canApply,
		/** The NGO's earlier applications to start this one from, while it has none here yet. */
		copyChoices: canApply ? copyChoices(db, actor, call) : [],
		canHandle: can(actor, 'grantCall.handle', target),
		toAssess: target.assessorIds.includes(actor.userId) ? assessorQueue(db, call.id, actor) : []
	};
}

export type OwnAssessment = 'todo' | 'draft' | 'done' | 'conflict';

/** A named assessor's applications of the call: those in assessment, each with where their own assessment stands. */
function assessorQueue(db: Queryable, callId: number, actor: Actor) {
	return db
		.select({
			id: grantApplication.id,
			title: grantApplication.title,
			organisation: organisation.name,
			completedAt: grantAssessment.completedAt,
			conflictDeclared: grantAssessment.conflictDeclared,
			assessmentId: grantAssessment.id
		})
		.from(grantApplication)
		.innerJoin(organisation, eq(grantApplication.organisationId, organisation.id))
		.leftJoin(
			grantAssessment,
			and(
				eq(grantAssessment.applicationId, grantApplication.id),
				eq(grantAssessment.assessorId, actor.userId)
			)
		)
		.where(
			and(
				eq(grantApplication.callId, callId),
				inArray(grantApplication.status, APPLICATION_STATUSES.filter(inAssessment))
			)
		)
		.orderBy(asc(organisation.name), asc(grantApplication.id))
		.all()
		.map((r) => ({
			id: r.id,
			title: r.title,
			organisation: r.organisation,
			own: (r.conflictDeclared
				? 'conflict'
				: r.completedAt
					? 'done'
					: r.assessmentId !== null
						? 'draft'
						: 'todo') as OwnAssessment
		}));
}
