import { agendaEditable, numberOf } from '#lib/domain/meetings.js';
import { can, type Actor } from '#lib/domain/policy.js';
import { bodyTarget } from '#lib/server/bodies/queries.js';
import {
	forwardTargets,
	meetingForwards,
	type ForwardView
} from '#lib/server/calendar/forwarding.js';
import type { Db } from '#lib/server/db/client.js';
import type { Body, Meeting } from '#lib/server/db/schema/index.js';

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

export type TrailEntry = ReturnType<typeof trailEntry>;

/** The meeting page's "forward an item" form and both ends of the trail. */
export function forwardingView(
	db: Db,
	actor: Actor,
	meeting: Meeting,
	body: Body,
	items: readonly { key: string; title: string }[],
	now = new Date()
) {
	const trail = meetingForwards(db, actor, meeting);
	const canForward = meeting.status !== 'cancelled' && can(actor, 'item.forward', bodyTarget(body));
	const targets = canForward ? forwardTargets(db, actor, body, now) : [];
	return {
		canForward,
		items: canForward ? items.map((i) => ({ key: i.key, title: i.title })) : [],
		targets,
		outgoing: trail.outgoing.map(trailEntry),
		incoming: trail.incoming.map(trailEntry),
		/** Accepting into this meeting is possible only while its agenda is open. */
		canReceiveHere: agendaEditable(meeting.status)
	};
}
