/**
 * A decided grant: its page (the decision, the payment schedule, the reports),
 * the handler marking an instalment paid, the recipient's report and the
 * handler's acceptance or request for more.
 */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { decidedOutcome } from '../../domain/grant-minutes';
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
import { conflict, invalid, notFound } from '../errors';
import { notify } from '../notifications/service';
import { applicantUserIds } from './people';
import {
	applicationTarget,
	authorizeApplication,
	callStaff,
	callTarget,
	type ApplicationAccess
} from './readable';

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

function organisationName(db: Queryable, id: number): string {
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
		instalments: db
			.select()
			.from(grantInstalment)
			.where(eq(grantInstalment.applicationId, applicationId))
			.orderBy(asc(grantInstalment.dueOn))
			.all()
			.map((i) => ({
				id: i.id,
				dueOn: i.dueOn,
				amountCents: i.amountCents,
				paidAt: i.paidAt,
				canMarkPaid: handles && i.paidAt === null
			})),
		reports: db
			.select()
			.from(grantReport)
			.where(eq(grantReport.applicationId, applicationId))
			.orderBy(asc(grantReport.dueOn))
			.all()
			.map((r) => ({
				id: r.id,
				kind: r.kind,
				dueOn: r.dueOn,
				status: r.status,
				overdue: reportOverdue(r, now),
				text: r.text,
				usedCents: r.usedCents,
				submittedAt: r.submittedAt,
				handlerNote: r.handlerNote,
				canSubmit: reports && (r.status === 'due' || r.status === 'returned'),
				canHandle: handles && r.status === 'submitted'
			}))
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

function reportOf(db: Queryable, applicationId: number, reportId: number) {
	const report = db
		.select()
		.from(grantReport)
		.where(and(eq(grantReport.id, reportId), eq(grantReport.applicationId, applicationId)))
		.get();
	if (!report) throw notFound();
	return report;
}

/** The recipient's report on the use of the money; a report sent back may be given again. */
export function submitReport(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	reportId: number,
	input: { text: string; usedCents: number },
	now = new Date()
): void {
	authorizeReporting(db, actor, applicationId, now);
	const report = reportOf(db, applicationId, reportId);
	if (report.status !== 'due' && report.status !== 'returned')
		throw conflict('grantReports.alreadySubmitted');
	db.update(grantReport)
		.set({
			status: 'submitted',
			text: input.text,
			usedCents: input.usedCents,
			submittedAt: now,
			submittedBy: actor.userId
		})
		.where(eq(grantReport.id, reportId))
		.run();
}

/**
 * The handler accepts a submitted report, or sends it back with what is
 * missing: the recipient's people are told, and it is expected again.
 */
export function handleReport(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	reportId: number,
	input: { accept: boolean; note: string },
	now = new Date()
): void {
	const { call, application } = authorizeGrantHandling(db, actor, applicationId, now);
	const report = reportOf(db, applicationId, reportId);
	if (report.status !== 'submitted') throw conflict('grantReports.notSubmitted');
	if (!input.accept && input.note.trim() === '')
		throw invalid('grantReports.requestRequired', { note: 'grantReports.requestRequired' });
	db.transaction((tx) => {
		tx.update(grantReport)
			.set({
				status: input.accept ? 'accepted' : 'returned',
				handledBy: actor.userId,
				handledAt: now,
				handlerNote: input.note,
				// A report sent back is reminded of afresh.
				remindedAt: input.accept ? report.remindedAt : null
			})
			.where(eq(grantReport.id, reportId))
			.run();
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: input.accept ? 'grant.reportAccepted' : 'grant.reportReturned',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: `${call.title} (${report.kind})${input.note ? `: ${input.note}` : ''}`
			},
			now
		);
		if (!input.accept)
			notify(
				tx,
				{
					userIds: applicantUserIds(tx, application.organisationId),
					kind: 'grant_report_due',
					params: {
						title: call.title,
						organisation: organisationName(tx, application.organisationId),
						dueOn: report.dueOn
					},
					link: `/grants/applications/${applicationId}/grant`
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
					applicationTarget(targetOf(r.call), r.application, [], [])
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
