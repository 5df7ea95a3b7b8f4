import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import { auditEvent, body, meeting, membership } from '../db/schema';
import type { Db } from '../db/client';
import { createTestDb } from '../db/testing';
import { actorOf, insertActor, insertRegion, insertUser, refusal } from '../testing/fixtures';
import { nextSequence, setNextMeetingNumber } from './numbering';
import { scheduleMeeting } from './service';

const slot = (day: string) => ({
	title: '',
	startsAt: new Date(`${day}T10:00:00Z`),
	endsAt: new Date(`${day}T12:00:00Z`),
	place: '',
	onlineUrl: ''
});

describe('meeting numbers as the body has them', () => {
	let db: Db;
	let bodyId: number;
	let otherBodyId: number;
	let secretary: Actor;
	let member: Actor;
	let coordinator: Actor;
	let otherRegionCoordinator: Actor;

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'pk');
		const addBody = (name: string) =>
			db
				.insert(body)
				.values({
					regionId: r.regionId,
					name,
					level: 'operational',
					cadenceMin: 2,
					cadenceMax: 3,
					membersCoEditMinutes: false
				})
				.returning()
				.get().id;
		bodyId = addBody('Kuntayhteistyöryhmä');
		otherBodyId = addBody('HYTE-foorumi');
		const add = (email: string, role: 'secretary' | 'member') => {
			const u = insertUser(db, r.municipalityId, email);
			db.insert(membership).values({ bodyId, userId: u.id, role }).run();
			return actorOf(db, u.id);
		};
		secretary = add('sihteeri@example.fi', 'secretary');
		member = add('jasen@example.fi', 'member');
		coordinator = insertActor(db, r.countyId, 'koordinaattori@example.fi', 'coordinator');
		const other = insertRegion(db, 'ks');
		otherRegionCoordinator = insertActor(db, other.countyId, 'toinen@example.fi', 'coordinator');
	});

	const numbers = () =>
		db
			.select({ sequence: meeting.sequence, year: meeting.year })
			.from(meeting)
			.where(eq(meeting.bodyId, bodyId))
			.all()
			.map((m) => `${m.sequence}/${m.year}`);

	it('count from 1 in each year by default', () => {
		scheduleMeeting(db, secretary, bodyId, slot('2022-03-01'));
		scheduleMeeting(db, secretary, bodyId, slot('2022-05-01'));
		scheduleMeeting(db, secretary, bodyId, slot('2023-02-01'));
		expect(numbers()).toEqual(['1/2022', '2/2022', '1/2023']);
	});

	it('go on from the number the secretary sets: the first meeting entered can be 8/2022', () => {
		setNextMeetingNumber(db, secretary, bodyId, { year: 2022, sequence: 8 });
		expect(nextSequence(db, bodyId, 2022)).toBe(8);
		scheduleMeeting(db, secretary, bodyId, slot('2022-05-20'));
		scheduleMeeting(db, secretary, bodyId, slot('2022-09-20'));
		scheduleMeeting(db, secretary, bodyId, slot('2023-01-20'));
		expect(numbers()).toEqual(['8/2022', '9/2022', '1/2023']);
		// Another body keeps its own numbers.
		expect(nextSequence(db, otherBodyId, 2022)).toBe(1);
	});

	it('never give a number twice nor renumber a meeting already numbered', () => {
		scheduleMeeting(db, secretary, bodyId, slot('2022-03-01'));
		scheduleMeeting(db, secretary, bodyId, slot('2022-04-01'));
		expect(
			refusal(() => setNextMeetingNumber(db, secretary, bodyId, { year: 2022, sequence: 2 }))
				.messageKey
		).toBe('meeting.numbering.taken');
		expect(
			refusal(() => setNextMeetingNumber(db, secretary, bodyId, { year: 2022, sequence: 1 })).code
		).toBe('invalid');
		setNextMeetingNumber(db, secretary, bodyId, { year: 2022, sequence: 10 });
		scheduleMeeting(db, secretary, bodyId, slot('2022-06-01'));
		expect(numbers()).toEqual(['1/2022', '2/2022', '10/2022']);
	});

	it('are set by the body’s officers and the region’s coordinators only, and audited', () => {
		setNextMeetingNumber(db, coordinator, bodyId, { year: 2026, sequence: 3 });
		expect(
			refusal(() => setNextMeetingNumber(db, member, bodyId, { year: 2026, sequence: 4 })).code
		).toBe('forbidden');
		expect(
			refusal(() => setNextMeetingNumber(db, secretary, otherBodyId, { year: 2026, sequence: 4 }))
				.code
		).toBe('forbidden');
		expect(
			refusal(() =>
				setNextMeetingNumber(db, otherRegionCoordinator, bodyId, { year: 2026, sequence: 4 })
			).code
		).toBe('forbidden');
		expect(nextSequence(db, bodyId, 2026)).toBe(3);
		expect(
			db.select({ action: auditEvent.action, summary: auditEvent.summary }).from(auditEvent).all()
		).toEqual([{ action: 'meeting.numberingSet', summary: 'Kuntayhteistyöryhmä: 3/2026' }]);
	});
});
