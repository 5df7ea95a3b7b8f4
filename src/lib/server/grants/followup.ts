/**
 * After the grant decision: the recipient accepts or refuses the grant, sends
 * its reports, and the handlers check each report in two parts (content and
 * finance) by different people, with a closer check for a share of reports
 * picked at random and by risk. Returned reports come back with a request and
 * a deadline, and go round again.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import {
	awaitsAcceptance,
	checklistOf,
	closerCheckReasons,
	closerCheckSummary,
	CHECK_PARTS,
	partCheckRefusal,
	statusAfterChecks,
	uncheckedItems,
	type CheckOutcome,
	type CheckPart,
	type ChecklistItem,
	type CloserCheckReason
} from '../../domain/grant-followup';
import { checkAnswers, questionsFor } from '../../domain/grant-report-questions';
import { can, type Actor } from '../../domain/policy';
import { isoDate } from '../../domain/time';
import * as v from 'valibot';
import { assertCan } from '../access';
import { recordAudit, type AuditAction } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import {
	grantApplication,
	grantInstalment,
	grantReport,
	grantReportCheck,
	user,
	type GrantReportRow
} from '../db/schema';
import { conflict, invalid, notFound } from '../errors';
import { notify } from '../notifications/service';
import { parseStored } from '../db/stored';
import {
	authorizeGrant,
	authorizeGrantHandling,
	authorizeReporting,
	organisationName
} from './grant';
import { applicantUserIds, handlerUserIds } from './people';
import { callStaff, type ApplicationAccess } from './readable';
import { reportQuestionsOf } from './report-questions';

const reasonsSchema = v.array(v.picklist(['random', 'largeGrant', 'earlierProblems'] as const));
const itemsSchema = v.array(v.string());

function closerCheckOf(report: GrantReportRow): CloserCheckReason[] {
	return parseStored(reasonsSchema, report.closerCheck, `grant_report ${report.id} closer_check`);
}

function reportOf(db: Queryable, applicationId: number, reportId: number): GrantReportRow {
	const report = db
		.select()
		.from(grantReport)
		.where(and(eq(grantReport.id, reportId), eq(grantReport.applicationId, applicationId)))
		.get();
	if (!report) throw notFound();
	return report;
}

function tellHandlers(
	db: Queryable,
	access: ApplicationAccess,
	kind: 'grant_acceptance' | 'grant_report_submitted',
	params: Record<string, string>,
	now: Date
): void {
	const { call, application } = access;
	notify(
		db,
		{
			userIds: handlerUserIds(db, call, callStaff(db, call.id)),
			kind,
			params: {
				title: application.title || call.title,
				organisation: organisationName(db, application.organisationId),
				...params
			},
			link: `/grants/applications/${application.id}/grant`
		},
		now
	);
}

/** A decided grant whose recipient the actor may answer for: refused before the form is read. */
export function authorizeResponse(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	now: Date
): ApplicationAccess {
	const access = authorizeGrant(db, actor, applicationId, now);
	assertCan(actor, 'grantAcceptance.respond', access.applicationTarget);
	return access;
}

/**
 * The recipient accepts the grant, or refuses it with its reason. A refused
 * grant frees its money: its unpaid instalments and the reports not yet given
 * are removed, and the sums of granted money leave it out (`countsAsGranted`).
 */
export function respondToGrant(
	db: Db,
	actor: Actor,
	applicationId: number,
	input: { accept: boolean; reason: string },
	now = new Date()
): void {
	db.transaction((tx) => {
		const access = authorizeResponse(tx, actor, applicationId, now);
		const { application, call } = access;
		if (!awaitsAcceptance(application.status, application.acceptance))
			throw conflict('grantFollowup.acceptance.answered');
		if (!input.accept && input.reason === '')
			throw invalid('grantFollowup.acceptance.reasonRequired', {
				reason: 'grantFollowup.acceptance.reasonRequired'
			});
		const acceptance = input.accept ? 'accepted' : 'refused';
		tx.update(grantApplication)
			.set({
				acceptance,
				acceptanceAt: now,
				acceptanceBy: actor.userId,
				refusalReason: input.accept ? '' : input.reason,
				updatedAt: now
			})
			.where(eq(grantApplication.id, applicationId))
			.run();
		if (!input.accept) {
			tx.delete(grantInstalment)
				.where(
					and(eq(grantInstalment.applicationId, applicationId), isNull(grantInstalment.paidAt))
				)
				.run();
			tx.delete(grantReport)
				.where(and(eq(grantReport.applicationId, applicationId), eq(grantReport.status, 'due')))
				.run();
		}
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: input.accept ? 'grant.accepted' : 'grant.refused',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: `${call.title}, ${organisationName(tx, application.organisationId)}: ${
					(application.amountGrantedCents ?? 0) / 100
				} €${input.accept ? '' : ` – ${input.reason}`}`
			},
			now
		);
		tellHandlers(tx, access, 'grant_acceptance', { acceptance }, now);
	});
}

/** Whether the organisation has had a report returned before: a risk for the closer check. */
function hadReportReturned(db: Queryable, organisationId: number): boolean {
	return (
		db
			.select({ id: grantReportCheck.id })
			.from(grantReportCheck)
			.innerJoin(grantReport, eq(grantReportCheck.reportId, grantReport.id))
			.innerJoin(grantApplication, eq(grantReport.applicationId, grantApplication.id))
			.where(
				and(
					eq(grantApplication.organisationId, organisationId),
					eq(grantReportCheck.outcome, 'returned')
				)
			)
			.get() !== undefined
	);
}

/** A report as its form sends it: the answers to the questions it asks, in order, and the money used. */
export interface ReportInput {
	answers: readonly string[];
	usedCents: number;
}

/**
 * The recipient's report on the use of the money; a report sent back may be
 * given again. At its first submission it is drawn for the closer check (the
 * rule and the pick go to the audit log); the handlers are told.
 * `draw` gives a number in [0, 1): injected so that tests can choose it.
 */
export function submitReport(
	db: Db,
	actor: Actor,
	applicationId: number,
	reportId: number,
	input: ReportInput,
	now = new Date(),
	draw: () => number = Math.random
): void {
	db.transaction((tx) => {
		const access = authorizeReporting(tx, actor, applicationId, now);
		const report = reportOf(tx, applicationId, reportId);
		if (report.status !== 'due' && report.status !== 'returned')
			throw conflict('grantReports.alreadySubmitted');
		const { application, call } = access;
		const checked = checkAnswers(questionsFor(reportQuestionsOf(call), report.kind), input.answers);
		if ('issues' in checked) throw invalid('common.formHasErrors', checked.issues);
		let closerCheck = report.closerCheck;
		if (report.round === 0) {
			const pick = {
				grantedCents: application.amountGrantedCents ?? 0,
				earlierProblems: hadReportReturned(tx, application.organisationId),
				draw: draw()
			};
			const reasons = closerCheckReasons(pick);
			closerCheck = JSON.stringify(reasons);
			recordAudit(
				tx,
				{
					regionId: call.regionId,
					userId: actor.userId,
					action: 'grant.reportCloserCheck',
					targetType: 'grantApplication',
					targetId: applicationId,
					summary: `${call.title} (${report.kind}): ${closerCheckSummary(pick, reasons)}`
				},
				now
			);
		}
		tx.update(grantReport)
			.set({
				status: 'submitted',
				answers: JSON.stringify(checked.answers),
				usedCents: input.usedCents,
				submittedAt: now,
				submittedBy: actor.userId,
				round: report.round + 1,
				closerCheck
			})
			.where(eq(grantReport.id, reportId))
			.run();
		tellHandlers(tx, access, 'grant_report_submitted', { kind: report.kind }, now);
	});
}

export interface ReportCheckInput {
	part: CheckPart;
	outcome: CheckOutcome;
	items: string[];
	note: string;
	deadline: string | null;
}

function checksOfRound(db: Queryable, report: GrantReportRow) {
	return db
		.select()
		.from(grantReportCheck)
		.where(and(eq(grantReportCheck.reportId, report.id), eq(grantReportCheck.round, report.round)))
		.all();
}

const PART_REFUSALS = {
	alreadyChecked: 'grantFollowup.check.alreadyChecked',
	samePerson: 'grantFollowup.check.samePerson'
} as const;

/**
 * A handler checks one part of a submitted report against its checklist: it
 * passes with every item ticked, or goes back to the recipient with a request
 * and a new deadline. The same person cannot check both parts; the report is
 * accepted when both pass.
 */
export function checkReport(
	db: Db,
	actor: Actor,
	applicationId: number,
	reportId: number,
	input: ReportCheckInput,
	now = new Date()
): void {
	db.transaction((tx) => {
		const { call, application } = authorizeGrantHandling(tx, actor, applicationId, now);
		const report = reportOf(tx, applicationId, reportId);
		if (report.status !== 'submitted') throw conflict('grantReports.notSubmitted');
		const checks = checksOfRound(tx, report);
		const refusal = partCheckRefusal(checks, input.part, actor.userId);
		if (refusal) throw conflict(PART_REFUSALS[refusal]);
		const closer = closerCheckOf(report).length > 0;
		const ticked = checklistOf(input.part, closer).filter((item) => input.items.includes(item));
		if (input.outcome === 'passed' && uncheckedItems(input.part, closer, ticked).length > 0)
			throw invalid('grantFollowup.check.itemsMissing', {
				items: 'grantFollowup.check.itemsMissing'
			});
		if (input.outcome === 'returned') {
			const issues: Record<string, string> = {};
			if (input.note === '') issues.note = 'grantReports.requestRequired';
			if (input.deadline === null) issues.deadline = 'grantFollowup.check.deadlineRequired';
			else if (input.deadline <= isoDate(now))
				issues.deadline = 'grantFollowup.check.deadlineFuture';
			if (Object.keys(issues).length > 0)
				throw invalid('grantFollowup.check.returnIncomplete', issues);
		}
		tx.insert(grantReportCheck)
			.values({
				reportId,
				round: report.round,
				part: input.part,
				outcome: input.outcome,
				items: JSON.stringify(ticked),
				note: input.note,
				checkedBy: actor.userId,
				checkedAt: now
			})
			.run();
		const status = statusAfterChecks([
			...checks,
			{ part: input.part, checkedBy: actor.userId, outcome: input.outcome }
		]);
		const returned = status === 'returned';
		tx.update(grantReport)
			.set({
				status,
				...(status === 'submitted' ? {} : { handledBy: actor.userId, handledAt: now }),
				...(returned
					? // The new deadline is the report's due date; it is reminded of afresh.
						{ handlerNote: input.note, dueOn: input.deadline!, remindedAt: null }
					: {})
			})
			.where(eq(grantReport.id, reportId))
			.run();
		const audit = (action: AuditAction, summary: string) =>
			recordAudit(
				tx,
				{
					regionId: call.regionId,
					userId: actor.userId,
					action,
					targetType: 'grantApplication',
					targetId: applicationId,
					summary: `${call.title} (${report.kind}): ${summary}`
				},
				now
			);
		audit('grant.reportChecked', `${input.part} ${input.outcome}`);
		if (status === 'accepted') audit('grant.reportAccepted', 'content, finance passed');
		if (returned) {
			audit('grant.reportReturned', `${input.note} (${input.deadline})`);
			notify(
				tx,
				{
					userIds: applicantUserIds(tx, application.organisationId),
					kind: 'grant_report_due',
					params: {
						title: call.title,
						organisation: organisationName(tx, application.organisationId),
						dueOn: input.deadline!
					},
					link: `/grants/applications/${applicationId}/grant`
				},
				now
			);
		}
	});
}

export interface PartView {
	part: CheckPart;
	/** The check of this round, when done. */
	check: {
		outcome: CheckOutcome;
		checkedBy: string;
		checkedAt: Date;
		items: string[];
		note: string;
	} | null;
	/** The checklist, when the actor may check this part now. */
	checklist: readonly ChecklistItem[] | null;
	/** Why the actor may not check it (null when they may or it is done). */
	blocked: 'samePerson' | null;
}

/**
 * What the grant page shows after the decision besides the payments: the
 * recipient's answer and, per report, its closer check and the two parts.
 */
export function grantFollowup(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	now = new Date()
) {
	const { application, target, applicationTarget } = authorizeGrant(db, actor, applicationId, now);
	const handles = can(actor, 'grantCall.handle', target);
	const reports = db
		.select()
		.from(grantReport)
		.where(eq(grantReport.applicationId, applicationId))
		.orderBy(asc(grantReport.dueOn))
		.all();
	const checks = reports.length
		? db
				.select({ check: grantReportCheck, checker: user.name })
				.from(grantReportCheck)
				.innerJoin(user, eq(grantReportCheck.checkedBy, user.id))
				.where(
					inArray(
						grantReportCheck.reportId,
						reports.map((r) => r.id)
					)
				)
				.all()
		: [];
	const acceptedBy = application.acceptanceBy
		? db.select({ name: user.name }).from(user).where(eq(user.id, application.acceptanceBy)).get()
		: undefined;
	return {
		acceptance: {
			state: application.acceptance,
			at: application.acceptanceAt,
			by: acceptedBy?.name ?? null,
			reason: application.refusalReason,
			canRespond:
				can(actor, 'grantAcceptance.respond', applicationTarget) &&
				awaitsAcceptance(application.status, application.acceptance)
		},
		reviews: Object.fromEntries(
			reports.map((report) => {
				const closerCheck = closerCheckOf(report);
				const ofRound = checks.filter(
					(c) => c.check.reportId === report.id && c.check.round === report.round
				);
				const parts: PartView[] = CHECK_PARTS.map((part) => {
					const done = ofRound.find((c) => c.check.part === part);
					const refusal =
						handles && report.status === 'submitted'
							? partCheckRefusal(
									ofRound.map((c) => c.check),
									part,
									actor.userId
								)
							: 'alreadyChecked';
					return {
						part,
						check: done
							? {
									outcome: done.check.outcome,
									checkedBy: done.checker,
									checkedAt: done.check.checkedAt,
									items: parseStored(
										itemsSchema,
										done.check.items,
										`grant_report_check ${done.check.id}`
									),
									note: done.check.note
								}
							: null,
						checklist: refusal === null ? checklistOf(part, closerCheck.length > 0) : null,
						blocked: refusal === 'samePerson' && !done ? 'samePerson' : null
					};
				});
				return [
					report.id,
					{
						// The pick is the handlers' working knowledge, not the recipient's.
						closerCheck: handles ? closerCheck : [],
						parts: handles ? parts : []
					}
				];
			})
		)
	};
}
