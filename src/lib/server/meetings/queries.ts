import { and, asc, desc, eq, gte, inArray } from 'drizzle-orm';
import { meetingNumber, type MeetingStatus } from '../../domain/meetings';
import { presenceWording, type PresenceMark } from '../../domain/minutes';
import { meetingOfficers, type MeetingOfficers } from '../../domain/officers';
import { can, type Actor } from '../../domain/policy';
import { assertCan } from '../access';
import { bodyTarget } from '../bodies/target';
import type { Queryable } from '../db/client';
import {
	agendaItem,
	attendance,
	body,
	meeting,
	meetingOfficer,
	presenceEvent,
	type Body,
	type Meeting
} from '../db/schema';
import { notFound } from '../errors';

export interface MeetingWithBody {
	meeting: Meeting;
	body: Body;
}

/** A meeting and its body, if the actor may see the meeting at all. */
export function getMeeting(db: Queryable, actor: Actor | null, meetingId: number): MeetingWithBody {
	const row = db
		.select({ meeting, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.id, meetingId))
		.get();
	if (!row) throw notFound();
	assertCan(actor, 'meeting.read', bodyTarget(row.body));
	return row;
}

export function numberOf(m: Pick<Meeting, 'sequence' | 'year'>): string {
	return meetingNumber(m.sequence, m.year);
}

export interface MeetingFilter {
	/** Of these bodies only. */
	bodyIds?: readonly number[];
	/** Not over before this moment. */
	from?: Date;
	statuses?: readonly MeetingStatus[];
	order?: 'asc' | 'desc';
}

/** Meetings the actor may see, soonest first; the filter is applied in SQL (a region holds years of meetings). */
export function listMeetings(
	db: Queryable,
	actor: Actor,
	filter: MeetingFilter = {}
): MeetingWithBody[] {
	const rows = db
		.select({ meeting, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(
			and(
				filter.bodyIds ? inArray(meeting.bodyId, [...filter.bodyIds]) : undefined,
				filter.from ? gte(meeting.endsAt, filter.from) : undefined,
				filter.statuses ? inArray(meeting.status, [...filter.statuses]) : undefined
			)
		)
		.orderBy(filter.order === 'desc' ? desc(meeting.startsAt) : asc(meeting.startsAt))
		.all();
	return rows.filter((r) => can(actor, 'meeting.read', bodyTarget(r.body)));
}

export function listItems(db: Queryable, meetingIds: number[]) {
	if (meetingIds.length === 0) return [];
	return db
		.select()
		.from(agendaItem)
		.where(inArray(agendaItem.meetingId, meetingIds))
		.orderBy(asc(agendaItem.position))
		.all();
}

export interface AttendeeView {
	id: number;
	userId: number | null;
	name: string;
	title: string;
	organisation: string;
	role: string | null;
	status: string | null;
	events: { id: number; kind: PresenceMark['kind']; at: Date }[];
	/** "poistui klo 13.40 ja palasi 14.19" */
	wording: string;
}

/** Attendance with arrival and departure marks, members by role first, then other participants. */
export function listAttendance(db: Queryable, meetingId: number): AttendeeView[] {
	const people = db
		.select()
		.from(attendance)
		.where(eq(attendance.meetingId, meetingId))
		.orderBy(asc(attendance.id))
		.all();
	const marks = people.length
		? db
				.select()
				.from(presenceEvent)
				.where(
					inArray(
						presenceEvent.attendanceId,
						people.map((p) => p.id)
					)
				)
				.orderBy(asc(presenceEvent.at))
				.all()
		: [];
	return people.map((p) => {
		const events = marks
			.filter((m) => m.attendanceId === p.id)
			.map((m) => ({ id: m.id, kind: m.kind, at: m.at }));
		return {
			id: p.id,
			userId: p.userId,
			name: p.name,
			title: p.title,
			organisation: p.organisation,
			role: p.role,
			status: p.status,
			events,
			wording: presenceWording(events)
		};
	});
}

/** Who chaired the meeting (or single items) and who kept its minutes: what was recorded, else the defaults. */
export function officersOf(
	db: Queryable,
	meetingId: number,
	attendees = listAttendance(db, meetingId)
): MeetingOfficers<AttendeeView> {
	const recorded = db
		.select({
			attendanceId: meetingOfficer.attendanceId,
			duty: meetingOfficer.duty,
			itemKey: meetingOfficer.itemKey
		})
		.from(meetingOfficer)
		.where(eq(meetingOfficer.meetingId, meetingId))
		.all()
		.map((row) => ({ ...row, itemKey: row.itemKey || null }));
	return meetingOfficers(attendees, recorded, listItems(db, [meetingId]));
}
