/**
 * The meeting page: the meeting, its items with who was present for each, the
 * attendance, officers, sign-off, attachments, requests, measures and
 * forwarding, each with the permission flags the page shows its forms by.
 */
import { visibleTieWarnings } from '../../domain/disqualification';
import { docName } from '../../domain/doc-name';
import { agendaEditable, hasMinutes, numberOf, requestsAnswerable } from '../../domain/meetings';
import { currentItemKey, itemWindows, presentDuring } from '../../domain/minutes';
import { can, type Actor } from '../../domain/policy';
import { isoDate, isoTime } from '../../domain/time';
import {
	canApprove,
	documentAccess,
	mayChangeAttachments,
	mayReadNonPublicAttachments
} from '../access';
import { listMeetingAttachments } from '../attachments/service';
import { ATTACHMENT_ACCEPT } from '../files/stored-files';
import { bodyTarget } from '../bodies/target';
import type { Queryable } from '../db/client';
import type { Body, Meeting } from '../db/schema';
import { meetingGrantDecisions } from '../grants/decision';
import { meetingTieWarnings } from '../grants/tie-warnings';
import { meetingMeasures } from '../measures/meeting-measures';
import {
	listApprovers,
	listChangeRequests,
	listMinuteCheckers,
	minutesTarget
} from '../records/signoff';
import { effectiveRecord, listCorrections } from '../records/stored';
import { forwardingView } from './forwarding';
import { getMeeting } from './readable';
import { askableOrganisations, listRequests, requestsToActor } from './requests';
import {
	listAttendance,
	listDisqualifications,
	listItems,
	officersOf,
	type AttendeeView
} from './rows';

export function meetingPage(db: Queryable, actor: Actor, meetingId: number, now: Date) {
	const { meeting, body } = getMeeting(db, actor, meetingId);
	const target = bodyTarget(body);
	const attendance = listAttendance(db, meetingId);
	const items = itemsWithPresence(db, meeting, attendance, now);
	const disqualifications = listDisqualifications(db, meetingId);
	const canManage = can(actor, 'meeting.manage', target);
	const canRecord = meeting.status === 'in_progress' && can(actor, 'minutes.edit', target);
	return {
		meeting: {
			id: meeting.id,
			number: numberOf(meeting),
			title: meeting.title,
			status: meeting.status,
			startsAt: meeting.startsAt,
			endsAt: meeting.endsAt,
			place: meeting.place,
			onlineUrl: meeting.onlineUrl,
			openedAt: meeting.openedAt,
			closedAt: meeting.closedAt,
			form: {
				title: meeting.title,
				date: isoDate(meeting.startsAt),
				startTime: isoTime(meeting.startsAt),
				endTime: isoTime(meeting.endsAt),
				place: meeting.place,
				onlineUrl: meeting.onlineUrl
			}
		},
		body: { id: body.id, name: body.name, level: body.level },
		agendaAccess: documentAccess(db, actor, docName('agenda', meetingId)),
		minutesAccess: hasMinutes(meeting.status)
			? documentAccess(db, actor, docName('minutes', meetingId))
			: 'deny',
		canManage,
		canRecord,
		items,
		// Before the first item is marked started, the meeting is at its first item (the opening).
		currentItemKey: currentItemKey(items) ?? items[0]?.key ?? null,
		attendance,
		signOff: signOffView(db, actor, meeting, body),
		officers: officersView(db, meeting, body, attendance),
		disqualifications,
		// While the meeting runs: who appears tied to an applicant of a grant item must declare first.
		tieWarnings:
			meeting.status === 'in_progress'
				? visibleTieWarnings(meetingTieWarnings(db, meetingId, attendance), disqualifications, {
						userId: actor.userId,
						seesAll: canRecord || canManage
					}).map((w) => ({ ...w, own: w.userId === actor.userId }))
				: [],
		canInvite:
			meeting.status === 'planned' && !meeting.invitedAt && can(actor, 'meeting.manage', target),
		invitedAt: meeting.invitedAt,
		publicUrl:
			body.public && (meeting.status === 'published' || meeting.invitedAt)
				? `/archive/meetings/${meeting.id}`
				: null,
		attachments: attachmentsView(db, actor, meeting, body),
		requests: requestsView(db, actor, meeting, body),
		measures: meetingMeasures(db, actor, meeting, body),
		forwarding: forwardingView(db, actor, meeting, body, items, now),
		grantDecisions: meetingGrantDecisions(db, actor, meeting, body, now),
		icsUrl: `/meetings/${meeting.id}/calendar.ics`
	};
}

/** The items in order, with who was in the room for some of each item's handling. */
function itemsWithPresence(db: Queryable, meeting: Meeting, attendance: AttendeeView[], now: Date) {
	const closedAt = meeting.closedAt ?? now;
	const openedAt = meeting.openedAt;
	return itemWindows(listItems(db, [meeting.id]), closedAt).map((item) => ({
		key: item.key,
		title: item.title,
		presenter: item.presenter,
		public: item.public,
		startedAt: item.startedAt,
		present:
			item.window && openedAt
				? attendance
						.filter(
							(a) =>
								a.status === 'present' &&
								presentDuring(a.events, { openedAt, closedAt }, item.window!)
						)
						.map((a) => a.name)
				: null
	}));
}

/** Approvers, requests for changes and the approved record, once the minutes are in review. */
function signOffView(db: Queryable, actor: Actor, meeting: Meeting, body: Body) {
	if (
		!['minutes_review', 'approved', 'published'].includes(meeting.status) &&
		meeting.reviewRound === 0
	)
		return null;
	const target = bodyTarget(body);
	const approved = meeting.status === 'approved' || meeting.status === 'published';
	const minutes = minutesTarget(db, meeting, body);
	return {
		approvers: listApprovers(db, meeting.id),
		changeRequests: listChangeRequests(db, meeting.id),
		canApprove: canApprove(actor, meeting.status, minutes),
		/** The actor signs, but a disqualification bars them: the panel says why. */
		barredByDisqualification: minutes.barredUserIds.includes(actor.userId),
		canPublish:
			meeting.status === 'approved' && body.public && can(actor, 'minutes.publish', target),
		canCorrect: approved && can(actor, 'minutes.correct', target),
		record: approved && can(actor, 'minutes.read', target) ? effectiveRecord(db, meeting.id) : null,
		corrections: approved ? listCorrections(db, meeting.id).map(({ after: _after, ...c }) => c) : []
	};
}

/** Who chaired and who was secretary, as the officers form shows and sends them. */
function officersView(db: Queryable, meeting: Meeting, body: Body, attendance: AttendeeView[]) {
	const officers = officersOf(db, meeting.id, attendance);
	const [meetingChair, ...itemTurns] = officers.chairedBy;
	return {
		chair: meetingChair?.person.id ?? null,
		secretary: officers.secretary?.id ?? null,
		itemChairs: Object.fromEntries(
			itemTurns.flatMap((turn) => (turn.items ?? []).map((item) => [item.key, turn.person.id]))
		),
		checkerUserIds: body.usesMinuteCheckers
			? listMinuteCheckers(db, meeting.id).map((c) => c.userId)
			: null
	};
}

/** Numbered through the whole meeting; non-public ones are listed only to those who may open them. */
function attachmentsView(db: Queryable, actor: Actor, meeting: Meeting, body: Body) {
	const target = bodyTarget(body);
	const readsNonPublic = mayReadNonPublicAttachments(actor, target);
	return {
		files: listMeetingAttachments(db, meeting.id).filter((file) => file.public || readsNonPublic),
		canChange: mayChangeAttachments(actor, meeting.status, target),
		accept: ATTACHMENT_ACCEPT
	};
}

/** Every request for those who see the meeting; the asker's form; the requests to one's own organisation on top. */
function requestsView(db: Queryable, actor: Actor, meeting: Meeting, body: Body) {
	const all = listRequests(db, meeting.id);
	const canAsk = agendaEditable(meeting.status) && can(actor, 'agenda.edit', bodyTarget(body));
	return {
		all,
		toUs: requestsToActor(all, actor, body),
		canAsk,
		canAnswer: requestsAnswerable(meeting.status),
		organisations: canAsk ? askableOrganisations(db, body.id) : []
	};
}
