/** The shapes of the meetings integration API (README, "Integration API"). */
import { hasMinutes, numberOf } from '../../domain/meetings';
import type { Actor } from '../../domain/policy';
import { listApprovers, listMinuteCheckers } from '../records/signoff';
import type { Queryable } from '../db/client';
import { listRequests } from './requests';
import { getMeeting, listMeetings, type MeetingWithBody } from './readable';
import { listAttendance, listDisqualifications, listItems, officersOf } from './rows';

function summary({ meeting: m, body }: MeetingWithBody, origin: string) {
	return {
		id: m.id,
		bodyId: body.id,
		level: body.level,
		title: m.title,
		number: numberOf(m),
		startsAt: m.startsAt.toISOString(),
		endsAt: m.endsAt.toISOString(),
		status: m.status,
		url: `${origin}/meetings/${m.id}`
	};
}

export function meetingsForApi(db: Queryable, actor: Actor, origin: string) {
	return listMeetings(db, actor).map((row) => summary(row, origin));
}

/** The minutes' PDF once there are minutes, else the agenda's; the public one once published. */
function pdfUrl({ meeting: m }: MeetingWithBody, origin: string): string {
	if (m.status === 'published') return `${origin}/archive/meetings/${m.id}/minutes.pdf`;
	return `${origin}/meetings/${m.id}/${hasMinutes(m.status) ? 'minutes' : 'agenda'}.pdf`;
}

export function meetingForApi(db: Queryable, actor: Actor, meetingId: number, origin: string) {
	const row = getMeeting(db, actor, meetingId);
	const attendance = listAttendance(db, meetingId);
	const requests = listRequests(db, meetingId);
	const declared = listDisqualifications(db, meetingId);
	return {
		...summary(row, origin),
		publishedAt: row.meeting.publishedAt?.toISOString() ?? null,
		pdfUrl: pdfUrl(row, origin),
		approvals: listApprovers(db, meetingId)
			.filter((a) => a.approvedAt)
			.map((a) => ({ name: a.name, role: a.role, approvedAt: a.approvedAt!.toISOString() })),
		agendaItems: listItems(db, [meetingId]).map((item, index) => ({
			number: index + 1,
			title: item.title,
			public: item.public,
			startedAt: item.startedAt?.toISOString() ?? null,
			requests: requests
				.filter((request) => request.itemKey === item.key)
				.map((request) => ({
					organisation: request.organisation,
					text: request.text,
					answered: request.answeredAt !== null
				})),
			disqualified: declared
				.filter((d) => d.itemKey === item.key)
				.map((d) => ({ userId: d.userId, ground: d.ground }))
		})),
		// The officers as the record names them: items null for the whole meeting, else the item numbers.
		chairedBy: officersOf(db, meetingId, attendance).chairedBy.map((turn) => ({
			name: turn.person.name,
			userId: turn.person.userId,
			items: turn.items?.map((item) => item.number) ?? null
		})),
		minuteCheckers: listMinuteCheckers(db, meetingId),
		attendance: attendance.map((a) => ({
			name: a.name,
			title: a.title,
			organisation: a.organisation,
			role: a.role,
			status: a.status,
			events: a.events.map((e) => ({ kind: e.kind, at: e.at.toISOString() })),
			wording: a.wording
		}))
	};
}
