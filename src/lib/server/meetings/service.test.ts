import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { readItems, textOf, plainText } from '../../documents/doc-schema';
import type { Actor } from '../../domain/policy';
import { STANDARD_AGENDA } from '../../domain/minutes';
import { loadDoc } from '../collab/store';
import type { Db } from '../db/client';
import { body, meeting, membership } from '../db/schema';
import { createTestDb } from '../db/testing';
import {
	insertBody,
	actorOf,
	insertActor,
	insertRegion,
	insertUser,
	refusal
} from '../testing/fixtures';
import { documentAccess } from '../access';
import { listAttendance, listItems } from './rows';
import {
	addParticipant,
	cancelMeeting,
	closingTimeToConfirm,
	markItemStarted,
	recordPresence,
	scheduleMeeting,
	sendMinutesToReview,
	setAttendanceStatus,
	startMeeting
} from './service';

const at = (iso: string) => new Date(iso);
const slot = (day: string) => ({
	title: '',
	startsAt: at(`${day}T10:00:00Z`),
	endsAt: at(`${day}T12:00:00Z`),
	place: 'Teams',
	onlineUrl: ''
});

describe('meetings', () => {
	let db: Db;
	let bodyId: number;
	let secretary: Actor;
	let member: Actor;
	let ngoMember: Actor;
	let outsider: Actor;

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'pk');
		bodyId = insertBody(db, r.regionId);
		const ngoOrg = db.$client
			.prepare(
				"insert into organisation (region_id, name, kind, created_at) values (?, 'Yhdistys ry', 'ngo', 0) returning id"
			)
			.get(r.regionId) as { id: number };
		const add = (email: string, role: 'secretary' | 'member', orgId = r.municipalityId) => {
			const u = insertUser(db, orgId, email);
			db.insert(membership).values({ bodyId, userId: u.id, role }).run();
			return actorOf(db, u.id);
		};
		secretary = add('sihteeri@example.fi', 'secretary');
		member = add('jasen@example.fi', 'member');
		ngoMember = add('jarjesto@example.fi', 'member', ngoOrg.id);
		outsider = insertActor(db, r.countyId, 'ulkopuolinen@example.fi', 'member');
	});

	it('numbers meetings per body and year', () => {
		const first = scheduleMeeting(db, secretary, bodyId, slot('2026-02-10'));
		const second = scheduleMeeting(db, secretary, bodyId, slot('2026-03-10'));
		const nextYear = scheduleMeeting(db, secretary, bodyId, slot('2027-01-20'));
		expect([first.sequence, second.sequence, nextYear.sequence]).toEqual([1, 2, 1]);
		expect(first.title).toBe('Verkosto 1/2026');
	});

	it('starts the agenda with the standard items', () => {
		const m = scheduleMeeting(db, secretary, bodyId, slot('2026-02-10'));
		expect(listItems(db, [m.id]).map((i) => i.title)).toEqual(STANDARD_AGENDA.map((i) => i.title));
	});

	it('refuses scheduling by a member and an end before the start', () => {
		expect(refusal(() => scheduleMeeting(db, member, bodyId, slot('2026-02-10'))).code).toBe(
			'forbidden'
		);
		const backwards = { ...slot('2026-02-10'), endsAt: at('2026-02-10T09:00:00Z') };
		expect(refusal(() => scheduleMeeting(db, secretary, bodyId, backwards)).issues).toHaveProperty(
			'endTime'
		);
	});

	it('starts the minutes from the agenda and lists every member for attendance', () => {
		const m = scheduleMeeting(db, secretary, bodyId, slot('2026-02-10'));
		startMeeting(db, secretary, m.id, at('2026-02-10T10:02:00Z'));
		const minutes = loadDoc(db, `minutes:${m.id}`)!.doc;
		const items = readItems(minutes);
		expect(items.map((i) => i.title)).toEqual(STANDARD_AGENDA.map((i) => i.title));
		expect(plainText(textOf(minutes, 'proposal', items[0].id))).toBe(STANDARD_AGENDA[0].proposal);
		expect(
			listAttendance(db, m.id)
				.map((a) => a.name)
				.sort()
		).toEqual(['jarjesto', 'jasen', 'sihteeri']);
	});

	it('decides live document access with the policy and the status', () => {
		const m = scheduleMeeting(db, secretary, bodyId, slot('2026-02-10'));
		expect(documentAccess(db, secretary, `agenda:${m.id}`)).toBe('edit');
		expect(documentAccess(db, member, `agenda:${m.id}`)).toBe('read');
		expect(documentAccess(db, outsider, `agenda:${m.id}`)).toBe('deny');
		expect(documentAccess(db, secretary, `minutes:${m.id}`)).toBe('deny');
		startMeeting(db, secretary, m.id);
		expect(documentAccess(db, secretary, `agenda:${m.id}`)).toBe('read');
		expect(documentAccess(db, secretary, `minutes:${m.id}`)).toBe('edit');
		expect(documentAccess(db, ngoMember, `minutes:${m.id}`)).toBe('read');
		expect(documentAccess(db, outsider, `minutes:${m.id}`)).toBe('deny');
		expect(documentAccess(db, null, `minutes:${m.id}`)).toBe('deny');
		expect(documentAccess(db, secretary, 'minutes:999')).toBe('deny');
		expect(documentAccess(db, secretary, 'notes:1')).toBe('deny');
	});

	it('lets members co-edit the minutes only where the body says so', () => {
		const m = scheduleMeeting(db, secretary, bodyId, slot('2026-02-10'));
		startMeeting(db, secretary, m.id);
		expect(documentAccess(db, member, `minutes:${m.id}`)).toBe('read');
		db.update(body).set({ membersCoEditMinutes: true }).where(eq(body.id, bodyId)).run();
		expect(documentAccess(db, actorOf(db, member.userId), `minutes:${m.id}`)).toBe('edit');
		expect(documentAccess(db, actorOf(db, ngoMember.userId), `minutes:${m.id}`)).toBe('read');
	});

	it('follows the status moves and refuses the impossible ones', () => {
		const m = scheduleMeeting(db, secretary, bodyId, slot('2026-02-10'));
		expect(refusal(() => sendMinutesToReview(db, secretary, m.id)).code).toBe('conflict');
		startMeeting(db, secretary, m.id);
		expect(refusal(() => cancelMeeting(db, secretary, m.id, { confirmed: true })).code).toBe(
			'conflict'
		);
		sendMinutesToReview(db, secretary, m.id);
		expect(refusal(() => startMeeting(db, secretary, m.id)).code).toBe('conflict');
	});

	it('cancels only once confirmed, and starts more than a day early only once confirmed', () => {
		const statusOf = (id: number) =>
			db.select({ status: meeting.status }).from(meeting).where(eq(meeting.id, id)).get()!.status;
		const m = scheduleMeeting(db, secretary, bodyId, slot('2026-02-10'));
		expect(refusal(() => cancelMeeting(db, member, m.id, { confirmed: false })).code).toBe(
			'forbidden'
		);
		expect(refusal(() => cancelMeeting(db, secretary, m.id, { confirmed: false }))).toMatchObject({
			code: 'conflict',
			issues: { confirm: 'meeting.confirm.cancel' }
		});
		expect(
			refusal(() => startMeeting(db, secretary, m.id, at('2026-02-09T09:59:00Z')))
		).toMatchObject({ code: 'conflict', issues: { confirm: 'meeting.confirm.start' } });
		expect(statusOf(m.id)).toBe('planned');
		expect(loadDoc(db, `minutes:${m.id}`)).toBeNull();

		startMeeting(db, secretary, m.id, at('2026-02-09T10:01:00Z'));
		expect(statusOf(m.id)).toBe('in_progress');
		const early = scheduleMeeting(db, secretary, bodyId, slot('2026-03-10'));
		startMeeting(db, secretary, early.id, at('2026-02-10T10:00:00Z'), { confirmed: true });
		expect(statusOf(early.id)).toBe('in_progress');
		const cancelled = scheduleMeeting(db, secretary, bodyId, slot('2026-04-14'));
		cancelMeeting(db, secretary, cancelled.id, { confirmed: true });
		expect(statusOf(cancelled.id)).toBe('cancelled');
	});

	it('puts a closing time to the secretary and records the one confirmed, on the day and not before the opening', () => {
		const m = scheduleMeeting(db, secretary, bodyId, slot('2026-02-10'));
		expect(refusal(() => closingTimeToConfirm(db, secretary, m.id)).code).toBe('conflict');
		startMeeting(db, secretary, m.id, at('2026-02-10T10:02:30Z'));
		expect(refusal(() => closingTimeToConfirm(db, member, m.id)).code).toBe('forbidden');
		expect(closingTimeToConfirm(db, secretary, m.id, at('2026-02-10T12:04:00Z'))).toEqual(
			at('2026-02-10T12:04:00Z')
		);
		expect(closingTimeToConfirm(db, secretary, m.id, at('2026-02-11T07:00:00Z'))).toEqual(
			at('2026-02-10T12:00:00Z')
		);

		expect(
			refusal(() => sendMinutesToReview(db, secretary, m.id, at('2026-02-10T10:01:00Z'))).issues
		).toEqual({ closedAt: 'meeting.closeBeforeOpening' });
		expect(
			refusal(() => sendMinutesToReview(db, secretary, m.id, at('2026-02-11T12:10:00Z'))).issues
		).toEqual({ closedAt: 'meeting.closeNotOnMeetingDay' });
		const stored = () =>
			db
				.select({ status: meeting.status, closedAt: meeting.closedAt })
				.from(meeting)
				.where(eq(meeting.id, m.id))
				.get();
		expect(stored()).toEqual({ status: 'in_progress', closedAt: null });

		// The opening minute itself will do: both are written by the minute.
		sendMinutesToReview(db, secretary, m.id, at('2026-02-10T10:02:00Z'));
		expect(stored()).toEqual({ status: 'minutes_review', closedAt: at('2026-02-10T10:02:00Z') });
		expect(refusal(() => closingTimeToConfirm(db, secretary, m.id)).code).toBe('conflict');
	});

	it('records attendance, presence marks and item times during the meeting', () => {
		const m = scheduleMeeting(db, secretary, bodyId, slot('2026-02-10'));
		expect(
			refusal(() =>
				addParticipant(db, secretary, m.id, { name: 'Asiantuntija', title: '', organisation: '' })
			).code
		).toBe('conflict');
		startMeeting(db, secretary, m.id, at('2026-02-10T11:00:00Z'));
		const [first] = listAttendance(db, m.id);
		setAttendanceStatus(db, secretary, m.id, first.id, 'present');
		recordPresence(db, secretary, m.id, first.id, 'left', at('2026-02-10T11:40:00Z'));
		recordPresence(db, secretary, m.id, first.id, 'returned', at('2026-02-10T12:19:00Z'));
		addParticipant(db, secretary, m.id, {
			name: 'Eeva Esimerkki',
			title: 'suunnittelija',
			organisation: 'Karelia-amk'
		});
		const attendance = listAttendance(db, m.id);
		expect(attendance.find((a) => a.id === first.id)?.wording).toBe(
			'poistui klo 13.40 ja palasi 14.19'
		);
		expect(attendance.at(-1)).toMatchObject({
			name: 'Eeva Esimerkki',
			userId: null,
			status: 'present'
		});

		const [item] = listItems(db, [m.id]);
		markItemStarted(db, secretary, m.id, item.key, at('2026-02-10T11:01:00Z'));
		expect(listItems(db, [m.id])[0].startedAt?.toISOString()).toBe('2026-02-10T11:01:00.000Z');
		expect(refusal(() => recordPresence(db, member, m.id, first.id, 'left', new Date())).code).toBe(
			'forbidden'
		);
	});
});
