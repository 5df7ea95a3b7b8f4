/**
 * Forwarding an agenda item between levels: the coordinator network prepares
 * an item for the strategic negotiation, a forum's proposal goes to the
 * operational level. The receiving body's secretary accepts it into one of
 * its meetings (the item is added to that agenda, with a link back) or
 * declines it with a reason.
 */
import { and, asc, eq, gt, inArray, isNull, ne, or } from 'drizzle-orm';
import { docName } from '../../domain/doc-name';
import { agendaEditable, numberOf } from '../../domain/meetings';
import { can, type Actor } from '../../domain/policy';
import { insertItemBeforeClosing } from '../../documents/doc-schema';
import { assertCan } from '../access';
import { bodyTarget } from '../bodies/target';
import { listMembers } from '../bodies/rows';
import { changeLiveDoc } from '../collab/store';
import type { Queryable } from '../db/client';
import {
	agendaItem,
	body,
	itemForward,
	meeting,
	type Body,
	type ItemForward,
	type Meeting
} from '../db/schema';
import { conflict, invalid, notFound } from '../errors';
import { projectItems } from '../meetings/projection';
import { notify } from '../notifications/service';
import { reindexMeeting } from '../search/index';

export interface ForwardInput {
	targetBodyId: number;
	/** Null: the receiving body's next meeting, chosen when the item is accepted. */
	targetMeetingId: number | null;
	note: string;
}

function meetingWithBody(db: Queryable, meetingId: number): { meeting: Meeting; body: Body } {
	const row = db
		.select({ meeting, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.id, meetingId))
		.get();
	if (!row) throw notFound();
	return row;
}

/** A target meeting must belong to the body and still take agenda items. */
function assertReceivingMeeting(
	db: Queryable,
	meetingId: number,
	bodyId: number,
	field: string
): Meeting {
	const target = db.select().from(meeting).where(eq(meeting.id, meetingId)).get();
	if (target?.bodyId !== bodyId)
		throw invalid('calendar.forward.meetingNotOfBody', {
			[field]: 'calendar.forward.meetingNotOfBody'
		});
	if (!agendaEditable(target.status))
		throw conflict('calendar.forward.meetingClosed', { [field]: 'calendar.forward.meetingClosed' });
	return target;
}

/** The secretaries and chairs of a body: who decides on items sent to it. */
function receivers(db: Queryable, bodyId: number): number[] {
	return (listMembers(db, [bodyId]).get(bodyId) ?? [])
		.filter((m) => m.role === 'secretary' || m.role === 'chair')
		.map((m) => m.userId);
}

export function forwardItem(
	db: Queryable,
	actor: Actor,
	sourceMeetingId: number,
	itemKey: string,
	input: ForwardInput,
	now = new Date()
): ItemForward {
	const source = meetingWithBody(db, sourceMeetingId);
	assertCan(actor, 'item.forward', bodyTarget(source.body));
	if (source.meeting.status === 'cancelled') throw conflict('calendar.forward.sourceCancelled');
	const item = db
		.select()
		.from(agendaItem)
		.where(and(eq(agendaItem.meetingId, sourceMeetingId), eq(agendaItem.key, itemKey)))
		.get();
	if (!item) throw notFound();
	const target = db.select().from(body).where(eq(body.id, input.targetBodyId)).get();
	if (!target || target.regionId !== source.body.regionId || target.id === source.body.id) {
		throw invalid('calendar.forward.chooseBody', { targetBodyId: 'calendar.forward.chooseBody' });
	}
	if (input.targetMeetingId !== null)
		assertReceivingMeeting(db, input.targetMeetingId, target.id, 'targetMeetingId');
	return db.transaction((tx) => {
		const pending = tx
			.select({ id: itemForward.id })
			.from(itemForward)
			.where(
				and(
					eq(itemForward.sourceMeetingId, sourceMeetingId),
					eq(itemForward.sourceItemKey, itemKey),
					eq(itemForward.targetBodyId, target.id),
					eq(itemForward.status, 'pending')
				)
			)
			.get();
		if (pending) throw conflict('calendar.forward.alreadyPending');
		const created = tx
			.insert(itemForward)
			.values({
				sourceMeetingId,
				sourceItemKey: itemKey,
				title: item.title,
				note: input.note.trim(),
				targetBodyId: target.id,
				targetMeetingId: input.targetMeetingId,
				forwardedBy: actor.userId,
				forwardedAt: now
			})
			.returning()
			.get();
		notify(
			tx,
			{
				userIds: receivers(tx, target.id),
				kind: 'item_forwarded',
				params: { item: item.title, fromBody: source.body.name, toBody: target.name },
				link: `/bodies/${target.id}#forwarded`
			},
			now
		);
		return created;
	});
}

function forwardFor(
	db: Queryable,
	actor: Actor,
	forwardId: number
): { forward: ItemForward; target: Body } {
	const row = db
		.select({ forward: itemForward, target: body })
		.from(itemForward)
		.innerJoin(body, eq(itemForward.targetBodyId, body.id))
		.where(eq(itemForward.id, forwardId))
		.get();
	if (!row) throw notFound();
	assertCan(actor, 'item.receive', bodyTarget(row.target));
	if (row.forward.status !== 'pending') throw conflict('calendar.forward.alreadyDecided');
	return row;
}

/** The body's next meeting that still takes agenda items. */
function nextMeeting(db: Queryable, bodyId: number, now: Date): Meeting | undefined {
	return db
		.select()
		.from(meeting)
		.where(
			and(eq(meeting.bodyId, bodyId), eq(meeting.status, 'planned'), gt(meeting.startsAt, now))
		)
		.orderBy(asc(meeting.startsAt))
		.get();
}

/**
 * Adds the item to the receiving meeting's agenda (the chosen one, the one
 * the sender named, or the body's next meeting). Its proposal carries the
 * sender's note and where the item came from.
 */
export function acceptForward(
	db: Queryable,
	actor: Actor,
	forwardId: number,
	meetingId: number | null,
	now = new Date()
): Meeting {
	const { forward, target } = forwardFor(db, actor, forwardId);
	const chosen = meetingId ?? forward.targetMeetingId;
	const receiving =
		chosen !== null
			? assertReceivingMeeting(db, chosen, target.id, 'meetingId')
			: nextMeeting(db, target.id, now);
	if (!receiving) throw conflict('calendar.forward.noMeeting');
	const source = meetingWithBody(db, forward.sourceMeetingId);
	const sourceItem = db
		.select()
		.from(agendaItem)
		.where(
			and(eq(agendaItem.meetingId, source.meeting.id), eq(agendaItem.key, forward.sourceItemKey))
		)
		.get();
	const origin = `Asia on siirretty kokouksesta ${source.body.name} ${numberOf(source.meeting)}${sourceItem ? `, asia ${sourceItem.position + 1}` : ''}.`;
	return db.transaction((tx) => {
		let itemKey = '';
		const agenda = changeLiveDoc(tx, docName('agenda', receiving.id), (doc) => {
			itemKey = insertItemBeforeClosing(doc, {
				title: forward.title,
				proposal: [forward.note, origin].filter(Boolean).join('\n\n')
			});
		});
		projectItems(tx, receiving.id, agenda);
		reindexMeeting(tx, receiving.id);
		tx.update(itemForward)
			.set({
				status: 'accepted',
				targetMeetingId: receiving.id,
				targetItemKey: itemKey,
				decidedBy: actor.userId,
				decidedAt: now
			})
			.where(eq(itemForward.id, forwardId))
			.run();
		return receiving;
	});
}

export function declineForward(
	db: Queryable,
	actor: Actor,
	forwardId: number,
	reason: string,
	now = new Date()
): void {
	forwardFor(db, actor, forwardId);
	if (reason.trim() === '')
		throw invalid('calendar.forward.reasonRequired', { reason: 'calendar.forward.reasonRequired' });
	db.update(itemForward)
		.set({
			status: 'declined',
			decidedBy: actor.userId,
			decidedAt: now,
			decisionNote: reason.trim()
		})
		.where(eq(itemForward.id, forwardId))
		.run();
}

/** One end of a forward's trail, as the agendas show it. */
export interface ForwardView {
	forward: ItemForward;
	sourceBody: Body;
	sourceMeeting: Meeting;
	targetBody: Body;
	targetMeeting: Meeting | null;
	/** The viewer may accept or decline it. */
	canDecide: boolean;
}

function views(db: Queryable, actor: Actor, rows: ItemForward[]): ForwardView[] {
	if (rows.length === 0) return [];
	const meetingIds = [
		...new Set(
			rows.flatMap((r) => [r.sourceMeetingId, ...(r.targetMeetingId ? [r.targetMeetingId] : [])])
		)
	];
	const meetings = new Map(
		db
			.select()
			.from(meeting)
			.where(inArray(meeting.id, meetingIds))
			.all()
			.map((m) => [m.id, m])
	);
	const bodyIds = [
		...new Set([...rows.map((r) => r.targetBodyId), ...[...meetings.values()].map((m) => m.bodyId)])
	];
	const bodies = new Map(
		db
			.select()
			.from(body)
			.where(inArray(body.id, bodyIds))
			.all()
			.map((b) => [b.id, b])
	);
	return rows.map((forward) => {
		const sourceMeeting = meetings.get(forward.sourceMeetingId)!;
		const targetBody = bodies.get(forward.targetBodyId)!;
		return {
			forward,
			sourceMeeting,
			sourceBody: bodies.get(sourceMeeting.bodyId)!,
			targetBody,
			targetMeeting: forward.targetMeetingId
				? (meetings.get(forward.targetMeetingId) ?? null)
				: null,
			canDecide: forward.status === 'pending' && can(actor, 'item.receive', bodyTarget(targetBody))
		};
	});
}

/**
 * The trail on a meeting page: items this meeting sent on, and items sent to
 * it (accepted into it, or pending for its body and still open for it).
 */
export function meetingForwards(
	db: Queryable,
	actor: Actor,
	m: Meeting
): { outgoing: ForwardView[]; incoming: ForwardView[] } {
	const outgoing = db
		.select()
		.from(itemForward)
		.where(eq(itemForward.sourceMeetingId, m.id))
		.orderBy(asc(itemForward.forwardedAt))
		.all();
	const incoming = db
		.select()
		.from(itemForward)
		.where(
			or(
				eq(itemForward.targetMeetingId, m.id),
				agendaEditable(m.status)
					? and(
							eq(itemForward.targetBodyId, m.bodyId),
							eq(itemForward.status, 'pending'),
							isNull(itemForward.targetMeetingId)
						)
					: undefined
			)
		)
		.orderBy(asc(itemForward.forwardedAt))
		.all();
	return { outgoing: views(db, actor, outgoing), incoming: views(db, actor, incoming) };
}

/**
 * Where the actor may send an item from `source`: the region's other bodies,
 * each with its upcoming meetings that still take items (those the actor may see).
 */
export function forwardTargets(db: Queryable, actor: Actor, source: Body, now = new Date()) {
	const bodies = db
		.select()
		.from(body)
		.where(and(eq(body.regionId, source.regionId), ne(body.id, source.id)))
		.all()
		.filter((b) => can(actor, 'body.read', bodyTarget(b)));
	if (bodies.length === 0) return [];
	const upcoming = db
		.select()
		.from(meeting)
		.where(
			and(
				inArray(
					meeting.bodyId,
					bodies.map((b) => b.id)
				),
				eq(meeting.status, 'planned'),
				gt(meeting.startsAt, now)
			)
		)
		.orderBy(asc(meeting.startsAt))
		.all();
	return bodies.map((b) => ({
		id: b.id,
		name: b.name,
		meetings: can(actor, 'meeting.read', bodyTarget(b))
			? upcoming
					.filter((m) => m.bodyId === b.id)
					.map((m) => ({ id: m.id, number: numberOf(m), startsAt: m.startsAt }))
			: []
	}));
}

/** Items sent to a body and not yet decided: shown on the body page. */
export function pendingForwardsTo(db: Queryable, actor: Actor, bodyId: number): ForwardView[] {
	const rows = db
		.select()
		.from(itemForward)
		.where(and(eq(itemForward.targetBodyId, bodyId), eq(itemForward.status, 'pending')))
		.orderBy(asc(itemForward.forwardedAt))
		.all();
	return views(db, actor, rows);
}
