/**
 * The public archive: what anyone may read without logging in. Published
 * minutes of public bodies (published.ts) and the agendas of their upcoming
 * meetings once invited. Everything else does not exist for the public.
 */
import { and, asc, eq, gte, isNotNull } from 'drizzle-orm';
import { numberOf } from '../../domain/meetings';
import { publicView, type MeetingRecord } from '../../domain/record';
import type { Queryable } from '../db/client';
import { body, meeting, type Body, type Meeting } from '../db/schema';
import { notFound } from '../errors';
import { buildMeetingRecord } from './build';
import {
	countPublishedRecords,
	getPublishedRecord,
	listPublicBodies,
	listPublishedMeetings
} from './published';

/** Invited, still planned meetings of public bodies from `now` on. */
export function listInvitedMeetings(
	db: Queryable,
	now: Date,
	bodyId?: number
): { meeting: Meeting; body: Body }[] {
	return db
		.select({ meeting, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(
			and(
				eq(body.public, true),
				eq(meeting.status, 'planned'),
				isNotNull(meeting.invitedAt),
				gte(meeting.endsAt, now),
				bodyId ? eq(body.id, bodyId) : undefined
			)
		)
		.orderBy(asc(meeting.startsAt))
		.all();
}

export function listArchiveBodies(db: Queryable, now: Date) {
	return listPublicBodies(db).map((b) => ({
		body: b,
		publishedCount: countPublishedRecords(db, b.id),
		upcomingCount: listInvitedMeetings(db, now, b.id).length
	}));
}

export function getArchiveBody(db: Queryable, bodyId: number, now: Date) {
	const found = listPublicBodies(db).find((b) => b.id === bodyId);
	if (!found) return null;
	return {
		body: found,
		published: listPublishedMeetings(db, bodyId),
		upcoming: listInvitedMeetings(db, now, bodyId)
	};
}

/** The public agenda of an invited meeting of a public body, or null. */
export function getPublicAgenda(
	db: Queryable,
	meetingId: number
): { meeting: Meeting; body: Body; record: MeetingRecord } | null {
	const row = db
		.select({ meeting, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(
			and(
				eq(meeting.id, meetingId),
				eq(body.public, true),
				eq(meeting.status, 'planned'),
				isNotNull(meeting.invitedAt)
			)
		)
		.get();
	return row ? { ...row, record: publicView(buildMeetingRecord(db, meetingId, 'agenda')) } : null;
}

/** The public page of a meeting: its published minutes, else its invited agenda, else nothing. */
export function getArchiveMeeting(db: Queryable, meetingId: number) {
	return getPublishedRecord(db, meetingId) ?? getPublicAgenda(db, meetingId);
}

/** The archive's front page: the public bodies with how many records and invited meetings each has. */
export function archiveBodiesPage(db: Queryable, now: Date) {
	return {
		bodies: listArchiveBodies(db, now).map(({ body: b, publishedCount, upcomingCount }) => ({
			id: b.id,
			name: b.name,
			level: b.level,
			description: b.description,
			publishedCount,
			upcomingCount
		}))
	};
}

function archiveSummary(m: Meeting) {
	return { id: m.id, title: m.title, number: numberOf(m), startsAt: m.startsAt, endsAt: m.endsAt };
}

/** A public body's page in the archive: its invited meetings and published minutes; not found for any other body. */
export function archiveBodyPage(db: Queryable, bodyId: number, now: Date) {
	const found = getArchiveBody(db, bodyId, now);
	if (!found) throw notFound();
	return {
		body: {
			id: found.body.id,
			name: found.body.name,
			level: found.body.level,
			description: found.body.description
		},
		published: found.published.map((p) => archiveSummary(p.meeting)),
		upcoming: found.upcoming.map((u) => archiveSummary(u.meeting))
	};
}

/** Published minutes, or the agenda of an invited meeting; not found for everything else. */
export function archiveMeetingPage(db: Queryable, meetingId: number) {
	const found = getArchiveMeeting(db, meetingId);
	if (!found) throw notFound();
	return { record: found.record, bodyId: found.body.id };
}
