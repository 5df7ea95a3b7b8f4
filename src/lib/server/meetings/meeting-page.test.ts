import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import type { Db } from '../db/client';
import { body, membership } from '../db/schema';
import { createTestDb } from '../db/testing';
import { actorOf, insertActor, insertRegion, insertUser, refusal } from '../testing/fixtures';
import { meetingPage } from './meeting-page';
import { scheduleMeeting, startMeeting } from './service';

describe('the meeting page', () => {
	let db: Db;
	let secretary: Actor;
	let member: Actor;
	let outsider: Actor;
	let meetingId: number;
	const now = new Date('2026-03-01T11:00:00Z');

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'mp');
		const bodyId = db
			.insert(body)
			.values({
				regionId: r.regionId,
				name: 'Kuntayhteistyöryhmä',
				level: 'operational',
				cadenceMin: 2,
				cadenceMax: 3,
				membersCoEditMinutes: false
			})
			.returning()
			.get().id;
		const add = (email: string, role: 'secretary' | 'member') => {
			const u = insertUser(db, r.municipalityId, email);
			db.insert(membership).values({ bodyId, userId: u.id, role }).run();
			return actorOf(db, u.id);
		};
		secretary = add('siht@example.fi', 'secretary');
		member = add('jasen@example.fi', 'member');
		outsider = insertActor(db, insertRegion(db, 'muu').municipalityId, 'ulko@example.fi', 'member');
		meetingId = scheduleMeeting(db, secretary, bodyId, {
			title: '',
			startsAt: new Date('2026-03-01T10:00:00Z'),
			endsAt: new Date('2026-03-01T12:00:00Z'),
			place: '',
			onlineUrl: ''
		}).id;
	});

	it('is refused to someone who may not read the meeting', () => {
		// The outsider is of another region: its meetings are not found (regions/isolation.test.ts).
		expect(refusal(() => meetingPage(db, outsider, meetingId, now)).code).toBe('not_found');
		expect(refusal(() => meetingPage(db, secretary, 9999, now)).code).toBe('not_found');
	});

	it('shows each reader the forms the policy lets them use', () => {
		const forSecretary = meetingPage(db, secretary, meetingId, now);
		const forMember = meetingPage(db, member, meetingId, now);
		expect(forSecretary).toMatchObject({
			canManage: true,
			canRecord: false,
			canInvite: true,
			agendaAccess: 'edit',
			minutesAccess: 'deny'
		});
		expect(forSecretary.requests.canAsk).toBe(true);
		expect(forSecretary.attachments.canChange).toBe(true);
		expect(forMember).toMatchObject({
			canManage: false,
			canRecord: false,
			canInvite: false,
			agendaAccess: 'read'
		});
		expect(forMember.requests.canAsk).toBe(false);
		expect(forMember.attachments.canChange).toBe(false);
		expect(forMember.forwarding.canForward).toBe(false);

		startMeeting(db, secretary, meetingId, now);
		const running = meetingPage(db, secretary, meetingId, now);
		expect(running).toMatchObject({ canRecord: true, minutesAccess: 'edit' });
		expect(running.currentItemKey).toBe(running.items[0].key);
		expect(meetingPage(db, member, meetingId, now).canRecord).toBe(false);
	});
});
