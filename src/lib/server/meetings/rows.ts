/** Reads of a meeting's parts without an actor: for the use cases and views that checked access first. */
import { asc, eq, inArray } from 'drizzle-orm';
import type { DisqualificationGround } from '../../domain/disqualification';
import { presenceWording, type PresenceMark } from '../../domain/minutes';
import { meetingOfficers, type MeetingOfficers } from '../../domain/officers';
import type { Queryable } from '../db/client';
import {
	agendaItem,
	attendance,
	disqualification,
	meetingOfficer,
	presenceEvent
} from '../db/schema';

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

/** The disqualifications declared in a meeting, with who (their attendance row) and on which item. */
export interface DisqualificationView {
	id: number;
	itemKey: string;
	attendanceId: number;
	userId: number | null;
	name: string;
	ground: DisqualificationGround;
	specification: string;
	declaredAt: Date;
}

export function listDisqualifications(db: Queryable, meetingId: number): DisqualificationView[] {
	return db
		.select({
			id: disqualification.id,
			itemKey: disqualification.itemKey,
			attendanceId: disqualification.attendanceId,
			userId: attendance.userId,
			name: attendance.name,
			ground: disqualification.ground,
			specification: disqualification.specification,
			declaredAt: disqualification.declaredAt
		})
		.from(disqualification)
		.innerJoin(attendance, eq(disqualification.attendanceId, attendance.id))
		.where(eq(disqualification.meetingId, meetingId))
		.orderBy(asc(disqualification.declaredAt), asc(disqualification.id))
		.all();
}
