/**
 * Grant calls and applications as the policy sees them, and the refusals for
 * one the actor may not act on: what they cannot read is not found, what they
 * read but may not do is forbidden.
 */
import { and, desc, eq } from 'drizzle-orm';
import * as v from 'valibot';
import {
	COMPLETION_PARTS,
	openCompletionParts,
	type CompletionPart,
	type CompletionRequestState
} from '../../domain/grant-completion';
import { callStatus, criteriaSchema, type Criterion } from '../../domain/grants';
import {
	can,
	type Action,
	type Actor,
	type GrantApplicationTarget,
	type GrantApplyTarget,
	type GrantCallTarget,
	type TargetOf
} from '../../domain/policy';
import { assertCan } from '../access';
import type { Queryable } from '../db/client';
import {
	grantApplication,
	grantAssessment,
	grantCall,
	grantCallStaff,
	grantCompletionRequest,
	meeting,
	type GrantApplicationRow,
	type GrantCallRow,
	type Meeting
} from '../db/schema';
import { parseStored } from '../db/stored';
import { conflict, notFound } from '../errors';
import { representativesOf } from '../organisations/representatives';

export interface CallStaff {
	handlerIds: number[];
	assessorIds: number[];
}

export function callStaff(db: Queryable, callId: number): CallStaff {
	const rows = db.select().from(grantCallStaff).where(eq(grantCallStaff.callId, callId)).all();
	return {
		handlerIds: rows.filter((r) => r.duty === 'handler').map((r) => r.userId),
		assessorIds: rows.filter((r) => r.duty === 'assessor').map((r) => r.userId)
	};
}

export function callTarget(call: GrantCallRow, staff: CallStaff, now: Date): GrantCallTarget {
	return {
		regionId: call.regionId,
		status: callStatus(call, now),
		published: call.publishedAt !== null,
		handlerIds: staff.handlerIds,
		assessorIds: staff.assessorIds
	};
}

export function applicationTarget(
	callTargetOf: GrantCallTarget,
	application: GrantApplicationRow,
	disqualifiedIds: readonly number[],
	representativeIds: readonly number[] | null,
	completionParts: readonly CompletionPart[]
): GrantApplicationTarget {
	return {
		...callTargetOf,
		organisationId: application.organisationId,
		applicationStatus: application.status,
		channel: application.channel,
		disqualifiedIds,
		representativeIds,
		completionParts
	};
}

const partsSchema = v.array(v.picklist(COMPLETION_PARTS));

export interface CompletionRequest extends CompletionRequestState {
	id: number;
	message: string;
	requestedAt: Date;
}

/** The application's latest request for completion, answered or not: the policy opens its parts. */
export function latestCompletionRequest(
	db: Queryable,
	applicationId: number
): CompletionRequest | null {
	const row = db
		.select()
		.from(grantCompletionRequest)
		.where(eq(grantCompletionRequest.applicationId, applicationId))
		.orderBy(desc(grantCompletionRequest.id))
		.get();
	if (!row) return null;
	return {
		id: row.id,
		parts: parseStored(partsSchema, row.parts, `grant_completion_request ${row.id} parts`),
		message: row.message,
		dueAt: row.dueAt,
		completedAt: row.completedAt,
		requestedAt: row.requestedAt
	};
}

/** The assessors who declared a conflict of interest in the application. */
export function disqualifiedAssessors(db: Queryable, applicationId: number): number[] {
	return db
		.select({ assessorId: grantAssessment.assessorId })
		.from(grantAssessment)
		.where(
			and(
				eq(grantAssessment.applicationId, applicationId),
				eq(grantAssessment.conflictDeclared, true)
			)
		)
		.all()
		.map((r) => r.assessorId);
}

/**
 * The meeting whose agenda holds the call's proposal, while it holds it: from
 * then until the decision the proposal and the applications it names stay as
 * they are. A cancelled meeting, or minutes approved without a decision on the
 * item (the body tabled it), give the proposal back to the handler.
 */
export function proposalHeldBy(db: Queryable, call: GrantCallRow): Meeting | null {
	if (call.decisionMeetingId === null || call.decidedAt !== null) return null;
	const held = db.select().from(meeting).where(eq(meeting.id, call.decisionMeetingId)).get();
	if (!held || ['cancelled', 'approved', 'published'].includes(held.status)) return null;
	return held;
}

/** Refuses what would change the proposal or its applications while an agenda holds it, or once decided. */
export function assertProposalOpen(db: Queryable, call: GrantCallRow): void {
	if (call.decidedAt !== null || proposalHeldBy(db, call))
		throw conflict('grantDecisions.proposal.onAgenda');
}

export function criteriaOf(call: GrantCallRow): Criterion[] {
	return parseStored(criteriaSchema, call.criteria, `grant_call ${call.id} criteria`);
}

export interface CallAccess {
	call: GrantCallRow;
	target: GrantCallTarget;
}

export type CallAction = {
	[A in Action]: TargetOf<A> extends GrantCallTarget
		? GrantCallTarget extends TargetOf<A>
			? A
			: never
		: never;
}[Action];

/** A call the actor may take `action` on: not found unless they may read it, forbidden unless they may act. */
export function authorizeCall(
	db: Queryable,
	actor: Actor | null,
	callId: number,
	action: CallAction,
	now: Date
): CallAccess {
	const call = db.select().from(grantCall).where(eq(grantCall.id, callId)).get();
	if (!call) throw notFound();
	const target = callTarget(call, callStaff(db, callId), now);
	if (!can(actor, 'grantCall.read', target)) throw notFound();
	assertCan(actor, action, target);
	return { call, target };
}

/** The call as the actor's own NGO would apply to it: with who acts for that NGO. */
export function applyTarget(
	db: Queryable,
	actor: Actor,
	target: GrantCallTarget
): GrantApplyTarget {
	return { ...target, representativeIds: representativesOf(db, actor.organisationId) };
}

/** A call the actor may apply to for their own NGO: not found unless they may read it, forbidden unless they may apply. */
export function authorizeApply(db: Queryable, actor: Actor, callId: number, now: Date): CallAccess {
	const access = authorizeCall(db, actor, callId, 'grantCall.read', now);
	assertCan(actor, 'grantCall.apply', applyTarget(db, actor, access.target));
	return access;
}

export interface ApplicationAccess extends CallAccess {
	application: GrantApplicationRow;
	applicationTarget: GrantApplicationTarget;
}

export type ApplicationAction = {
	[A in Action]: TargetOf<A> extends GrantApplicationTarget
		? GrantApplicationTarget extends TargetOf<A>
			? A
			: never
		: never;
}[Action];

/**
 * An application the actor may take `action` on. Another NGO's application is
 * not found, whoever asks; the call's handler who may read but not write it is forbidden.
 */
export function authorizeApplication(
	db: Queryable,
	actor: Actor | null,
	applicationId: number,
	action: ApplicationAction,
	now: Date
): ApplicationAccess {
	const row = db
		.select({ application: grantApplication, call: grantCall })
		.from(grantApplication)
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.where(eq(grantApplication.id, applicationId))
		.get();
	if (!row) throw notFound();
	const target = callTarget(row.call, callStaff(db, row.call.id), now);
	const appTarget = applicationTarget(
		target,
		row.application,
		disqualifiedAssessors(db, applicationId),
		representativesOf(db, row.application.organisationId),
		openCompletionParts(latestCompletionRequest(db, applicationId), now)
	);
	if (!can(actor, 'grantApplication.read', appTarget)) throw notFound();
	assertCan(actor, action, appTarget);
	return { call: row.call, target, application: row.application, applicationTarget: appTarget };
}
