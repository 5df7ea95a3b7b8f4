/**
 * A decided grant: its page (the decision, the payment schedule, the reports)
 * and the handler marking an instalment paid. The recipient's answer and the
 * reports' submission and checks are in `followup.ts`.
 */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { decidedOutcome } from '../../domain/grant-minutes';
import { earlierAnswer, questionsFor } from '../../domain/grant-report-questions';
import { isGranted, reportOverdue } from '../../domain/grants';
import { can, type Actor, type GrantCallTarget } from '../../domain/policy';
import { assertCan } from '../access';
import { recordAudit } from '../audit/log';
import type { Queryable } from '../db/client';
import {
	grantApplication,
	grantCall,
	grantInstalment,
	grantReport,
	organisation,
	type GrantCallRow
} from '../db/schema';
import { conflict, notFound } from '../errors';
import { representativesOf } from '../organisations/representatives';
import { grantPayments } from './payments';
import {
	applicationTarget,
	authorizeApplication,
	callStaff,
	callTarget,
	type ApplicationAccess
} from './readable';
import { reportAnswersOf, reportQuestionsOf } from './report-questions';

/** A decided application the actor may read: not found before the decision, as for anyone who may not read it. */
export function authorizeGrant(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	now: Date
): ApplicationAccess {
	const access = authorizeApplication(db, actor, applicationId, 'grantApplication.read', now);
	if (access.application.decidedAt === null) throw notFound();
	return access;
}

/** The same, for the call's handlers only (forbidden for the applicant). */
export function authorizeGrantHandling(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	now: Date
) {
	const access = authorizeGrant(db, actor, applicationId, now);
	assertCan(actor, 'grantCall.handle', access.target);
	return access;
}

/** The same, for the recipient's own people only (forbidden for the handlers). */
export function authorizeReporting(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	now: Date
): ApplicationAccess {
	const access = authorizeGrant(db, actor, applicationId, now);
	assertCan(actor, 'grantReport.submit', access.applicationTarget);
	return access;
}

export function organisationName(db: Queryable, id: number): string {
	return db
		.select({ name: organisation.name })
		.from(organisation)
		.where(eq(organisation.id, id))
		.get()!.name;
}

export function grantPage(db: Queryable, actor: Actor, applicationId: number, now = new Date()) {
	const { call, target, application, applicationTarget } = authorizeGrant(
		db,
		actor,
		applicationId,
		now
	);
	const handles = can(actor, 'grantCall.handle', target);
	const reports = can(actor, 'grantReport.submit', applicationTarget);
	const requests = can(actor, 'grantPayment.request', applicationTarget);
	const questions = reportQuestionsOf(call);
	return {
		application: {
			id: application.id,
			title: application.title,
			organisation: organisationName(db, application.organisationId),
			outcome: decidedOutcome(application.status),
			amountRequestedCents: application.amountRequestedCents ?? 0,
			amountGrantedCents: application.amountGrantedCents ?? 0,
			decisionReason: application.decisionReason,
			decidedAt: application.decidedAt!
		},
		call: { id: call.id, title: call.title, budgetYear: call.budgetYear },
		letterHref: `/grants/applications/${application.id}/decision.pdf`,
		granted: isGranted(application.status),
		instalments: grantPayments(db, call.regionId, applicationId, now).map((i) => ({
			id: i.id,
			dueOn: i.dueOn,
			amountCents: i.amountCents,
			paidAt: i.paidAt,
			status: i.status,
			batchId: i.batchId,
			requestedAt: i.requestedAt,
			// One outside a batch may still be marked paid alone; a batch pays its own.
			canMarkPaid: handles && i.paidAt === null && i.batchId === null,
			canRequest: requests && i.mayRequest
		})),
		reports: db
			.select()
			.from(grantReport)
			.where(eq(grantReport.applicationId, applicationId))
			.orderBy(asc(grantReport.dueOn))
			.all()
			.map((r) => {
				const canSubmit = reports && (r.status === 'due' || r.status === 'returned');
				const answers = reportAnswersOf(r);
				return {
					id: r.id,
					kind: r.kind,
					dueOn: r.dueOn,
					status: r.status,
					overdue: reportOverdue(r, now),
					/** A report sent before the call asked its own questions. */
					text: r.text,
					answers,
					usedCents: r.usedCents,
					submittedAt: r.submittedAt,
					handlerNote: r.handlerNote,
					canSubmit,
					/** The questions the form asks, each with the answer given in an earlier round. */
					questions: canSubmit
						? questionsFor(questions, r.kind).map((question) => ({
								...question,
								earlier: earlierAnswer(answers, question)
							}))
						: []
				};
			})
	};
}

export function markInstalmentPaid(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	instalmentId: number,
	now = new Date()
): void {
	const { call } = authorizeGrantHandling(db, actor, applicationId, now);
	const instalment = db
		.select()
		.from(grantInstalment)
		.where(
			and(eq(grantInstalment.id, instalmentId), eq(grantInstalment.applicationId, applicationId))
		)
		.get();
	if (!instalment) throw notFound();
	if (instalment.paidAt !== null) throw conflict('grantPayments.alreadyPaid');
	if (instalment.batchId !== null) throw conflict('grantPayments.inBatchAlready');
	db.transaction((tx) => {
		tx.update(grantInstalment)
			.set({ paidAt: now, paidBy: actor.userId })
			.where(eq(grantInstalment.id, instalmentId))
			.run();
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: 'grant.instalmentPaid',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: `${instalment.dueOn}: ${instalment.amountCents / 100} €`
			},
			now
		);
	});
}

export interface InstalmentView {
	id: number;
	applicationId: number;
	organisation: string;
	callTitle: string;
	dueOn: string;
	amountCents: number;
	paidAt: Date | null;
}

/**
 * The instalments of decided grants that the actor may read the applications
 * of (the recipient's people and the calls' handlers), of one organisation or
 * of the region in one year, by date: for the organisation's page and the calendar.
 */
export function readableInstalments(
	db: Queryable,
	actor: Actor,
	filter: { regionId: number; organisationId?: number; year?: number },
	now = new Date()
): InstalmentView[] {
	const rows = db
		.select({
			instalment: grantInstalment,
			application: grantApplication,
			call: grantCall,
			organisation: organisation.name
		})
		.from(grantInstalment)
		.innerJoin(grantApplication, eq(grantInstalment.applicationId, grantApplication.id))
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.innerJoin(organisation, eq(grantApplication.organisationId, organisation.id))
		.where(
			and(
				eq(grantCall.regionId, filter.regionId),
				filter.organisationId === undefined
					? undefined
					: eq(grantApplication.organisationId, filter.organisationId),
				filter.year === undefined
					? undefined
					: and(
							gte(grantInstalment.dueOn, `${filter.year}-01-01`),
							lte(grantInstalment.dueOn, `${filter.year}-12-31`)
						)
			)
		)
		.orderBy(asc(grantInstalment.dueOn), asc(organisation.name))
		.all();
	const targets = new Map<number, GrantCallTarget>();
	const targetOf = (call: GrantCallRow) => {
		let target = targets.get(call.id);
		if (!target) {
			target = callTarget(call, callStaff(db, call.id), now);
			targets.set(call.id, target);
		}
		return target;
	};
	return (
		rows
			// Conflicts of interest and requests for completion bear on acting, not reading: not needed here.
			.filter((r) =>
				can(
					actor,
					'grantApplication.read',
					applicationTarget(
						targetOf(r.call),
						r.application,
						[],
						representativesOf(db, r.application.organisationId),
						[]
					)
				)
			)
			.map((r) => ({
				id: r.instalment.id,
				applicationId: r.application.id,
				organisation: r.organisation,
				callTitle: r.call.title,
				dueOn: r.instalment.dueOn,
				amountCents: r.instalment.amountCents,
				paidAt: r.instalment.paidAt
			}))
	);
}
