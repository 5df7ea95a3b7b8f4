/** Meeting statuses and the moves between them (docs/domain.md, "Meeting documents"). */
import { isoDate } from './time';

export const MEETING_STATUSES = [
	'planned',
	'in_progress',
	'minutes_review',
	'approved',
	'published',
	'cancelled'
] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

const NEXT: Record<MeetingStatus, readonly MeetingStatus[]> = {
	planned: ['in_progress', 'cancelled'],
	in_progress: ['minutes_review'],
	minutes_review: ['in_progress', 'approved'],
	approved: ['published'],
	published: [],
	cancelled: []
};

export function canMoveTo(from: MeetingStatus, to: MeetingStatus): boolean {
	return NEXT[from].includes(to);
}

/**
 * What of a meeting anyone may read in the public archive: the agenda of a
 * public body's meeting once invited, until it starts, and its minutes once
 * published. Nothing else of it is public. The archive's queries
 * (src/lib/server/records/archive.ts, published.ts) select by the same rule.
 */
export function isInPublicArchive(
	m: { status: MeetingStatus; invitedAt: Date | null },
	body: { public: boolean }
): boolean {
	return (
		body.public && (m.status === 'published' || (m.status === 'planned' && m.invitedAt !== null))
	);
}

/** An organisation answers what it was asked to bring until the meeting ends. */
export function requestsAnswerable(status: MeetingStatus): boolean {
	return status === 'planned' || status === 'in_progress';
}

/** Minutes exist from the start of the meeting on. */
export function hasMinutes(status: MeetingStatus): boolean {
	return status !== 'planned' && status !== 'cancelled';
}

/**
 * Minutes are written while the meeting runs, and only then: in review an
 * approval must cover exactly the text that was approved, so a change needs a
 * request for changes, which reopens them; once approved they are frozen.
 */
export function minutesEditable(status: MeetingStatus): boolean {
	return status === 'in_progress';
}

/** The agenda is prepared until the meeting starts; then the minutes carry it on. */
export function agendaEditable(status: MeetingStatus): boolean {
	return status === 'planned';
}

/** "8/2022": the meeting's number within its body and year. */
export function meetingNumber(sequence: number, year: number): string {
	return `${sequence}/${year}`;
}

/** A meeting's number from the meeting itself. */
export function numberOf(m: { sequence: number; year: number }): string {
	return meetingNumber(m.sequence, m.year);
}

/** A meeting named with its number once: a default title ("Kuntayhteistyöryhmä 8/2022") already carries it. */
export function titleWithNumber(title: string, number: string): string {
	return title.includes(number) ? title : `${title} ${number}`;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * Starting a meeting more than a day before its start time is more likely a slip
 * than a decision, so it is confirmed first; on the meeting's own day (Helsinki),
 * within a day of its start, or late, starting stays one click.
 */
export function isEarlyStart(startsAt: Date, now: Date): boolean {
	return startsAt.getTime() - now.getTime() > DAY_MS && isoDate(now) !== isoDate(startsAt);
}

/**
 * The closing time put to the secretary when the minutes go to review: the one
 * recorded, else now while it is still the meeting's day, else the scheduled end
 * (minutes finished the next morning did not close the meeting then).
 */
export function proposedClosingTime(
	m: { startsAt: Date; endsAt: Date; closedAt: Date | null },
	now: Date
): Date {
	if (m.closedAt) return m.closedAt;
	return isoDate(now) === isoDate(m.startsAt) ? now : m.endsAt;
}

/** Whether a meeting would close before it opened, by the minute, as the minutes write both ("klo 13.02"). */
export function closesBeforeOpening(openedAt: Date, closedAt: Date): boolean {
	return Math.floor(closedAt.getTime() / MINUTE_MS) < Math.floor(openedAt.getTime() / MINUTE_MS);
}

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const PRESENCE_EVENTS = ['arrived', 'left', 'returned'] as const;
export type PresenceEventKind = (typeof PRESENCE_EVENTS)[number];
