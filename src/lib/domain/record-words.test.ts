import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from './record';
import {
	attendeeLine,
	recordKind,
	recordMeetingTime,
	signatures,
	splitAttendance
} from './record-words';

const record: MeetingRecord = {
	kind: 'minutes',
	meeting: {
		id: 1,
		number: '8/2022',
		title: '',
		startsAt: '2022-05-20T10:00:00Z',
		endsAt: '2022-05-20T12:15:00Z',
		place: 'Teams',
		openedAt: null,
		closedAt: null
	},
	body: {
		id: 1,
		name: 'Hyvinvointikoordinaattoriverkosto',
		level: 'coordinator_network',
		formal: false
	},
	attendance: [
		{
			name: 'Aino Virtanen',
			title: 'kunnanjohtaja',
			organisation: 'Liperi',
			role: 'chair',
			status: 'present',
			wording: 'poistui klo 13.40 ja palasi 14.19',
			member: true
		},
		{
			name: 'Esko Rautiainen',
			title: '',
			organisation: 'Rääkkylä',
			role: null,
			status: 'excused',
			wording: '',
			member: true
		},
		{
			name: 'Heini Lehikoinen',
			title: '',
			organisation: '',
			role: null,
			status: null,
			wording: '',
			member: false
		}
	],
	items: [],
	approvals: [
		{ name: 'Aino Virtanen', role: 'chair', approvedAt: '2022-05-23T06:12:00Z' },
		{ name: 'Jari Aho', role: 'secretary', approvedAt: '2022-05-20T13:30:00Z' }
	]
};

describe('the record in Finnish words', () => {
	it('names the document by its kind and the body', () => {
		expect(recordKind(record)).toBe('Muistio');
		expect(recordKind({ ...record, body: { ...record.body, formal: true } })).toBe('Pöytäkirja');
		expect(recordKind({ ...record, kind: 'agenda' })).toBe('Esityslista');
	});

	it('writes the time in the Finnish form, in Helsinki time', () => {
		expect(recordMeetingTime(record.meeting.startsAt, record.meeting.endsAt)).toBe(
			'20.5.2022 klo 13.00–15.15'
		);
		expect(recordMeetingTime('2022-05-20T18:00:00Z', '2022-05-20T22:00:00Z')).toBe(
			'20.5.2022 klo 21.00 – 21.5.2022 klo 1.00'
		);
	});

	it('lists attendees with title, role, organisation and their times, the absent apart', () => {
		const { members, others, away } = splitAttendance(record);
		expect(members.map(attendeeLine)).toEqual([
			'kunnanjohtaja Aino Virtanen, pj., Liperi, poistui klo 13.40 ja palasi 14.19'
		]);
		expect(others.map((a) => a.name)).toEqual(['Heini Lehikoinen']);
		expect(away.map(attendeeLine)).toEqual(['Esko Rautiainen, Rääkkylä']);
	});

	it('signs with the names over their roles and each approval’s own time', () => {
		expect(signatures(record)).toEqual([
			{ name: 'Aino Virtanen', role: 'puheenjohtaja', approvedAt: '23.5.2022 klo 9.12' },
			{ name: 'Jari Aho', role: 'sihteeri', approvedAt: '20.5.2022 klo 16.30' }
		]);
	});
});
