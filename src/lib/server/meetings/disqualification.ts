/**
 * Disqualifications declared in a meeting (src/lib/domain/disqualification.ts):
 * the secretary records them per participant and item while the meeting runs;
 * the person leaves the room for the item (a presence event) and the minutes,
 * the API and the sign-off read them from here.
 */
import { and, eq } from 'drizzle-orm';
import type { DisqualificationGround } from '../../domain/disqualification';
import type { Actor } from '../../domain/policy';
import { recordAudit } from '../audit/log';
import type { Db } from '../db/client';
import { attendance, disqualification, presenceEvent } from '../db/schema';
import { conflict, notFound } from '../errors';
import { listDisqualifications, listItems } from './rows';
import { attendanceFor } from './service';

export interface DisqualificationInput {
	itemKey: string;
	attendanceId: number;
	ground: DisqualificationGround;
	specification: string;
}

/**
 * Records the declaration and, for someone in the room, that they left it at
 * `at`: the secretary records their return when the item is over, and the
 * attendance reads "poistui klo … ja palasi …".
 */
export function declareDisqualification(
	db: Db,
	actor: Actor,
	meetingId: number,
	input: DisqualificationInput,
	at: Date
): void {
	let attendee: typeof attendance.$inferSelect | undefined;
	const { body: b, meeting: m } = attendanceFor(db, actor, meetingId, () => {
		attendee = db
			.select()
			.from(attendance)
			.where(and(eq(attendance.id, input.attendanceId), eq(attendance.meetingId, meetingId)))
			.get();
		if (!attendee || !listItems(db, [meetingId]).some((item) => item.key === input.itemKey))
			throw notFound();
	});
	const already = db
		.select({ id: disqualification.id })
		.from(disqualification)
		.where(
			and(
				eq(disqualification.meetingId, meetingId),
				eq(disqualification.itemKey, input.itemKey),
				eq(disqualification.attendanceId, input.attendanceId)
			)
		)
		.get();
	if (already) throw conflict('disqualification.already');
	db.transaction((tx) => {
		tx.insert(disqualification)
			.values({ meetingId, ...input, declaredAt: at, recordedBy: actor.userId })
			.run();
		// One marked away was not in the room to leave it; anyone else was, and leaves for the item.
		if (attendee!.status !== 'absent' && attendee!.status !== 'excused') {
			tx.insert(presenceEvent).values({ attendanceId: input.attendanceId, kind: 'left', at }).run();
			tx.update(attendance)
				.set({ status: 'present' })
				.where(eq(attendance.id, input.attendanceId))
				.run();
		}
		recordAudit(
			tx,
			{
				regionId: b.regionId,
				userId: actor.userId,
				action: 'meeting.disqualificationDeclared',
				targetType: 'meeting',
				targetId: meetingId,
				summary: `${m.title}: ${attendee!.name} (${input.ground})`
			},
			at
		);
	});
}

/** A declaration recorded by mistake is withdrawn while the meeting runs; the presence marks stay for the secretary to correct. */
export function withdrawDisqualification(
	db: Db,
	actor: Actor,
	meetingId: number,
	disqualificationId: number,
	now: Date
): void {
	const own = () => listDisqualifications(db, meetingId).find((d) => d.id === disqualificationId);
	const { body: b, meeting: m } = attendanceFor(db, actor, meetingId, () => {
		if (!own()) throw notFound();
	});
	const row = own()!;
	db.transaction((tx) => {
		tx.delete(disqualification).where(eq(disqualification.id, disqualificationId)).run();
		recordAudit(
			tx,
			{
				regionId: b.regionId,
				userId: actor.userId,
				action: 'meeting.disqualificationWithdrawn',
				targetType: 'meeting',
				targetId: meetingId,
				summary: `${m.title}: ${row.name} (${row.ground})`
			},
			now
		);
	});
}
