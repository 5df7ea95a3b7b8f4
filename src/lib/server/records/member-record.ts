import { hasMinutes } from '../../domain/meetings';
import type { Actor } from '../../domain/policy';
import type { MeetingRecord } from '../../domain/record';
import { assertCan } from '../access';
import { bodyTarget } from '../bodies/target';
import type { Queryable } from '../db/client';
import { notFound } from '../errors';
import { getMeeting } from '../meetings/readable';
import { buildMeetingRecord } from './build';
import { effectiveRecord } from './stored';

/**
 * The record as the body's members read it (PDF downloads): the approved
 * minutes with corrections once they exist, otherwise the live draft.
 */
export function memberRecord(
	db: Queryable,
	actor: Actor,
	meetingId: number,
	kind: 'agenda' | 'minutes'
): MeetingRecord {
	const { meeting, body } = getMeeting(db, actor, meetingId);
	if (kind === 'agenda') return buildMeetingRecord(db, meetingId, 'agenda');
	assertCan(actor, 'minutes.read', bodyTarget(body));
	if (!hasMinutes(meeting.status)) throw notFound();
	return effectiveRecord(db, meetingId) ?? buildMeetingRecord(db, meetingId, 'minutes');
}
