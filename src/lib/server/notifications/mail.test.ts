/** Email goes through a real SMTP conversation with a local receiver, not a mock. */
import { eq } from 'drizzle-orm';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import type { Db } from '../db/client';
import { membership, notification, organisationProfile, user } from '../db/schema';
import { createTestDb } from '../db/testing';
import { translator } from '../../i18n';
import { notificationText } from '../../i18n/notification-text';
import { scheduleMeeting } from '../meetings/service';
import { inviteToMeeting } from '../records/signoff';
import { insertBody, insertActor, insertOrganisation, insertRegion } from '../testing/fixtures';
import { startNotifications } from './jobs';
import { createMailer, sendDigests, sendImmediateEmails, type Mailer } from './mail';
import { markRead, notify, setEmailPreference, listMyNotifications } from './service';

const ORIGIN = 'https://yhdyspinta.example';
const at = (iso: string) => new Date(iso);

let receiver: SMTPServer;
let port: number;
const received: ParsedMail[] = [];

beforeAll(async () => {
	receiver = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, _session, done) {
			simpleParser(stream).then(
				(mail) => {
					received.push(mail);
					done();
				},
				(err: Error) => done(err)
			);
		}
	});
	await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
	port = (receiver.server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => receiver.close(resolve)));

describe('notification email', () => {
	let db: Db;
	let mailer: Mailer;
	let anna: Actor;
	let sven: Actor;
	let r: ReturnType<typeof insertRegion>;

	beforeEach(() => {
		received.length = 0;
		db = createTestDb();
		r = insertRegion(db, 'pk');
		anna = insertActor(db, r.countyId, 'anna@example.fi', 'member');
		sven = insertActor(db, r.municipalityId, 'sven@example.fi', 'member');
		db.update(user).set({ preferredLanguage: 'sv' }).where(eq(user.id, sven.userId)).run();
		mailer = createMailer({ url: `smtp://127.0.0.1:${port}/?ignoreTLS=true`, from: null }, ORIGIN);
	});

	const answered = (userIds: number[], title = 'Hyvinvointisuunnitelma 2026') =>
		({
			userIds,
			kind: 'comment_answered',
			params: { title },
			link: '/consultations/7?comment=3#comment-3'
		}) as const;

	it('sends one email per notification to immediate users, in their language, once', async () => {
		setEmailPreference(db, anna, 'immediate');
		setEmailPreference(db, sven, 'immediate');
		notify(db, answered([anna.userId, sven.userId]));

		expect(await sendImmediateEmails(db, mailer)).toBe(2);
		const fi = received.find(
			(m) => m.to && !Array.isArray(m.to) && m.to.value[0].address === 'anna@example.fi'
		)!;
		expect(fi.subject).toBe(
			'Yhdyspinta: Kommenttiisi on vastattu lausuntokierroksella ”Hyvinvointisuunnitelma 2026”.'
		);
		expect(fi.from?.value[0]).toMatchObject({
			name: 'Yhdyspinta',
			address: 'no-reply@yhdyspinta.example'
		});
		expect(fi.text).toContain(
			'Avaa: https://yhdyspinta.example/consultations/7?comment=3#comment-3'
		);
		expect(fi.html).toContain(
			'<a href="https://yhdyspinta.example/consultations/7?comment=3#comment-3">'
		);
		expect(fi.html).toContain('lang="fi"');
		const sv = received.find((m) => m !== fi)!;
		expect(sv.subject).toBe(
			'Yhdyspinta: Din kommentar har besvarats i remissrundan ”Hyvinvointisuunnitelma 2026”.'
		);

		expect(
			db
				.select()
				.from(notification)
				.all()
				.every((n) => n.emailedAt !== null)
		).toBe(true);
		expect(await sendImmediateEmails(db, mailer)).toBe(0);
		expect(received).toHaveLength(2);
	});

	it('writes to a Swedish-speaking NGO’s people in Swedish, though their accounts say Finnish', async () => {
		const ngoId = insertOrganisation(db, r.regionId, 'Föreningen Test rf', 'ngo');
		db.update(organisationProfile)
			.set({ language: 'sv' })
			.where(eq(organisationProfile.organisationId, ngoId))
			.run();
		const ulla = insertActor(db, ngoId, 'ulla@test.example', 'member');
		setEmailPreference(db, ulla, 'immediate');
		notify(db, {
			userIds: [ulla.userId],
			kind: 'grant_report_due',
			params: {
				title: 'Verksamhetsunderstöd',
				organisation: 'Föreningen Test rf',
				dueOn: '2027-03-20'
			},
			link: '/grants/applications/1/grant'
		});

		expect(await sendImmediateEmails(db, mailer)).toBe(1);
		expect(received[0]!.subject).toBe(
			'Yhdyspinta: Redovisningen av understödet (Föreningen Test rf, ”Verksamhetsunderstöd”) ska lämnas senast 20.3.2027.'
		);
		expect(received[0]!.html).toContain('lang="sv"');
	});

	it('invites the body’s members to a meeting, with its join link in the email', async () => {
		const bodyId = insertBody(db, r.regionId);
		for (const member of [anna, sven])
			db.insert(membership).values({ bodyId, userId: member.userId, role: 'member' }).run();
		const coordinator = insertActor(db, r.countyId, 'koordinaattori@example.fi', 'coordinator');
		const joinLink = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_1';
		const m = scheduleMeeting(db, coordinator, bodyId, {
			title: '',
			startsAt: at('2026-12-08T11:00:00Z'),
			endsAt: at('2026-12-08T13:00:00Z'),
			place: 'Kaupungintalo',
			onlineUrl: joinLink
		});
		setEmailPreference(db, anna, 'immediate');
		setEmailPreference(db, sven, 'immediate');
		inviteToMeeting(db, coordinator, m.id, at('2026-11-23T08:00:00Z'));
		// Sent once: a second press changes nothing.
		inviteToMeeting(db, coordinator, m.id, at('2026-11-23T08:05:00Z'));

		expect(await sendImmediateEmails(db, mailer, at('2026-11-23T08:10:00Z'))).toBe(2);
		const fi = received.find(
			(mail) => mail.to && !Array.isArray(mail.to) && mail.to.value[0].address === 'anna@example.fi'
		)!;
		expect(fi.subject).toBe(
			'Yhdyspinta: Kutsu kokoukseen: Verkosto 1/2026 8.12.2026 klo 13.00. Esityslista on valmis.'
		);
		expect(fi.text).toContain(`Avaa: ${ORIGIN}/meetings/${m.id}\nLiity etäyhteydellä: ${joinLink}`);
		expect(fi.html).toContain(`<a href="${joinLink}">Liity etäyhteydellä: ${joinLink}</a>`);
		const sv = received.find((mail) => mail !== fi)!;
		expect(sv.text).toContain(`Delta på distans: ${joinLink}`);
		// In the app the notification opens the meeting page, which shows the link to those who may see it.
		const [inApp] = listMyNotifications(db, anna).notifications;
		expect(notificationText(translator('fi'), inApp.kind, inApp.params)).not.toContain(joinLink);
		expect(inApp.link).toBe(`/meetings/${m.id}`);
	});

	it('sends immediately after the transaction commits, once the server has started it', async () => {
		setEmailPreference(db, anna, 'immediate');
		const stop = startNotifications(db, mailer);
		try {
			db.transaction((tx) => notify(tx, answered([anna.userId])));
			await expect.poll(() => received.length).toBe(1);
		} finally {
			stop();
		}
		expect(received[0].subject).toContain('Kommenttiisi on vastattu');
	});

	it('sends daily users one digest of their unread notifications from 07:00, once a day', async () => {
		setEmailPreference(db, sven, 'off');
		notify(db, answered([anna.userId, sven.userId], 'Ensimmäinen'), at('2026-01-14T12:00:00Z'));
		notify(db, answered([anna.userId], 'Toinen'), at('2026-01-14T13:00:00Z'));
		notify(db, answered([anna.userId], 'Jo luettu'), at('2026-01-14T14:00:00Z'));
		markRead(db, anna, listMyNotifications(db, anna).notifications[0].id);

		expect(await sendDigests(db, mailer, at('2026-01-15T04:30:00Z'))).toBe(0); // 06.30 in Helsinki
		expect(await sendDigests(db, mailer, at('2026-01-15T05:10:00Z'))).toBe(1);
		expect(received).toHaveLength(1);
		const [digest] = received;
		expect(digest.subject).toBe('Yhdyspinta: 2 uutta ilmoitusta');
		expect(digest.text).toContain('”Ensimmäinen”');
		expect(digest.text).toContain('”Toinen”');
		expect(digest.text).not.toContain('Jo luettu');
		expect(digest.text).toContain('https://yhdyspinta.example/notifications');

		notify(db, answered([anna.userId], 'Iltapäivällä'), at('2026-01-15T12:00:00Z'));
		expect(await sendDigests(db, mailer, at('2026-01-15T13:00:00Z'))).toBe(0);
		expect(await sendDigests(db, mailer, at('2026-01-16T05:00:00Z'))).toBe(1);
		expect(received[1].subject).toBe('Yhdyspinta: 1 uusi ilmoitus');
		expect(received[1].text).toContain('Iltapäivällä');
		expect(received[1].text).not.toContain('Ensimmäinen');
	});

	it('keeps the notification pending when the SMTP server cannot be reached', async () => {
		setEmailPreference(db, anna, 'immediate');
		notify(db, answered([anna.userId]));
		const unreachable = createMailer(
			{ url: 'smtp://127.0.0.1:1', from: 'Yhdyspinta <noreply@example.fi>' },
			ORIGIN
		);
		const original = console.error;
		console.error = () => {};
		try {
			expect(await sendImmediateEmails(db, unreachable)).toBe(0);
		} finally {
			console.error = original;
		}
		expect(listMyNotifications(db, anna).notifications).toHaveLength(1);
		expect(db.select().from(notification).get()?.emailedAt).toBeNull();
		expect(await sendImmediateEmails(db, mailer)).toBe(1);
	});
});
