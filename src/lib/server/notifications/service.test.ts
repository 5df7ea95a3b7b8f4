import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import { translator } from '../../i18n';
import { notificationText } from '../../i18n/notification-text';
import type { Db } from '../db/client';
import { membership, user } from '../db/schema';
import { createTestDb } from '../db/testing';
import { scheduleMeeting, sendMinutesToReview, startMeeting } from '../meetings/service';
import { approveMinutes, requestChanges } from '../records/signoff';
import {
	insertBody,
	actorOf,
	insertActor,
	insertRegion,
	insertUser,
	refusal
} from '../testing/fixtures';
import { runNotificationJobs } from './jobs';
import {
	getEmailPreference,
	listMyNotifications,
	markAllRead,
	markRead,
	notify,
	setEmailPreference
} from './service';

const at = (iso: string) => new Date(iso);

describe('notifications', () => {
	let db: Db;
	let anna: Actor;
	let ben: Actor;
	let countyId: number;

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'pk');
		countyId = r.countyId;
		anna = insertActor(db, r.countyId, 'anna@example.fi', 'member');
		ben = insertActor(db, r.municipalityId, 'ben@example.fi', 'member');
	});

	const answered = (userIds: number[], title = 'Hyvinvointisuunnitelma') =>
		({ userIds, kind: 'comment_answered', params: { title }, link: '/consultations/1' }) as const;

	it('stores one notification per user, skipping duplicates and inactive users', () => {
		const gone = insertUser(db, countyId, 'gone@example.fi');
		db.update(user).set({ active: false }).where(eq(user.id, gone.id)).run();
		notify(db, answered([anna.userId, anna.userId, ben.userId, gone.id]));
		expect(listMyNotifications(db, anna).notifications).toHaveLength(1);
		expect(listMyNotifications(db, ben).notifications).toHaveLength(1);
		expect(listMyNotifications(db, actorOf(db, gone.id)).notifications).toHaveLength(0);
	});

	it('keeps kind and params, so the text is rendered in the reader’s language', () => {
		notify(db, {
			userIds: [anna.userId],
			kind: 'consultation_opened',
			params: { title: 'Suunnitelma', closesAt: '2026-03-20T14:00:00.000Z' },
			link: '/consultations/4'
		});
		const [n] = listMyNotifications(db, anna).notifications;
		expect(n).toMatchObject({
			kind: 'consultation_opened',
			link: '/consultations/4',
			readAt: null
		});
		expect(notificationText(translator('fi'), n.kind, n.params)).toBe(
			'Uusi lausuntokierros: ”Suunnitelma”. Kommentoi viimeistään 20.3.2026 klo 16.00.'
		);
		expect(notificationText(translator('en'), n.kind, n.params)).toContain(
			'Comment by 20.3.2026 at 16.00'
		);
	});

	it('lists the newest first with the unread count', () => {
		notify(db, answered([anna.userId], 'Vanha'), at('2026-01-01T10:00:00Z'));
		notify(db, answered([anna.userId], 'Uusi'), at('2026-01-02T10:00:00Z'));
		const mine = listMyNotifications(db, anna);
		expect(mine.notifications.map((n) => n.params.title)).toEqual(['Uusi', 'Vanha']);
		expect(mine.unread).toBe(2);
	});

	it('marks one or all read, only the user’s own', () => {
		notify(db, answered([anna.userId, ben.userId]));
		notify(db, answered([anna.userId]));
		const [first] = listMyNotifications(db, anna).notifications;
		const bens = listMyNotifications(db, ben).notifications[0];

		expect(refusal(() => markRead(db, anna, bens.id)).code).toBe('forbidden');
		expect(refusal(() => markRead(db, anna, 9999)).code).toBe('not_found');

		markRead(db, anna, first.id, at('2026-01-05T10:00:00Z'));
		expect(listMyNotifications(db, anna).unread).toBe(1);
		expect(
			listMyNotifications(db, anna).notifications.find((n) => n.id === first.id)?.readAt
		).toEqual(at('2026-01-05T10:00:00Z'));

		markAllRead(db, anna);
		expect(listMyNotifications(db, anna).unread).toBe(0);
		expect(listMyNotifications(db, ben).unread).toBe(1);
	});

	it('keeps a user’s notifications theirs, also from an administrator', () => {
		const admin = insertActor(db, countyId, 'admin@example.fi', 'admin');
		notify(db, answered([ben.userId]));
		const [bens] = listMyNotifications(db, ben).notifications;

		expect(refusal(() => markRead(db, admin, bens.id)).code).toBe('forbidden');
		expect(listMyNotifications(db, ben).notifications[0].readAt).toBeNull();
	});

	it('keeps the email preference per user, daily by default', () => {
		expect(getEmailPreference(db, anna)).toBe('daily');
		setEmailPreference(db, anna, 'immediate');
		setEmailPreference(db, anna, 'off');
		expect(getEmailPreference(db, anna)).toBe('off');
		expect(getEmailPreference(db, ben)).toBe('daily');
	});

	it('runs every hourly job even when one fails', () => {
		const ran: string[] = [];
		const failing = () => {
			throw new Error('broken job');
		};
		const original = console.error;
		console.error = () => {};
		try {
			runNotificationJobs(db, new Date(), [
				failing,
				(_db, now) => void ran.push(now.toISOString())
			]);
		} finally {
			console.error = original;
		}
		expect(ran).toHaveLength(1);
	});
});

describe('minutes awaiting approval', () => {
	it('tells the approvers who have not approved, on every review round, until they approve', () => {
		const db = createTestDb();
		const r = insertRegion(db, 'pk');
		const bodyId = insertBody(db, r.regionId);
		const add = (email: string, role: 'chair' | 'secretary' | 'member') => {
			const u = insertUser(db, r.municipalityId, email);
			db.insert(membership).values({ bodyId, userId: u.id, role }).run();
			return actorOf(db, u.id);
		};
		const secretary = add('sihteeri@example.fi', 'secretary');
		const chair = add('pj@example.fi', 'chair');
		const member = add('jasen@example.fi', 'member');
		const m = scheduleMeeting(db, secretary, bodyId, {
			title: '',
			startsAt: at('2026-02-10T10:00:00Z'),
			endsAt: at('2026-02-10T12:00:00Z'),
			place: '',
			onlineUrl: ''
		});
		startMeeting(db, secretary, m.id);
		sendMinutesToReview(db, secretary, m.id);

		const [first] = listMyNotifications(db, chair).notifications;
		expect(first).toMatchObject({
			kind: 'minutes_awaiting_approval',
			params: { body: 'Verkosto', number: '1/2026' },
			link: `/meetings/${m.id}`
		});
		expect(listMyNotifications(db, secretary).notifications).toHaveLength(0); // sent it themself
		expect(listMyNotifications(db, member).notifications).toHaveLength(0);

		requestChanges(db, chair, m.id, 'Korjaa päätös 3');
		sendMinutesToReview(db, secretary, m.id);
		expect(listMyNotifications(db, chair)).toMatchObject({ unread: 2 });

		approveMinutes(db, chair, m.id);
		expect(listMyNotifications(db, chair)).toMatchObject({ unread: 0 }); // dealt with
		expect(listMyNotifications(db, chair).notifications).toHaveLength(2);
	});
});
