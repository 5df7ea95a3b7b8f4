/**
 * Every access decision of the server core in one place. Single actions are
 * the policy's (`can` in src/lib/domain/policy.ts); the rules here only
 * compose them with where a meeting or document stands: live documents,
 * attachments, sign-off. Use cases, views and the collaboration server ask
 * these, never a copy of them. Of the server core it imports only the
 * database schema, the errors and the reading of grant targets, so every
 * module can use it without a cycle.
 */
import { eq } from 'drizzle-orm';
import { parseDocName, type DocKind } from '../domain/doc-name';
import {
	agendaEditable,
	hasMinutes,
	minutesEditable,
	type MeetingStatus
} from '../domain/meetings';
import {
	can,
	type Action,
	type Actor,
	type BodyTarget,
	type MinutesTarget,
	type RegionTarget,
	type TargetOf
} from '../domain/policy';
import type { Queryable } from './db/client';
import { body, meeting, planDocument } from './db/schema';
import { forbidden, notFound } from './errors';
import { loadApplicationTarget } from './grants/targets';

/** Use cases call this before they act, so a route that forgets to check still fails closed. */
export function assertCan<A extends Action>(
	actor: Actor | null,
	action: A,
	target: TargetOf<A>
): asserts actor is Actor {
	if (!can(actor, action, target)) throw forbidden(`forbidden.${action}`);
}

/**
 * Reading a record: one of another region is not found (404), so nobody learns
 * what another region has; within one's own region a refusal says what one may
 * not do (403), as `assertCan` does.
 */
export function assertCanRead<A extends Action>(
	actor: Actor | null,
	action: A,
	target: TargetOf<A> & RegionTarget
): asserts actor is Actor {
	if (can(actor, action, target)) return;
	if (actor && actor.regionId !== target.regionId) throw notFound();
	throw forbidden(`forbidden.${action}`);
}

export type DocAccess = 'edit' | 'read' | 'deny';

/** A meeting's agenda or minutes: edit, read only, or nothing, by the meeting's status. */
export function meetingDocumentAccess(
	actor: Actor | null,
	kind: DocKind,
	status: MeetingStatus,
	target: BodyTarget
): DocAccess {
	if (kind === 'agenda') {
		if (agendaEditable(status) && can(actor, 'agenda.edit', target)) return 'edit';
		return can(actor, 'meeting.read', target) ? 'read' : 'deny';
	}
	if (!hasMinutes(status) || !can(actor, 'minutes.read', target)) return 'deny';
	// In review and once approved, minutes are read-only for everyone, whatever their role.
	return minutesEditable(status) && can(actor, 'minutes.edit', target) ? 'edit' : 'read';
}

/**
 * What a user may do with a live document (src/lib/domain/doc-name.ts): the
 * collaboration server asks for every connection, the meeting page to choose
 * editor or reader. A plan document is edited by those who run its region's
 * consultations and opened by nobody else. A grant application's texts are
 * written by the applicant's people while they are open (policy's
 * `grantApplication.writeTexts`) and read by whoever may read the application.
 */
export function documentAccess(
	db: Queryable,
	actor: Actor | null,
	name: string,
	now = new Date()
): DocAccess {
	const parsed = parseDocName(name);
	if (!parsed || !actor) return 'deny';
	if (parsed.kind === 'document') {
		const document = planDocumentRegion(db, parsed.documentId);
		return document && can(actor, 'consultation.manage', document) ? 'edit' : 'deny';
	}
	if (parsed.kind === 'application') {
		const target = loadApplicationTarget(db, parsed.applicationId, now)?.applicationTarget;
		if (!target) return 'deny';
		if (can(actor, 'grantApplication.writeTexts', target)) return 'edit';
		return can(actor, 'grantApplication.read', target) ? 'read' : 'deny';
	}
	const row = meetingStatusAndBody(db, parsed.meetingId);
	return row ? meetingDocumentAccess(actor, parsed.kind, row.status, row.body) : 'deny';
}

/** Before the meeting the agenda's editors change attachments, during it the minutes' editors; from review on nobody. */
export function attachmentChangeAction(
	status: MeetingStatus
): 'agenda.edit' | 'minutes.edit' | null {
	if (agendaEditable(status)) return 'agenda.edit';
	return minutesEditable(status) ? 'minutes.edit' : null;
}

export function mayChangeAttachments(
	actor: Actor | null,
	status: MeetingStatus,
	target: BodyTarget
): boolean {
	const action = attachmentChangeAction(status);
	return action !== null && can(actor, action, target);
}

/** Non-public attachments follow the draft minutes: guests of a body see the agenda, not these. */
export function mayReadNonPublicAttachments(actor: Actor | null, target: BodyTarget): boolean {
	return can(actor, 'minutes.read', target) || can(actor, 'agenda.edit', target);
}

/** An attachment of the body's meeting, for its download and for search (the published record aside). */
export function mayReadAttachment(
	actor: Actor | null,
	target: BodyTarget,
	file: { public: boolean }
): boolean {
	return (
		can(actor, 'meeting.read', target) &&
		(file.public || mayReadNonPublicAttachments(actor, target))
	);
}

/** Whether the actor may approve the minutes, or send them back, now: one who signs for the meeting, while they are in review. */
export function canApprove(
	actor: Actor | null,
	status: MeetingStatus,
	minutes: MinutesTarget
): boolean {
	return status === 'minutes_review' && can(actor, 'minutes.approve', minutes);
}

function meetingStatusAndBody(db: Queryable, meetingId: number) {
	return db
		.select({ status: meeting.status, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.id, meetingId))
		.get();
}

function planDocumentRegion(db: Queryable, documentId: number) {
	return db
		.select({ regionId: planDocument.regionId })
		.from(planDocument)
		.where(eq(planDocument.id, documentId))
		.get();
}
