import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendParagraphs, readItems, textOf } from '../../documents/doc-schema';
import type { Actor } from '../../domain/policy';
import { contentFingerprint } from '../../domain/record';
import { richTextToPlain } from '../../domain/rich-text';
import { listAuditEvents } from '../audit/log';
import { documentAccess } from '../access';
import { changeLiveDoc } from '../collab/store';
import { approval, attendance, body, meeting, membership, minutesRecord } from '../db/schema';
import type { Db } from '../db/client';
import { createTestDb } from '../db/testing';
import {
	addParticipant,
	markItemStarted,
	recordMeetingTimes,
	recordOfficers,
	recordPresence,
	scheduleMeeting,
	sendMinutesToReview,
	setAttendanceStatus,
	startMeeting
} from '../meetings/service';
import { addAttachment } from '../attachments/service';
import { actorOf, insertActor, insertRegion, insertUser, refusal } from '../testing/fixtures';
import { getPublishedRecord } from './published';
import {
	approveMinutes,
	correctMinutes,
	listApprovers,
	publishMinutes,
	requestChanges
} from './signoff';
import { effectiveRecord } from './stored';

describe('sign-off', () => {
	let db: Db;
	let chair: Actor;
	let secretary: Actor;
	let member: Actor;
	let coordinator: Actor;
	let meetingId: number;
	let bodyId: number;
	let regionId: number;

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'so');
		regionId = r.regionId;
		bodyId = db
			.insert(body)
			.values({
				regionId,
				name: 'Kuntayhteistyöryhmä',
				level: 'operational',
				cadenceMin: 2,
				cadenceMax: 3,
				membersCoEditMinutes: false
			})
			.returning()
			.get().id;
		const add = (email: string, role: 'chair' | 'secretary' | 'member') => {
			const u = insertUser(db, r.municipalityId, email);
			db.insert(membership).values({ bodyId, userId: u.id, role }).run();
			return actorOf(db, u.id);
		};
		chair = add('pj@example.fi', 'chair');
		secretary = add('siht@example.fi', 'secretary');
		member = add('jasen@example.fi', 'member');
		coordinator = insertActor(db, r.countyId, 'koord@example.fi', 'coordinator');
		meetingId = scheduleMeeting(db, secretary, bodyId, {
			title: '',
			startsAt: new Date('2026-03-01T10:00:00Z'),
			endsAt: new Date('2026-03-01T12:00:00Z'),
			place: '',
			onlineUrl: ''
		}).id;
		startMeeting(db, secretary, meetingId);
		sendMinutesToReview(db, secretary, meetingId);
	});

	const noChange = { chair: null, secretary: null, itemChairs: [], checkerUserIds: [] };
	const attendeeOf = (actor: Actor) =>
		db
			.select()
			.from(attendance)
			.where(and(eq(attendance.meetingId, meetingId), eq(attendance.userId, actor.userId)))
			.get()!.id;

	const status = () =>
		db.select({ status: meeting.status }).from(meeting).where(eq(meeting.id, meetingId)).get()!
			.status;

	/** Types into the first item's discussion behind everyone's back, as a live editor would. */
	const editMinutes = (text: string) =>
		changeLiveDoc(db, `minutes:${meetingId}`, (doc) =>
			appendParagraphs(textOf(doc, 'discussion', readItems(doc)[0].id), text)
		);

	/** The fingerprints of the approvals given in the current review round. */
	const fingerprints = () => {
		const { reviewRound } = db
			.select({ reviewRound: meeting.reviewRound })
			.from(meeting)
			.where(eq(meeting.id, meetingId))
			.get()!;
		return db
			.select({ fingerprint: approval.fingerprint })
			.from(approval)
			.where(and(eq(approval.meetingId, meetingId), eq(approval.round, reviewRound)))
			.all()
			.map((a) => a.fingerprint);
	};

	it('keeps minutes in review read-only for every editor and refuses every form action that would change them', async () => {
		for (const editor of [secretary, chair, coordinator])
			expect(documentAccess(db, editor, `minutes:${meetingId}`)).toBe('read');
		const attendee = db.select().from(attendance).where(eq(attendance.meetingId, meetingId)).get()!;
		const before = JSON.stringify(db.select().from(attendance).all());
		const itemKey = readItems(changeLiveDoc(db, `minutes:${meetingId}`, () => {}))[0].id;
		const attempts: [string, () => unknown][] = [
			['attendance', () => setAttendanceStatus(db, secretary, meetingId, attendee.id, 'absent')],
			[
				'arrival',
				() => recordPresence(db, secretary, meetingId, attendee.id, 'arrived', new Date())
			],
			[
				'participant',
				() =>
					addParticipant(db, secretary, meetingId, { name: 'Vieras', title: '', organisation: '' })
			],
			['item start', () => markItemStarted(db, secretary, meetingId, itemKey, new Date())],
			[
				'meeting times',
				() => recordMeetingTimes(db, secretary, meetingId, { openedAt: null, closedAt: null })
			],
			['officers', () => recordOfficers(db, secretary, meetingId, noChange)]
		];
		for (const [what, attempt] of attempts) expect(refusal(attempt).code, what).toBe('conflict');
		const upload = await addAttachment(db, secretary, meetingId, {
			itemKey,
			filename: 'liite.pdf',
			bytes: new TextEncoder().encode('%PDF-1.4\n'),
			public: true
		}).catch((e: unknown) => e);
		expect(upload).toMatchObject({ code: 'conflict', messageKey: 'attachment.locked' });
		expect(JSON.stringify(db.select().from(attendance).all())).toBe(before);
	});

	it('keeps with each approval the fingerprint of the content approved, and the record shows the one all approved', () => {
		approveMinutes(db, secretary, meetingId);
		approveMinutes(db, chair, meetingId);
		const record = effectiveRecord(db, meetingId)!;
		expect(record.fingerprint).toMatch(/^[0-9a-f]{64}$/);
		expect(fingerprints()).toEqual([record.fingerprint, record.fingerprint]);
		expect(contentFingerprint(record)).toBe(record.fingerprint);
		expect(db.select().from(minutesRecord).get()!.html).toContain(record.fingerprint!.slice(0, 4));
	});

	it('refuses an approval of text that changed after an earlier approval of the round', () => {
		approveMinutes(db, secretary, meetingId);
		// Impossible through the app (review is read-only); the sign-off still refuses to mix texts.
		editMinutes('Lisätty hyväksynnän jälkeen.');
		expect(refusal(() => approveMinutes(db, chair, meetingId)).messageKey).toBe(
			'signoff.changedSinceApproval'
		);
		expect(status()).toBe('minutes_review');
	});

	it('needs every approval again after a request for changes and an edit, for the new text', () => {
		approveMinutes(db, secretary, meetingId);
		const [first] = fingerprints();
		requestChanges(db, chair, meetingId, 'Kohdan 1 käsittely puuttuu.');
		expect(documentAccess(db, secretary, `minutes:${meetingId}`)).toBe('edit');
		editMinutes('Käsittely lisätty.');
		sendMinutesToReview(db, secretary, meetingId);
		expect(approveMinutes(db, chair, meetingId).finalised).toBe(false);
		expect(approveMinutes(db, secretary, meetingId).finalised).toBe(true);
		const record = effectiveRecord(db, meetingId)!;
		expect(record.fingerprint).not.toBe(first);
		expect(fingerprints()).toEqual([record.fingerprint, record.fingerprint]);
	});

	it('needs both the chair and the secretary, then freezes the minutes and stores the record once', () => {
		expect(approveMinutes(db, secretary, meetingId).finalised).toBe(false);
		expect(status()).toBe('minutes_review');
		expect(refusal(() => approveMinutes(db, secretary, meetingId)).messageKey).toBe(
			'signoff.alreadyApproved'
		);
		expect(approveMinutes(db, chair, meetingId).finalised).toBe(true);
		expect(status()).toBe('approved');
		const record = effectiveRecord(db, meetingId)!;
		expect(record.approvals.map((a) => a.role).sort()).toEqual(['chair', 'secretary']);
		expect(db.select().from(minutesRecord).all()[0].html).toContain('Muistion vakuudeksi');
		expect(documentAccess(db, secretary, `minutes:${meetingId}`)).toBe('read');
	});

	it('waits for the minute checkers too when the body uses them', () => {
		db.update(body).set({ usesMinuteCheckers: true }).where(eq(body.id, bodyId)).run();
		requestChanges(db, chair, meetingId, 'Nimetään tarkastaja.');
		recordOfficers(db, secretary, meetingId, { ...noChange, checkerUserIds: [member.userId] });
		sendMinutesToReview(db, secretary, meetingId);
		expect(listApprovers(db, meetingId).map((a) => a.role)).toEqual([
			'chair',
			'secretary',
			'checker'
		]);
		approveMinutes(db, secretary, meetingId);
		expect(approveMinutes(db, chair, meetingId).finalised).toBe(false);
		expect(approveMinutes(db, member, meetingId).finalised).toBe(true);
		expect(effectiveRecord(db, meetingId)!.approvals.map((a) => a.role)).toContain('checker');
	});

	it('refuses approval by a member and outside review', () => {
		expect(refusal(() => approveMinutes(db, member, meetingId)).code).toBe('forbidden');
		requestChanges(db, chair, meetingId, 'Kohdan 3 päätös puuttuu.');
		expect(refusal(() => approveMinutes(db, chair, meetingId)).code).toBe('conflict');
	});

	it('sends the minutes back on a request for changes, and earlier approvals no longer count', () => {
		approveMinutes(db, secretary, meetingId);
		requestChanges(db, chair, meetingId, 'Kohdan 3 päätös puuttuu.');
		expect(status()).toBe('in_progress');
		expect(documentAccess(db, secretary, `minutes:${meetingId}`)).toBe('edit');
		sendMinutesToReview(db, secretary, meetingId);
		expect(listApprovers(db, meetingId).every((a) => a.approvedAt === null)).toBe(true);
	});

	it('publishes only approved minutes of a public body, and records corrections beside the record', () => {
		expect(refusal(() => publishMinutes(db, coordinator, meetingId)).code).toBe('conflict');
		approveMinutes(db, secretary, meetingId);
		approveMinutes(db, chair, meetingId);
		expect(getPublishedRecord(db, meetingId)).toBeNull();
		expect(refusal(() => publishMinutes(db, chair, meetingId)).code).toBe('forbidden');
		publishMinutes(db, coordinator, meetingId);
		const key = effectiveRecord(db, meetingId)!.items[2].key;
		const stored = db.select().from(minutesRecord).get()!.data;
		correctMinutes(db, secretary, meetingId, {
			itemKey: key,
			field: 'decision',
			text: 'Päätettiin korjatusti.',
			reason: 'Kirjoitusvirhe'
		});
		expect(db.select().from(minutesRecord).get()!.data).toBe(stored);
		expect(richTextToPlain(getPublishedRecord(db, meetingId)!.record.items[2].decision)).toBe(
			'Päätettiin korjatusti.'
		);
		const log = listAuditEvents(db, coordinator, regionId).map((e) => e.action);
		expect(log).toEqual(
			expect.arrayContaining([
				'minutes.approved',
				'minutes.finalised',
				'minutes.published',
				'minutes.corrected'
			])
		);
	});

	it('is signed by whoever chaired and was secretary, not by the body’s roles', () => {
		requestChanges(db, chair, meetingId, 'Puheenjohtajana toimi jäsen.');
		recordOfficers(db, secretary, meetingId, { ...noChange, chair: attendeeOf(member) });
		sendMinutesToReview(db, secretary, meetingId);
		expect(listApprovers(db, meetingId).map((a) => [a.userId, a.role])).toEqual([
			[member.userId, 'chair'],
			[secretary.userId, 'secretary']
		]);
		expect(refusal(() => approveMinutes(db, chair, meetingId)).code).toBe('forbidden');
		approveMinutes(db, member, meetingId);
		expect(approveMinutes(db, secretary, meetingId).finalised).toBe(true);
		const record = effectiveRecord(db, meetingId)!;
		expect(record.attendance.find((a) => a.role === 'member')!.wording).toBe(
			'toimi puheenjohtajana'
		);
	});

	it('asks the chair of a single item to sign too, and names the item in the record', () => {
		requestChanges(db, chair, meetingId, 'Asian 2 puheenjohtaja.');
		const itemKey = readItems(changeLiveDoc(db, `minutes:${meetingId}`, () => {}))[1].id;
		recordOfficers(db, secretary, meetingId, {
			...noChange,
			itemChairs: [{ itemKey, attendanceId: attendeeOf(member) }]
		});
		sendMinutesToReview(db, secretary, meetingId);
		expect(listApprovers(db, meetingId).map((a) => a.role)).toEqual([
			'chair',
			'chair',
			'secretary'
		]);
		for (const signer of [chair, member]) approveMinutes(db, signer, meetingId);
		expect(approveMinutes(db, secretary, meetingId).finalised).toBe(true);
		expect(
			effectiveRecord(db, meetingId)!.attendance.find((a) => a.role === 'member')!.wording
		).toBe('toimi puheenjohtajana asian 2 käsittelyn ajan');
	});

	it('refuses officers who are not at the meeting or items that are not on its agenda, and changes nothing', () => {
		requestChanges(db, chair, meetingId, 'Toimihenkilöt.');
		const other = db
			.insert(meeting)
			.values({
				bodyId,
				sequence: 99,
				year: 2026,
				title: 'Toinen',
				startsAt: new Date(),
				endsAt: new Date()
			})
			.returning()
			.get().id;
		const stranger = db
			.insert(attendance)
			.values({ meetingId: other, name: 'Muu' })
			.returning()
			.get().id;
		expect(
			refusal(() => recordOfficers(db, secretary, meetingId, { ...noChange, chair: stranger })).code
		).toBe('not_found');
		expect(
			refusal(() =>
				recordOfficers(db, secretary, meetingId, {
					...noChange,
					itemChairs: [{ itemKey: 'ei-ole', attendanceId: null }]
				})
			).code
		).toBe('not_found');
		expect(
			refusal(() =>
				recordOfficers(db, secretary, meetingId, { ...noChange, checkerUserIds: [member.userId] })
			).code
		).toBe('conflict');
		expect(refusal(() => recordOfficers(db, member, meetingId, noChange)).code).toBe('forbidden');
		expect(listApprovers(db, meetingId).map((a) => a.userId)).toEqual([
			chair.userId,
			secretary.userId
		]);
	});
});
