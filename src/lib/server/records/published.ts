/**
 * Published records, as the public may read them: approved minutes that a
 * coordinator or the secretary published, of public bodies only, always in
 * their public view (non-public items reduced to title and reason).
 */
import { and, count, desc, eq, isNotNull } from 'drizzle-orm';
import { publicView, type MeetingRecord } from '../../domain/record';
import type { Queryable } from '../db/client';
import { body, meeting, minutesRecord, type Body, type Meeting } from '../db/schema';
import { parseRecord, withCorrections } from './stored';

export interface PublishedRecord {
	meeting: Meeting;
	body: Body;
	/** Already reduced to what the public may see. */
	record: MeetingRecord;
}

const isPublished = and(
	eq(meeting.status, 'published'),
	isNotNull(meeting.publishedAt),
	eq(body.public, true)
);

/** How many published minutes a body has, without reading the records. */
export function countPublishedRecords(db: Queryable, bodyId: number): number {
	return (
		db
			.select({ n: count() })
			.from(minutesRecord)
			.innerJoin(meeting, eq(minutesRecord.meetingId, meeting.id))
			.innerJoin(body, eq(meeting.bodyId, body.id))
			.where(and(isPublished, eq(meeting.bodyId, bodyId)))
			.get()?.n ?? 0
	);
}

/** A body's published meetings, newest first, without reading their records: for lists, which show no more. */
export function listPublishedMeetings(
	db: Queryable,
	bodyId: number
): { meeting: Meeting; body: Body }[] {
	return db
		.select({ meeting, body })
		.from(minutesRecord)
		.innerJoin(meeting, eq(minutesRecord.meetingId, meeting.id))
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(and(isPublished, eq(meeting.bodyId, bodyId)))
		.orderBy(desc(meeting.startsAt))
		.all();
}

function published(db: Queryable, where?: ReturnType<typeof eq>) {
	return db
		.select({ meeting, body, data: minutesRecord.data })
		.from(minutesRecord)
		.innerJoin(meeting, eq(minutesRecord.meetingId, meeting.id))
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(and(isPublished, where))
		.orderBy(desc(meeting.startsAt))
		.all()
		.map((row) => ({
			meeting: row.meeting,
			body: row.body,
			record: publicView(withCorrections(db, row.meeting.id, parseRecord(row.data, row.meeting.id)))
		}));
}

export function listPublishedRecords(
	db: Queryable,
	filter: { bodyId?: number } = {}
): PublishedRecord[] {
	return published(db, filter.bodyId ? eq(meeting.bodyId, filter.bodyId) : undefined);
}

/** The published record of a meeting, or null: drafts and unpublished minutes do not exist for the public. */
export function getPublishedRecord(db: Queryable, meetingId: number): PublishedRecord | null {
	return published(db, eq(meeting.id, meetingId))[0] ?? null;
}

/** Public bodies of a region, for the archive and OParl. */
export function listPublicBodies(db: Queryable): Body[] {
	return db.select().from(body).where(eq(body.public, true)).orderBy(body.name).all();
}
