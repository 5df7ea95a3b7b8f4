/**
 * The approved record as stored, and as it stands with its corrections: read
 * by the archive, the meeting page, the member's record and the measures.
 * Sign-off (`signoff.ts`) writes both; this module only reads, so the
 * readers need not depend on the sign-off workflow.
 */
import { asc, eq } from 'drizzle-orm';
import { MeetingRecordSchema, type MeetingRecord } from '../../domain/record';
import { RichNodeSchema } from '../../domain/rich-text';
import type { Queryable } from '../db/client';
import { minutesCorrection, minutesRecord, user } from '../db/schema';
import { parseStored } from '../db/stored';

export function parseRecord(data: string, meetingId: number): MeetingRecord {
	return parseStored(MeetingRecordSchema, data, `minutes record of meeting ${meetingId}`);
}

/** Corrections in the order they were made: who, when, why, and the text after. */
export function listCorrections(db: Queryable, meetingId: number) {
	return db
		.select({
			id: minutesCorrection.id,
			itemKey: minutesCorrection.itemKey,
			field: minutesCorrection.field,
			reason: minutesCorrection.reason,
			after: minutesCorrection.after,
			createdAt: minutesCorrection.createdAt,
			name: user.name
		})
		.from(minutesCorrection)
		.innerJoin(user, eq(minutesCorrection.userId, user.id))
		.where(eq(minutesCorrection.meetingId, meetingId))
		.orderBy(asc(minutesCorrection.id))
		.all()
		.map(({ id, ...c }) => ({
			...c,
			after: parseStored(RichNodeSchema, c.after, `minutes correction ${id}`)
		}));
}

/** A stored record with the meeting's corrections applied in order. */
export function withCorrections(
	db: Queryable,
	meetingId: number,
	record: MeetingRecord
): MeetingRecord {
	for (const correction of listCorrections(db, meetingId)) {
		const item = record.items.find((i) => i.key === correction.itemKey);
		if (item) item[correction.field] = correction.after;
	}
	return record;
}

/** The approved record with its corrections applied, or null before approval. */
export function effectiveRecord(db: Queryable, meetingId: number): MeetingRecord | null {
	const stored = db
		.select({ data: minutesRecord.data })
		.from(minutesRecord)
		.where(eq(minutesRecord.meetingId, meetingId))
		.get();
	return stored ? withCorrections(db, meetingId, parseRecord(stored.data, meetingId)) : null;
}
