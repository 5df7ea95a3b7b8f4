/**
 * Grant calls and applications as the policy sees them, and the refusals for
 * one the actor may not act on: what they cannot read is not found, what they
 * read but may not do is forbidden.
 */
import { eq } from 'drizzle-orm';
import { criteriaSchema, type Criterion } from '../../domain/grants';
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
	grantCall,
	meeting,
	type GrantApplicationRow,
	type GrantCallRow,
	type Meeting
} from '../db/schema';
import { parseStored } from '../db/stored';
import { conflict, notFound } from '../errors';
import { representativesOf } from '../organisations/representatives';
import { callStaff, callTarget, loadApplicationTarget } from './targets';

// The targets are read in targets.ts; the grant use cases take them from here with the refusals.
export {
	applicationTarget,
	callStaff,
	callTarget,
	disqualifiedAssessors,
	latestCompletionRequest,
	type CallStaff,
	type CompletionRequest
} from './targets';

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
	const loaded = loadApplicationTarget(db, applicationId, now);
	if (!loaded) throw notFound();
	if (!can(actor, 'grantApplication.read', loaded.applicationTarget)) throw notFound();
	assertCan(actor, action, loaded.applicationTarget);
	return loaded;
}
