/** Use cases of meetings: scheduling, the status moves, attendance and item times. */
import { and, eq } from 'drizzle-orm';
import type { SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import { createAgendaDoc, createMinutesDoc, writeChairSentences } from '../../documents/doc-schema';
import { docName } from '../../domain/doc-name';
import {
	canMoveTo,
	closesBeforeOpening,
	isEarlyStart,
	meetingNumber,
	proposedClosingTime,
	type AttendanceStatus,
	type MeetingStatus,
	type PresenceEventKind
} from '../../domain/meetings';
import { STANDARD_AGENDA } from '../../domain/minutes';
import { meetingOfficers } from '../../domain/officers';
import type { Actor } from '../../domain/policy';
import { atClockOn, helsinkiYear, isoDate } from '../../domain/time';
import { assertCan } from '../access';
import { bodyTarget } from '../bodies/target';
import { listMembers } from '../bodies/rows';
import { changeLiveDoc, loadDoc, storeNewDoc } from '../collab/store';
import type { Db, Queryable } from '../db/client';
import {
	agendaItem,
	attendance,
	body,
	meeting,
	meetingOfficer,
	minuteChecker,
	presenceEvent,
	type Meeting
} from '../db/schema';
import { conflict, invalid, notFound } from '../errors';
import { emitAfterCommit } from '../events';
import { askForApproval, barredFromApproving } from '../records/signoff';
import { reindexMeeting } from '../search/index';
import { projectItems } from './projection';
import { authorizeMeeting, getMeeting } from './readable';
import { listAttendance, listItems } from './rows';
import { nextSequence } from './numbering';
import { nextRevision } from './revision';

export interface MeetingInput {
	title: string;
	startsAt: Date;
	endsAt: Date;
	place: string;
	onlineUrl: string;
}

function assertTimes(input: Pick<MeetingInput, 'startsAt' | 'endsAt'>): void {
	if (input.endsAt <= input.startsAt)
		throw invalid('meeting.endBeforeStart', { endTime: 'meeting.endBeforeStart' });
}

/** A clock time typed on the meeting's day, or `now` when left empty ("one click at the current time"). */
export function timeOnMeetingDay(
	db: Queryable,
	actor: Actor,
	meetingId: number,
	time: string,
	field = 'time',
	now = new Date()
): Date {
	if (!time) return now;
	const at = atClockOn(getMeeting(db, actor, meetingId).meeting.startsAt, time);
	if (!at) throw invalid('validation.time', { [field]: 'validation.time' });
	return at;
}

/**
 * Schedules a meeting with the next number of its body and year, and its
 * agenda document started from the standard items.
 */
export function scheduleMeeting(
	db: Queryable,
	actor: Actor,
	bodyId: number,
	input: MeetingInput
): Meeting {
	const target = db.select().from(body).where(eq(body.id, bodyId)).get();
	if (!target) throw notFound();
	assertCan(actor, 'meeting.manage', bodyTarget(target));
	assertTimes(input);
	return db.transaction((tx) => {
		const year = helsinkiYear(input.startsAt);
		const sequence = nextSequence(tx, bodyId, year);
		const created = tx
			.insert(meeting)
			.values({
				...input,
				title: input.title || `${target.name} ${meetingNumber(sequence, year)}`,
				bodyId,
				sequence,
				year
			})
			.returning()
			.get();
		const agenda = createAgendaDoc(STANDARD_AGENDA);
		storeNewDoc(tx, docName('agenda', created.id), agenda);
		projectItems(tx, created.id, agenda);
		reindexMeeting(tx, created.id);
		return created;
	});
}

export function updateMeetingDetails(
	db: Db,
	actor: Actor,
	meetingId: number,
	input: MeetingInput
): void {
	const { meeting: current } = authorizeMeeting(db, actor, meetingId, 'meeting.manage');
	if (current.status !== 'planned') throw conflict('meeting.notPlanned');
	assertTimes(input);
	db.update(meeting)
		.set({ ...input, title: input.title || current.title, revision: nextRevision })
		.where(eq(meeting.id, meetingId))
		.run();
}

/**
 * The refusal of a step that needs the person's yes first: nothing changes, and
 * the page puts its message to them as a question beside the button.
 */
function confirmationNeeded(messageKey: string) {
	return conflict(messageKey, { confirm: messageKey });
}

function moveStatus(
	db: Queryable,
	current: Meeting,
	to: MeetingStatus,
	extra: SQLiteUpdateSetSource<typeof meeting> = {}
): void {
	if (!canMoveTo(current.status, to)) throw conflict(`meeting.cannotMove.${to}`);
	db.update(meeting)
		.set({ status: to, ...extra })
		.where(eq(meeting.id, current.id))
		.run();
	// Open live documents re-check what each connection may do.
	emitAfterCommit('meetingAccessChanged', current.id);
}

/**
 * Starts the meeting: the minutes are started from the agenda as it stands,
 * every member of the body is listed for attendance, and the opening time is
 * recorded, in the minutes too ("Puheenjohtaja avasi kokouksen klo 13.02.").
 * More than a day early it needs `confirmed`.
 */
export function startMeeting(
	db: Db,
	actor: Actor,
	meetingId: number,
	now = new Date(),
	{ confirmed = false } = {}
): void {
	const { meeting: current, body: owner } = authorizeMeeting(
		db,
		actor,
		meetingId,
		'meeting.manage'
	);
	// Only a planned meeting starts; minutes sent back for changes are not started again.
	if (current.status !== 'planned') throw conflict('meeting.cannotMove.in_progress');
	if (!confirmed && isEarlyStart(current.startsAt, now))
		throw confirmationNeeded('meeting.confirm.start');
	const agenda = loadDoc(db, docName('agenda', meetingId));
	if (!agenda) throw conflict('meeting.agendaMissing');
	const minutes = createMinutesDoc(agenda.doc);
	writeChairSentences(minutes, { openedAt: now, closedAt: null });
	const members = listMembers(db, [owner.id]).get(owner.id) ?? [];
	db.transaction((tx) => {
		// The event is confirmed now if it was not, and a public agenda leaves the archive.
		moveStatus(tx, current, 'in_progress', { openedAt: now, revision: nextRevision });
		storeNewDoc(tx, docName('minutes', meetingId), minutes);
		projectItems(tx, meetingId, minutes);
		reindexMeeting(tx, meetingId);
		for (const m of members.filter((m) => m.active)) {
			tx.insert(attendance)
				.values({
					meetingId,
					userId: m.userId,
					name: m.name,
					title: m.title,
					organisation: m.organisationName,
					role: m.role
				})
				.onConflictDoNothing()
				.run();
		}
	});
}

/** Cancelling cannot be undone, so it always needs `confirmed`. */
export function cancelMeeting(
	db: Db,
	actor: Actor,
	meetingId: number,
	{ confirmed }: { confirmed: boolean }
): void {
	const { meeting: current } = authorizeMeeting(db, actor, meetingId, 'meeting.manage');
	if (!canMoveTo(current.status, 'cancelled')) throw conflict('meeting.cannotMove.cancelled');
	if (!confirmed) throw confirmationNeeded('meeting.confirm.cancel');
	moveStatus(db, current, 'cancelled', { revision: nextRevision });
}

/** The closing time the secretary is asked to confirm when sending the minutes to review. */
export function closingTimeToConfirm(
	db: Db,
	actor: Actor,
	meetingId: number,
	now = new Date()
): Date {
	const { meeting: current } = authorizeMeeting(db, actor, meetingId, 'minutes.edit');
	if (!canMoveTo(current.status, 'minutes_review'))
		throw conflict('meeting.cannotMove.minutes_review');
	return proposedClosingTime(current, now);
}

/**
 * The secretary sends the finished minutes to the chair and secretary for
 * approval, with the closing time they confirmed; without one (the demo,
 * tests) the recorded time stands, or now. The closing item says it
 * ("Puheenjohtaja päätti kokouksen klo 15.10.") unless the secretary wrote it.
 */
export function sendMinutesToReview(
	db: Db,
	actor: Actor,
	meetingId: number,
	closedAt?: Date,
	now = new Date()
): void {
	const { meeting: current, body: owner } = authorizeMeeting(db, actor, meetingId, 'minutes.edit');
	if (!canMoveTo(current.status, 'minutes_review'))
		throw conflict('meeting.cannotMove.minutes_review');
	if (closedAt && isoDate(closedAt) !== isoDate(current.startsAt)) {
		throw invalid('meeting.closeNotOnMeetingDay', { closedAt: 'meeting.closeNotOnMeetingDay' });
	}
	const closing = closedAt ?? current.closedAt ?? now;
	if (current.openedAt && closesBeforeOpening(current.openedAt, closing)) {
		throw invalid('meeting.closeBeforeOpening', { closedAt: 'meeting.closeBeforeOpening' });
	}
	// A signer the disqualifications bar could never approve: the secretary names another first.
	if (barredFromApproving(db, meetingId).length > 0)
		throw conflict('disqualification.barredSigner');
	db.transaction((tx) => {
		moveStatus(tx, current, 'minutes_review', { closedAt: closing });
		changeLiveDoc(tx, docName('minutes', meetingId), (doc) =>
			writeChairSentences(doc, { openedAt: current.openedAt, closedAt: closing })
		);
		// Every review round (the first, and each after a change request) asks the approvers again.
		askForApproval(tx, current, owner, actor.userId, now);
	});
}

/** Records the opening and closing times, in the minutes' opening and closing items too ("Puheenjohtaja päätti kokouksen klo 15.15."). */
export function recordMeetingTimes(
	db: Db,
	actor: Actor,
	meetingId: number,
	times: { openedAt: Date | null; closedAt: Date | null }
): void {
	const { meeting: current } = authorizeMeeting(db, actor, meetingId, 'minutes.edit');
	if (current.status !== 'in_progress') throw conflict('meeting.notInProgress');
	if (times.openedAt && times.closedAt && times.closedAt <= times.openedAt) {
		throw invalid('meeting.closeBeforeOpen', { closedAt: 'meeting.closeBeforeOpen' });
	}
	db.transaction((tx) => {
		tx.update(meeting).set(times).where(eq(meeting.id, meetingId)).run();
		changeLiveDoc(tx, docName('minutes', meetingId), (doc) => writeChairSentences(doc, times));
	});
}

/**
 * Attendance is recorded while the minutes are being written. `ownIds` checks that
 * the ids from the form are this meeting's, after who and before when: an id of
 * another meeting is not found, whatever the status.
 */
export function attendanceFor(
	db: Db,
	actor: Actor,
	meetingId: number,
	ownIds: () => void = () => {}
) {
	const row = authorizeMeeting(db, actor, meetingId, 'minutes.edit');
	ownIds();
	if (row.meeting.status !== 'in_progress') throw conflict('meeting.notInProgress');
	return row;
}

function attendeeOf(db: Db, meetingId: number, attendanceId: number) {
	const row = db
		.select()
		.from(attendance)
		.where(and(eq(attendance.id, attendanceId), eq(attendance.meetingId, meetingId)))
		.get();
	if (!row) throw notFound();
	return row;
}

export function setAttendanceStatus(
	db: Db,
	actor: Actor,
	meetingId: number,
	attendanceId: number,
	status: AttendanceStatus
): void {
	attendanceFor(db, actor, meetingId, () => attendeeOf(db, meetingId, attendanceId));
	db.update(attendance).set({ status }).where(eq(attendance.id, attendanceId)).run();
}

/** Other participants (experts, guests) by name, title and organisation. */
export function addParticipant(
	db: Db,
	actor: Actor,
	meetingId: number,
	input: { name: string; title: string; organisation: string }
): void {
	attendanceFor(db, actor, meetingId);
	db.insert(attendance)
		.values({ meetingId, ...input, status: 'present' })
		.run();
}

export function removeParticipant(
	db: Db,
	actor: Actor,
	meetingId: number,
	attendanceId: number
): void {
	attendanceFor(db, actor, meetingId, () => attendeeOf(db, meetingId, attendanceId));
	if (attendeeOf(db, meetingId, attendanceId).userId !== null)
		throw conflict('attendance.memberStays');
	db.delete(attendance).where(eq(attendance.id, attendanceId)).run();
}

/** One click records an arrival, departure or return at the given time (now by default). */
export function recordPresence(
	db: Db,
	actor: Actor,
	meetingId: number,
	attendanceId: number,
	kind: PresenceEventKind,
	at: Date
): void {
	attendanceFor(db, actor, meetingId, () => attendeeOf(db, meetingId, attendanceId));
	db.transaction((tx) => {
		tx.insert(presenceEvent).values({ attendanceId, kind, at }).run();
		// Someone who arrives or comes back is present, whatever was marked before.
		tx.update(attendance).set({ status: 'present' }).where(eq(attendance.id, attendanceId)).run();
	});
}

function presenceEventOf(db: Db, meetingId: number, eventId: number) {
	const row = db
		.select({ id: presenceEvent.id })
		.from(presenceEvent)
		.innerJoin(attendance, eq(presenceEvent.attendanceId, attendance.id))
		.where(and(eq(presenceEvent.id, eventId), eq(attendance.meetingId, meetingId)))
		.get();
	if (!row) throw notFound();
}

export function correctPresenceTime(
	db: Db,
	actor: Actor,
	meetingId: number,
	eventId: number,
	at: Date
): void {
	attendanceFor(db, actor, meetingId, () => presenceEventOf(db, meetingId, eventId));
	db.update(presenceEvent).set({ at }).where(eq(presenceEvent.id, eventId)).run();
}

export function removePresence(db: Db, actor: Actor, meetingId: number, eventId: number): void {
	attendanceFor(db, actor, meetingId, () => presenceEventOf(db, meetingId, eventId));
	db.delete(presenceEvent).where(eq(presenceEvent.id, eventId)).run();
}

/** The meeting's officers as the secretary records them (src/lib/domain/officers.ts); null chooses the default. */
export interface OfficerChoice {
	chair: number | null;
	secretary: number | null;
	itemChairs: { itemKey: string; attendanceId: number | null }[];
	/** Minute checkers by user id, for a body that uses them. */
	checkerUserIds: number[];
}

/**
 * Records who chaired, who was secretary and who checks the minutes, all at
 * once. Only what differs from the default is stored, so a later change of
 * attendance (the chair marked away) still moves the default along.
 */
export function recordOfficers(
	db: Db,
	actor: Actor,
	meetingId: number,
	choice: OfficerChoice
): void {
	const attendees = listAttendance(db, meetingId);
	const known = (attendanceId: number | null) =>
		attendanceId === null || attendees.some((a) => a.id === attendanceId);
	const itemKeys = new Set(listItems(db, [meetingId]).map((item) => item.key));
	// Attendees and items are the meeting's own: any other id names nothing here.
	const { body: b } = attendanceFor(db, actor, meetingId, () => {
		if (
			![choice.chair, choice.secretary].every(known) ||
			!choice.itemChairs.every((c) => itemKeys.has(c.itemKey) && known(c.attendanceId))
		)
			throw notFound();
	});
	const memberIds = new Set(attendees.flatMap((a) => (a.userId === null ? [] : [a.userId])));
	if (choice.checkerUserIds.length > 0 && !b.usesMinuteCheckers)
		throw conflict('signoff.noCheckers');
	if (!choice.checkerUserIds.every((userId) => memberIds.has(userId)))
		throw invalid('validation.choose', { userIds: 'validation.choose' });

	const defaults = meetingOfficers(attendees, [], []);
	const chair = choice.chair === defaults.chairedBy[0]?.person.id ? null : choice.chair;
	const secretary = choice.secretary === defaults.secretary?.id ? null : choice.secretary;
	const meetingChair = chair ?? defaults.chairedBy[0]?.person.id;
	const rows = [
		...(chair === null ? [] : [{ attendanceId: chair, duty: 'chair' as const, itemKey: '' }]),
		...(secretary === null
			? []
			: [{ attendanceId: secretary, duty: 'secretary' as const, itemKey: '' }]),
		...choice.itemChairs.flatMap(({ itemKey, attendanceId }) =>
			attendanceId === null || attendanceId === meetingChair
				? []
				: [{ attendanceId, duty: 'chair' as const, itemKey }]
		)
	];
	db.transaction((tx) => {
		tx.delete(meetingOfficer).where(eq(meetingOfficer.meetingId, meetingId)).run();
		for (const row of rows)
			tx.insert(meetingOfficer)
				.values({ meetingId, ...row })
				.run();
		if (!b.usesMinuteCheckers) return;
		tx.delete(minuteChecker).where(eq(minuteChecker.meetingId, meetingId)).run();
		for (const userId of new Set(choice.checkerUserIds))
			tx.insert(minuteChecker).values({ meetingId, userId }).run();
	});
}

/** The secretary marks when the meeting reached an item; presence per item follows from it. */
export function markItemStarted(
	db: Db,
	actor: Actor,
	meetingId: number,
	itemKey: string,
	at: Date | null
): void {
	attendanceFor(db, actor, meetingId, () => {
		if (!listItems(db, [meetingId]).some((item) => item.key === itemKey)) throw notFound();
	});
	db.update(agendaItem)
		.set({ startedAt: at })
		.where(and(eq(agendaItem.meetingId, meetingId), eq(agendaItem.key, itemKey)))
		.run();
}
