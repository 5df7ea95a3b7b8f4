import { describe, expect, it } from 'vitest';
import { MEETING_STATUSES, agendaEditable, canMoveTo, hasMinutes, meetingNumber, minutesEditable, titleWithNumber, type MeetingStatus } from './meetings';

describe('meeting statuses', () => {
	it('move along the path of a meeting and nowhere else', () => {
		const moves = MEETING_STATUSES.flatMap((from) => MEETING_STATUSES.filter((to) => canMoveTo(from, to)).map((to) => `${from} → ${to}`));
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
		expect(MEETING_STATUSES.filter(hasMinutes)).toEqual<MeetingStatus[]>(['in_progress', 'minutes_review', 'approved', 'published']);
		expect(MEETING_STATUSES.filter(agendaEditable)).toEqual<MeetingStatus[]>(['planned']);
	});
});

describe('meeting numbers', () => {
	it('read as number/year', () => {
		expect(meetingNumber(8, 2022)).toBe('8/2022');
	});

	it('stand once in a title, whether the title carries them already or not', () => {
		expect(titleWithNumber('Kuntayhteistyöryhmä 1/2025', '1/2025')).toBe('Kuntayhteistyöryhmä 1/2025');
		expect(titleWithNumber('Kevään kokous', '1/2025')).toBe('Kevään kokous 1/2025');
	});
});
