/**
 * After the decision: the recipient's change applications (a longer period of
 * use, another budget or purpose) with the handler's short decisions on them,
 * and the handler's claims to return unused or recover misused money.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import {
	changesPeriod,
	claimDueOn,
	extendsPeriod,
	reportDueAfterExtension,
	suggestedReturnCents,
	usePeriodEnd,
	type ChangeDecision,
	type ChangeKind,
	type ClaimKind
} from '../../domain/grant-changes';
import { can, type Actor } from '../../domain/policy';
import { isoDate } from '../../domain/time';
import { assertCan } from '../access';
import { recordAudit } from '../audit/log';
import type { Queryable } from '../db/client';
import {
	grantChangeRequest,
	grantClaim,
	grantInstalment,
	grantReport,
	organisation,
	type GrantApplicationRow,
	type GrantCallRow
} from '../db/schema';
import { conflict, invalid, notFound } from '../errors';
import { notify } from '../notifications/service';
import { authorizeGrant } from './grant';
import { applicantUserIds, handlerUserIds } from './people';
import { callStaff, type ApplicationAccess } from './readable';

/** A grant its recipient may ask to change: not found as for `authorizeGrant`, forbidden for the handlers. */
export function authorizeChangeApplying(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	now: Date
): ApplicationAccess {
	const access = authorizeGrant(db, actor, applicationId, now);
	assertCan(actor, 'grantChange.apply', access.applicationTarget);
	return access;
}

/** A grant whose changes and claims the actor decides: the call's handlers. */
export function authorizeChangeDeciding(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	now: Date
): ApplicationAccess {
	const access = authorizeGrant(db, actor, applicationId, now);
	assertCan(actor, 'grantChange.decide', access.applicationTarget);
	return access;
}

/** The end of the grant's period of use as it stands now. */
export function periodEnd(db: Queryable, call: GrantCallRow, applicationId: number): string {
	const accepted = db
		.select({ endOn: grantChangeRequest.decidedEndOn })
		.from(grantChangeRequest)
		.where(eq(grantChangeRequest.applicationId, applicationId))
		.all()
		.flatMap((r) => (r.endOn === null ? [] : [r.endOn]));
	return usePeriodEnd(call.budgetYear, accepted);
}

function organisationName(db: Queryable, id: number): string {
	return db
		.select({ name: organisation.name })
		.from(organisation)
		.where(eq(organisation.id, id))
		.get()!.name;
}

function finalReport(db: Queryable, applicationId: number) {
	return db
		.select()
		.from(grantReport)
		.where(and(eq(grantReport.applicationId, applicationId), eq(grantReport.kind, 'final')))
		.get();
}

/** The change applications page: the grant's period, every change asked and decided, and who may do what. */
export function grantChangesPage(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	now = new Date()
) {
	const { call, application, applicationTarget } = authorizeGrant(db, actor, applicationId, now);
	const decides = can(actor, 'grantChange.decide', applicationTarget);
	return {
		application: {
			id: application.id,
			title: application.title,
			organisation: organisationName(db, application.organisationId)
		},
		call: { id: call.id, title: call.title, budgetYear: call.budgetYear },
		periodEndOn: periodEnd(db, call, applicationId),
		finalReportDueOn: finalReport(db, applicationId)?.dueOn ?? null,
		canApply: can(actor, 'grantChange.apply', applicationTarget),
		changes: db
			.select()
			.from(grantChangeRequest)
			.where(eq(grantChangeRequest.applicationId, applicationId))
			.orderBy(desc(grantChangeRequest.submittedAt), desc(grantChangeRequest.id))
			.all()
			.map((c) => ({
				id: c.id,
				kind: c.kind,
				description: c.description,
				reasons: c.reasons,
				requestedEndOn: c.requestedEndOn,
				submittedAt: c.submittedAt,
				status: c.status,
				decisionReasons: c.decisionReasons,
				decidedEndOn: c.decidedEndOn,
				decidedAt: c.decidedAt,
				letterHref:
					c.decidedAt === null
						? null
						: `/grants/applications/${applicationId}/changes/${c.id}/letter.pdf`,
				canDecide: decides && c.status === 'pending'
			}))
	};
}

export interface ChangeInput {
	kind: ChangeKind;
	description: string;
	reasons: string;
	/** The end asked for, for an extension. */
	requestedEndOn: string | null;
}

/** The recipient asks to change the grant; the call's handlers are told. */
export function applyForChange(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	input: ChangeInput,
	now = new Date()
): number {
	const { call, application } = authorizeChangeApplying(db, actor, applicationId, now);
	const currentEnd = periodEnd(db, call, applicationId);
	if (input.kind === 'extension') {
		if (input.requestedEndOn === null)
			throw invalid('grantChanges.validation.endRequired', {
				endOn: 'grantChanges.validation.endRequired'
			});
		if (!extendsPeriod(input.requestedEndOn, currentEnd))
			throw invalid('grantChanges.validation.endLater', {
				endOn: 'grantChanges.validation.endLater'
			});
	} else if (input.description === '')
		throw invalid('validation.required', { description: 'validation.required' });
	return db.transaction((tx) => {
		const id = tx
			.insert(grantChangeRequest)
			.values({
				applicationId,
				kind: input.kind,
				description: input.description,
				reasons: input.reasons,
				requestedEndOn: input.kind === 'extension' ? input.requestedEndOn : null,
				submittedBy: actor.userId,
				submittedAt: now
			})
			.returning({ id: grantChangeRequest.id })
			.get().id;
		notify(
			tx,
			{
				userIds: handlerUserIds(tx, call, callStaff(tx, call.id)),
				kind: 'grant_change_requested',
				params: {
					title: call.title,
					organisation: organisationName(tx, application.organisationId),
					kind: input.kind
				},
				link: `/grants/applications/${applicationId}/changes`
			},
			now
		);
		return id;
	});
}

export interface ChangeDecisionInput {
	decision: ChangeDecision;
	reasons: string;
	/** The end the handler sets for an extension accepted with changes. */
	endOn: string | null;
}

/**
 * The handler's decision on a change application. An extension accepted, as
 * asked or with another date, moves the period of use and the final report's
 * due date with it.
 */
export function decideChange(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	changeId: number,
	input: ChangeDecisionInput,
	now = new Date()
): void {
	const { call, application } = authorizeChangeDeciding(db, actor, applicationId, now);
	const change = db
		.select()
		.from(grantChangeRequest)
		.where(
			and(eq(grantChangeRequest.id, changeId), eq(grantChangeRequest.applicationId, applicationId))
		)
		.get();
	if (!change) throw notFound();
	if (change.status !== 'pending') throw conflict('grantChanges.alreadyDecided');
	// What the handler changed must be said: in the reasons, and for an extension in its date.
	if (input.decision !== 'accepted' && input.reasons === '')
		throw invalid('grantChanges.validation.reasonsRequired', {
			reasons: 'grantChanges.validation.reasonsRequired'
		});
	const previousEnd = periodEnd(db, call, applicationId);
	let newEnd: string | null = null;
	if (changesPeriod(change.kind, input.decision)) {
		newEnd = input.decision === 'accepted_with_changes' ? input.endOn : change.requestedEndOn;
		if (newEnd === null)
			throw invalid('grantChanges.validation.endRequired', {
				endOn: 'grantChanges.validation.endRequired'
			});
		if (!extendsPeriod(newEnd, previousEnd))
			throw invalid('grantChanges.validation.endLater', {
				endOn: 'grantChanges.validation.endLater'
			});
	}
	db.transaction((tx) => {
		tx.update(grantChangeRequest)
			.set({
				status: input.decision,
				decisionReasons: input.reasons,
				decidedEndOn: newEnd,
				previousEndOn: newEnd === null ? null : previousEnd,
				decidedBy: actor.userId,
				decidedAt: now
			})
			.where(eq(grantChangeRequest.id, changeId))
			.run();
		const report = finalReport(tx, applicationId);
		// A report already given stays as it was given; one still expected moves with the period.
		if (newEnd !== null && report && (report.status === 'due' || report.status === 'returned'))
			tx.update(grantReport)
				.set({
					dueOn: reportDueAfterExtension(report.dueOn, previousEnd, newEnd),
					remindedAt: null
				})
				.where(eq(grantReport.id, report.id))
				.run();
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: 'grant.changeDecided',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: `${call.title} (${change.kind}): ${input.decision}${newEnd ? ` ${previousEnd} → ${newEnd}` : ''}`
			},
			now
		);
		notify(
			tx,
			{
				userIds: applicantUserIds(tx, application.organisationId),
				kind: 'grant_change_decided',
				params: {
					title: call.title,
					organisation: organisationName(tx, application.organisationId),
					decision: input.decision
				},
				link: `/grants/applications/${applicationId}/changes`
			},
			now
		);
	});
}

/** What the grant's recipient has been paid so far. */
function paidCents(db: Queryable, applicationId: number): number {
	return db
		.select({ amountCents: grantInstalment.amountCents, paidAt: grantInstalment.paidAt })
		.from(grantInstalment)
		.where(eq(grantInstalment.applicationId, applicationId))
		.all()
		.filter((i) => i.paidAt !== null)
		.reduce((sum, i) => sum + i.amountCents, 0);
}

/**
 * The grant page's part on claims: the claims made, and for the handler the
 * return a submitted final report suggests (paid but not used).
 */
export function grantClaims(db: Queryable, actor: Actor, applicationId: number, now = new Date()) {
	const { call, application, applicationTarget } = authorizeGrant(db, actor, applicationId, now);
	const decides = can(actor, 'grantChange.decide', applicationTarget);
	const report = finalReport(db, application.id);
	const reported = report && (report.status === 'submitted' || report.status === 'accepted');
	return {
		periodEndOn: periodEnd(db, call, application.id),
		changesHref: `/grants/applications/${application.id}/changes`,
		canClaim: decides,
		claimDueOn: claimDueOn(isoDate(now)),
		suggestedClaimCents:
			decides && reported
				? suggestedReturnCents(paidCents(db, application.id), report.usedCents)
				: null,
		claims: db
			.select()
			.from(grantClaim)
			.where(eq(grantClaim.applicationId, application.id))
			.orderBy(asc(grantClaim.createdAt), asc(grantClaim.id))
			.all()
			.map((c) => ({
				id: c.id,
				kind: c.kind,
				amountCents: c.amountCents,
				dueOn: c.dueOn,
				reason: c.reason,
				status: c.status,
				createdAt: c.createdAt,
				settledAt: c.settledAt,
				canSettle: decides && c.status === 'open'
			}))
	};
}

export interface ClaimInput {
	kind: ClaimKind;
	amountCents: number;
	dueOn: string;
	reason: string;
}

/** The handler claims money back; the recipient's people are told. */
export function makeClaim(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	input: ClaimInput,
	now = new Date()
): number {
	const { call, application } = authorizeChangeDeciding(db, actor, applicationId, now);
	assertClaimable(db, application, input, now);
	return db.transaction((tx) => {
		const id = tx
			.insert(grantClaim)
			.values({ applicationId, ...input, createdBy: actor.userId, createdAt: now })
			.returning({ id: grantClaim.id })
			.get().id;
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: 'grant.claimMade',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: `${call.title} (${input.kind}): ${input.amountCents / 100} €, ${input.dueOn}`
			},
			now
		);
		notify(
			tx,
			{
				userIds: applicantUserIds(tx, application.organisationId),
				kind: 'grant_claim_made',
				params: {
					title: call.title,
					organisation: organisationName(tx, application.organisationId),
					dueOn: input.dueOn
				},
				link: `/grants/applications/${applicationId}/grant`
			},
			now
		);
		return id;
	});
}

/** No more can be claimed than was paid, less what is already claimed; the due date lies ahead. */
function assertClaimable(
	db: Queryable,
	application: GrantApplicationRow,
	input: ClaimInput,
	now: Date
): void {
	const claimed = db
		.select({ amountCents: grantClaim.amountCents, status: grantClaim.status })
		.from(grantClaim)
		.where(eq(grantClaim.applicationId, application.id))
		.all()
		.filter((c) => c.status !== 'cancelled')
		.reduce((sum, c) => sum + c.amountCents, 0);
	if (input.amountCents <= 0 || input.amountCents + claimed > paidCents(db, application.id))
		throw invalid('grantChanges.validation.claimTooLarge', {
			amount: 'grantChanges.validation.claimTooLarge'
		});
	if (input.dueOn < isoDate(now))
		throw invalid('grantChanges.validation.duePast', { dueOn: 'grantChanges.validation.duePast' });
}

/** The handler records an open claim paid, or cancels it. */
export function settleClaim(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	claimId: number,
	status: 'paid' | 'cancelled',
	now = new Date()
): void {
	const { call } = authorizeChangeDeciding(db, actor, applicationId, now);
	const claim = db
		.select()
		.from(grantClaim)
		.where(and(eq(grantClaim.id, claimId), eq(grantClaim.applicationId, applicationId)))
		.get();
	if (!claim) throw notFound();
	if (claim.status !== 'open') throw conflict('grantChanges.claim.alreadySettled');
	db.transaction((tx) => {
		tx.update(grantClaim)
			.set({ status, settledBy: actor.userId, settledAt: now })
			.where(eq(grantClaim.id, claimId))
			.run();
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: status === 'paid' ? 'grant.claimPaid' : 'grant.claimCancelled',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: `${call.title} (${claim.kind}): ${claim.amountCents / 100} €`
			},
			now
		);
	});
}
