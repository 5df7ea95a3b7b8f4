/**
 * The meetings a person may read, and the refusal for one they may not act on:
 * a meeting they cannot read is not found, one they read but may not change is forbidden.
 */
import { and, asc, desc, eq, gte, inArray, or, type SQL } from 'drizzle-orm';
import type { MeetingStatus } from '../../domain/meetings';
import { can, type Action, type Actor, type BodyTarget, type TargetOf } from '../../domain/policy';
import { assertCan, assertCanRead } from '../access';
import { bodyTarget } from '../bodies/target';
import type { Queryable } from '../db/client';
import { body, meeting, type Body, type Meeting } from '../db/schema';
import { notFound } from '../errors';

export interface MeetingWithBody {
	meeting: Meeting;
	body: Body;
}

function meetingWithBody(db: Queryable, meetingId: number): MeetingWithBody {
	const row = db
		.select({ meeting, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.id, meetingId))
		.get();
	if (!row) throw notFound();
	return row;
}

/** A meeting and its body, if the actor may see the meeting at all. */
export function getMeeting(db: Queryable, actor: Actor | null, meetingId: number): MeetingWithBody {
	const row = meetingWithBody(db, meetingId);
	assertCanRead(actor, 'meeting.read', bodyTarget(row.body));
	return row;
}

/** The policy's actions on a meeting's body. */
export type MeetingAction = {
	[A in Action]: TargetOf<A> extends BodyTarget
		? BodyTarget extends TargetOf<A>
			? A
			: never
		: never;
}[Action];

/**
 * A meeting the actor may take `action` on: not found for someone who may not
 * read it (it stays hidden), forbidden for a reader who may not act.
 */
export function authorizeMeeting(
	db: Queryable,
	actor: Actor,
	meetingId: number,
	action: MeetingAction
): MeetingWithBody {
	const row = meetingWithBody(db, meetingId);
	const target = bodyTarget(row.body);
	if (!can(actor, 'meeting.read', target)) throw notFound();
	assertCan(actor, action, target);
	return row;
}

export interface MeetingFilter {
	/** Of these bodies only. */
	bodyIds?: readonly number[];
	/** Not over before this moment. */
	from?: Date;
	statuses?: readonly MeetingStatus[];
	order?: 'asc' | 'desc';
}

/**
 * The bodies whose meetings `meeting.read` lets the actor see, as SQL: those they
 * belong to, and every body of their region for a coordinator. Undefined: all; null: none.
 */
function readableBodies(actor: Actor): SQL | undefined | null {
	if (actor.siteRole === 'admin') return undefined;
	const memberOf = actor.memberships.map((m) => m.bodyId);
	return (
		or(
			actor.siteRole === 'coordinator' ? eq(body.regionId, actor.regionId) : undefined,
			memberOf.length > 0 ? inArray(body.id, memberOf) : undefined
		) ?? null
	);
}

/** Meetings the actor may see, soonest first; region, access and the filter are applied in SQL. */
export function listMeetings(
	db: Queryable,
	actor: Actor,
	filter: MeetingFilter = {}
): MeetingWithBody[] {
	const readable = readableBodies(actor);
	if (readable === null) return [];
	const rows = db
		.select({ meeting, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(
			and(
				readable,
				filter.bodyIds ? inArray(meeting.bodyId, [...filter.bodyIds]) : undefined,
				filter.from ? gte(meeting.endsAt, filter.from) : undefined,
				filter.statuses ? inArray(meeting.status, [...filter.statuses]) : undefined
			)
		)
		.orderBy(filter.order === 'desc' ? desc(meeting.startsAt) : asc(meeting.startsAt))
		.all();
	// The SQL narrows to what the policy grants; the policy keeps the last word on every row.
	return rows.filter((r) => can(actor, 'meeting.read', bodyTarget(r.body)));
}
