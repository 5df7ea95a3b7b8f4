/**
 * Meeting numbers as the body has them: "8/2022" is the body's eighth meeting
 * of 2022. The app counts on from the last meeting it knows, or from the
 * number the body's officers set for a year (a body that starts using the app
 * mid-year), whichever is higher, so numbers stay unique and a meeting once
 * numbered is never renumbered.
 */
import { and, desc, eq } from 'drizzle-orm';
import { meetingNumber } from '../../domain/meetings';
import type { Actor } from '../../domain/policy';
import { assertCan } from '../access';
import { recordAudit } from '../audit/log';
import { bodyTarget } from '../bodies/target';
import type { Queryable } from '../db/client';
import { body, meeting, meetingNumbering } from '../db/schema';
import { invalid, notFound } from '../errors';

/** Highest number a body can be asked to continue from. */
export const MAX_SEQUENCE = 999;

function lastSequence(db: Queryable, bodyId: number, year: number): number {
	return (
		db
			.select({ sequence: meeting.sequence })
			.from(meeting)
			.where(and(eq(meeting.bodyId, bodyId), eq(meeting.year, year)))
			.orderBy(desc(meeting.sequence))
			.limit(1)
			.get()?.sequence ?? 0
	);
}

/** The number the body's next meeting of the year takes. */
export function nextSequence(db: Queryable, bodyId: number, year: number): number {
	const set = db
		.select({ next: meetingNumbering.nextSequence })
		.from(meetingNumbering)
		.where(and(eq(meetingNumbering.bodyId, bodyId), eq(meetingNumbering.year, year)))
		.get();
	return Math.max(lastSequence(db, bodyId, year) + 1, set?.next ?? 1);
}

/**
 * Sets the number of the body's next meeting in a year. Refused when a meeting
 * of that year already has this number or a higher one: numbers stay unique
 * and in order, and nothing already numbered changes.
 */
export function setNextMeetingNumber(
	db: Queryable,
	actor: Actor,
	bodyId: number,
	input: { year: number; sequence: number },
	now = new Date()
): void {
	const target = db.select().from(body).where(eq(body.id, bodyId)).get();
	if (!target) throw notFound();
	assertCan(actor, 'meeting.manage', bodyTarget(target));
	const last = lastSequence(db, bodyId, input.year);
	if (input.sequence <= last)
		throw invalid('meeting.numbering.taken', { sequence: 'meeting.numbering.taken' });
	db.transaction((tx) => {
		tx.insert(meetingNumbering)
			.values({ bodyId, ...input, nextSequence: input.sequence })
			.onConflictDoUpdate({
				target: [meetingNumbering.bodyId, meetingNumbering.year],
				set: { nextSequence: input.sequence }
			})
			.run();
		recordAudit(
			tx,
			{
				regionId: target.regionId,
				userId: actor.userId,
				action: 'meeting.numberingSet',
				targetType: 'body',
				targetId: bodyId,
				summary: `${target.name}: ${meetingNumber(input.sequence, input.year)}`
			},
			now
		);
	});
}
