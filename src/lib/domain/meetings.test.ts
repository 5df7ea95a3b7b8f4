import { describe, expect, it } from 'vitest';
import {
	isInPublicArchive,
	requestsAnswerable,
	MEETING_STATUSES,
	agendaEditable,
	canMoveTo,
	closesBeforeOpening,
	hasMinutes,
	isEarlyStart,
	meetingNumber,
	minutesEditable,
	proposedClosingTime,
	titleWithNumber,
	type MeetingStatus
} from './meetings';

describe('meeting statuses', () => {
	it('move along the path of a meeting and nowhere else', () => {
		const moves = MEETING_STATUSES.flatMap((from) =>
			MEETING_STATUSES.filter((to) => canMoveTo(from, to)).map((to) => `${from} → ${to}`)
		);
		expect(moves).toEqual([
			'planned → in_progress',
			'planned → cancelled',
			'in_progress → minutes_review',
			'minutes_review → in_progress',
			'minutes_review → approved',
			'approved → published'
		]);
	});

	it('let the minutes be written only while the meeting runs: not in review, not once approved', () => {
		const editable = MEETING_STATUSES.filter(minutesEditable);
		expect(editable).toEqual<MeetingStatus[]>(['in_progress']);
		expect(MEETING_STATUSES.filter(hasMinutes)).toEqual<MeetingStatus[]>([
			'in_progress',
			'minutes_review',
			'approved',
			'published'
		]);
		expect(MEETING_STATUSES.filter(agendaEditable)).toEqual<MeetingStatus[]>(['planned']);
	});
});

describe('meeting numbers', () => {
	it('read as number/year', () => {
		expect(meetingNumber(8, 2022)).toBe('8/2022');
	});

	it('stand once in a title, whether the title carries them already or not', () => {
		expect(titleWithNumber('Kuntayhteistyöryhmä 1/2025', '1/2025')).toBe(
			'Kuntayhteistyöryhmä 1/2025'
		);
		expect(titleWithNumber('Kevään kokous', '1/2025')).toBe('Kevään kokous 1/2025');
	});
});

describe('starting a meeting early', () => {
	// 13.00 Helsinki time.
	const startsAt = new Date('2027-03-16T11:00:00Z');

	it('is early more than a day before the start time', () => {
		expect(isEarlyStart(startsAt, new Date('2027-03-02T09:00:00Z'))).toBe(true);
		expect(isEarlyStart(startsAt, new Date('2027-03-15T10:59:00Z'))).toBe(true);
	});

	it('is not early exactly a day before the start time', () => {
		expect(isEarlyStart(startsAt, new Date('2027-03-15T11:00:00Z'))).toBe(false);
	});

	it('is not early within a day of the start, on the day, or late', () => {
		expect(isEarlyStart(startsAt, new Date('2027-03-15T11:01:00Z'))).toBe(false);
		expect(isEarlyStart(startsAt, new Date('2027-03-16T06:00:00Z'))).toBe(false);
		expect(isEarlyStart(startsAt, new Date('2027-03-16T11:05:00Z'))).toBe(false);
	});

	it('is not early on the meeting’s own day, even a day of 25 hours', () => {
		// 25.10.2026 the clocks go back: 00.10 to 23.30 Helsinki time is 24 h 20 min.
		expect(isEarlyStart(new Date('2026-10-25T21:30:00Z'), new Date('2026-10-24T21:10:00Z'))).toBe(
			false
		);
	});
});

describe('the closing time put to the secretary', () => {
	const meeting = {
		startsAt: new Date('2027-03-16T11:00:00Z'),
		endsAt: new Date('2027-03-16T13:15:00Z'),
		closedAt: null
	};

	it('is the recorded one when there is one', () => {
		const closedAt = new Date('2027-03-16T13:10:00Z');
		expect(proposedClosingTime({ ...meeting, closedAt }, new Date('2027-03-16T14:00:00Z'))).toEqual(
			closedAt
		);
	});

	it('is now on the meeting’s day, and the scheduled end on a later day', () => {
		const now = new Date('2027-03-16T13:04:00Z');
		expect(proposedClosingTime(meeting, now)).toEqual(now);
		expect(proposedClosingTime(meeting, new Date('2027-03-17T07:30:00Z'))).toEqual(meeting.endsAt);
	});

	it('may not be before the opening, by the minute', () => {
		const openedAt = new Date('2027-03-16T11:02:37Z');
		expect(closesBeforeOpening(openedAt, new Date('2027-03-16T11:01:00Z'))).toBe(true);
		expect(closesBeforeOpening(openedAt, new Date('2027-03-16T11:02:00Z'))).toBe(false);
		expect(closesBeforeOpening(openedAt, new Date('2027-03-16T13:10:00Z'))).toBe(false);
	});
});

describe('the public archive', () => {
	const invitedAt = new Date('2026-05-01T09:00:00Z');
	it('shows a public body’s invited agenda until the meeting starts, and its published minutes', () => {
		const shown = MEETING_STATUSES.filter((status) =>
			isInPublicArchive({ status, invitedAt }, { public: true })
		);
		expect(shown).toEqual(['planned', 'published']);
		expect(isInPublicArchive({ status: 'planned', invitedAt: null }, { public: true })).toBe(false);
		// Minutes published without an invitation recorded are public all the same.
		expect(isInPublicArchive({ status: 'published', invitedAt: null }, { public: true })).toBe(
			true
		);
	});

	it('shows nothing of a non-public body', () => {
		expect(
			MEETING_STATUSES.filter((status) =>
				isInPublicArchive({ status, invitedAt }, { public: false })
			)
		).toEqual([]);
	});
});

describe('requestsAnswerable', () => {
	it('is open before and during the meeting, closed after it or when cancelled', () => {
		expect(MEETING_STATUSES.filter(requestsAnswerable)).toEqual(['planned', 'in_progress']);
	});
});
