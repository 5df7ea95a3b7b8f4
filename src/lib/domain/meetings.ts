/** Meeting statuses and the moves between them (domain.md, "Meeting documents"). */
export const MEETING_STATUSES = ['planned', 'in_progress', 'minutes_review', 'approved', 'published', 'cancelled'] as const;
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

/** A meeting named with its number once: a default title ("Kuntayhteistyöryhmä 8/2022") already carries it. */
export function titleWithNumber(title: string, number: string): string {
	return title.includes(number) ? title : `${title} ${number}`;
}

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const PRESENCE_EVENTS = ['arrived', 'left', 'returned'] as const;
export type PresenceEventKind = (typeof PRESENCE_EVENTS)[number];
