/**
 * Forwarding as a meeting page shows and decides it: the trail of items sent
 * from and to the meeting, the form to send one on, and accepting or declining
 * an item sent to this meeting (calendar/forwarding.ts holds the use cases).
 */
import { eq } from 'drizzle-orm';
import { agendaEditable, numberOf } from '../../domain/meetings';
import { can, type Actor } from '../../domain/policy';
import { bodyTarget } from '../bodies/target';
import {
	acceptForward,
	declineForward,
	forwardTargets,
	meetingForwards,
	type ForwardView
} from '../calendar/forwarding';
import type { Queryable } from '../db/client';
import { itemForward, type Body, type Meeting } from '../db/schema';
import { notFound } from '../errors';
import { authorizeMeeting } from './readable';

export function trailEntry(view: ForwardView) {
	return {
		id: view.forward.id,
		title: view.forward.title,
		note: view.forward.note,
		status: view.forward.status,
		decisionNote: view.forward.decisionNote,
		itemKey: view.forward.sourceItemKey,
		source: {
			bodyName: view.sourceBody.name,
			meetingId: view.sourceMeeting.id,
			number: numberOf(view.sourceMeeting)
		},
		target: {
			bodyId: view.targetBody.id,
			bodyName: view.targetBody.name,
			meetingId: view.targetMeeting?.id ?? null,
			number: view.targetMeeting ? numberOf(view.targetMeeting) : null
		},
		canDecide: view.canDecide
	};
}

/** The meeting page's "forward an item" form and both ends of the trail. */
export function forwardingView(
	db: Queryable,
	actor: Actor,
	meeting: Meeting,
	body: Body,
	items: readonly { key: string; title: string }[],
	now: Date
) {
	const trail = meetingForwards(db, actor, meeting);
	const canForward = meeting.status !== 'cancelled' && can(actor, 'item.forward', bodyTarget(body));
	return {
		canForward,
		items: canForward ? items.map((i) => ({ key: i.key, title: i.title })) : [],
		targets: canForward ? forwardTargets(db, actor, body, now) : [],
		outgoing: trail.outgoing.map(trailEntry),
		incoming: trail.incoming.map(trailEntry),
		/** Accepting into this meeting is possible only while its agenda is open. */
		canReceiveHere: agendaEditable(meeting.status)
	};
}

/** A forward the meeting's page may decide: sent to its body, for this meeting or for none yet. */
function forwardToMeeting(db: Queryable, actor: Actor, meetingId: number, forwardId: number) {
	const { meeting } = authorizeMeeting(db, actor, meetingId, 'item.receive');
	const forward = db.select().from(itemForward).where(eq(itemForward.id, forwardId)).get();
	const forThisMeeting =
		forward?.targetBodyId === meeting.bodyId &&
		(forward.targetMeetingId === null || forward.targetMeetingId === meetingId);
	if (!forThisMeeting) throw notFound();
}

/** Accepts an item sent to this meeting (or to its body) onto this meeting's agenda. */
export function acceptForwardHere(
	db: Queryable,
	actor: Actor,
	meetingId: number,
	forwardId: number
): void {
	forwardToMeeting(db, actor, meetingId, forwardId);
	acceptForward(db, actor, forwardId, meetingId);
}

export function declineForwardHere(
	db: Queryable,
	actor: Actor,
	meetingId: number,
	forwardId: number,
	reason: string
): void {
	forwardToMeeting(db, actor, meetingId, forwardId);
	declineForward(db, actor, forwardId, reason);
}
