import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import {
	attendance,
	auditEvent,
	body,
	grantCall,
	membership,
	organisationPerson
} from '../db/schema';
import type { Db } from '../db/client';
import { createTestDb } from '../db/testing';
import { approveMinutes, requestChanges } from '../records/signoff';
import { renderRecordHtml } from '../records/html';
import { effectiveRecord } from '../records/stored';
import { insertApplication, insertBasket, insertCall } from '../testing/grant-fixtures';
import {
	actorOf,
	insertOrganisation,
	insertRegion,
	insertUser,
	refusal
} from '../testing/fixtures';
import { meetingForApi } from './api';
import { declareDisqualification, withdrawDisqualification } from './disqualification';
import { meetingPage } from './meeting-page';
import { listAttendance, listItems } from './rows';
import { recordOfficers, scheduleMeeting, sendMinutesToReview, startMeeting } from './service';

describe('disqualification in a meeting', () => {
	let db: Db;
	let chair: Actor;
	let secretary: Actor;
	let member: Actor;
	let meetingId: number;
	let regionId: number;
	let bodyId: number;
	const at = new Date('2026-03-01T10:30:00Z');

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'dq');
		regionId = r.regionId;
		bodyId = db
			.insert(body)
			.values({
				regionId,
				name: 'Avustustyöryhmä',
				level: 'operational',
				cadenceMin: 2,
				cadenceMax: 3,
				membersCoEditMinutes: false,
				usesMinuteCheckers: true
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
		meetingId = scheduleMeeting(db, secretary, bodyId, {
			title: 'Avustukset',
			startsAt: new Date('2026-03-01T10:00:00Z'),
			endsAt: new Date('2026-03-01T12:00:00Z'),
			place: '',
			onlineUrl: ''
		}).id;
		startMeeting(db, secretary, meetingId);
	});

	const attendeeOf = (actor: Actor) =>
		db
			.select()
			.from(attendance)
			.where(and(eq(attendance.meetingId, meetingId), eq(attendance.userId, actor.userId)))
			.get()!.id;
	const itemKey = () => listItems(db, [meetingId])[2].key;
	const declare = (actor: Actor) =>
		declareDisqualification(
			db,
			secretary,
			meetingId,
			{
				itemKey: itemKey(),
				attendanceId: attendeeOf(actor),
				ground: 'position',
				specification: 'hakijayhdistyksen hallituksen jäsen'
			},
			at
		);

	it('records the person leaving the room, writes the sentence into the minutes and lists it in the API', () => {
		declare(member);
		const wording = listAttendance(db, meetingId).find((a) => a.userId === member.userId)!.wording;
		expect(wording).toMatch(/^poistui klo/);
		expect(meetingPage(db, secretary, meetingId, at).disqualifications).toHaveLength(1);

		sendMinutesToReview(db, secretary, meetingId);
		approveMinutes(db, secretary, meetingId);
		approveMinutes(db, chair, meetingId);
		const record = effectiveRecord(db, meetingId)!;
		const sentence =
			'jasen@example.fi ilmoitti olevansa esteellinen (yhteisöjäävi, hakijayhdistyksen hallituksen jäsen) eikä osallistunut asian käsittelyyn.';
		expect(record.items[2].disqualified?.map((d) => d.name)).toEqual([
			listAttendance(db, meetingId).find((a) => a.userId === member.userId)!.name
		]);
		expect(renderRecordHtml(record)).toContain(
			sentence.replace('jasen@example.fi', record.items[2].disqualified![0].name)
		);
		// Items nobody was disqualified on keep the record's shape, and its fingerprint, as before.
		expect(record.items[1]).not.toHaveProperty('disqualified');

		const api = meetingForApi(db, secretary, meetingId, 'https://example.fi');
		expect(api.agendaItems[2].disqualified).toEqual([
			{ userId: member.userId, ground: 'position' }
		]);
		expect(api.agendaItems[1].disqualified).toEqual([]);
		expect(
			db
				.select()
				.from(auditEvent)
				.all()
				.map((e) => e.action)
		).toContain('meeting.disqualificationDeclared');
	});

	it('bars a minute checker disqualified on an item: not sent to review, and not approved', () => {
		recordOfficers(db, secretary, meetingId, {
			chair: null,
			secretary: null,
			itemChairs: [],
			checkerUserIds: [member.userId]
		});
		declare(member);
		expect(refusal(() => sendMinutesToReview(db, secretary, meetingId)).messageKey).toBe(
			'disqualification.barredSigner'
		);
		// Declared after the minutes went to review: the checker is told why they may not approve.
		const id = meetingPage(db, secretary, meetingId, at).disqualifications[0].id;
		withdrawDisqualification(db, secretary, meetingId, id, at);
		sendMinutesToReview(db, secretary, meetingId);
		requestChanges(db, chair, meetingId, 'Esteellisyys puuttuu.');
		declare(member);
		expect(meetingPage(db, member, meetingId, at).signOff?.barredByDisqualification).toBe(true);
	});

	it('refuses a second declaration of the same person on the same item, and one outside the meeting', () => {
		declare(member);
		expect(refusal(() => declare(member)).messageKey).toBe('disqualification.already');
		expect(
			refusal(() =>
				declareDisqualification(
					db,
					member,
					meetingId,
					{
						itemKey: itemKey(),
						attendanceId: attendeeOf(chair),
						ground: 'interest',
						specification: ''
					},
					at
				)
			).code
		).toBe('forbidden');
	});

	it('warns of a member on the board of an applicant of the grant item, until it is recorded', () => {
		const ngoId = insertOrganisation(db, regionId, 'Kyläyhdistys ry', 'ngo');
		db.insert(organisationPerson)
			.values({
				organisationId: ngoId,
				name: 'Jäsen',
				role: 'board_member',
				email: 'jasen@example.fi',
				userId: member.userId
			})
			.run();
		const call = insertCall(db, {
			regionId,
			basketId: insertBasket(db, regionId, 'operating', 2027, 1_000_000),
			decidingBodyId: bodyId,
			createdBy: secretary.userId,
			opensAt: new Date('2025-09-01T06:00:00Z'),
			closesAt: new Date('2025-10-01T13:00:00Z')
		});
		insertApplication(db, call.id, ngoId, secretary.userId, { status: 'assessed' });
		db.update(grantCall)
			.set({ decisionMeetingId: meetingId, decisionItemKey: itemKey() })
			.where(eq(grantCall.id, call.id))
			.run();

		const warning = {
			itemKey: itemKey(),
			attendanceId: attendeeOf(member),
			userId: member.userId,
			name: 'jasen',
			organisation: 'Kyläyhdistys ry',
			tie: 'board',
			ground: 'position',
			specification: 'Kyläyhdistys ry, hallituksen jäsen'
		};
		expect(meetingPage(db, secretary, meetingId, at).tieWarnings).toEqual([
			{ ...warning, own: false }
		]);
		expect(meetingPage(db, member, meetingId, at).tieWarnings).toEqual([{ ...warning, own: true }]);
		// Another member sees nobody else's tie.
		const other = insertUser(db, secretary.organisationId, 'toinen@example.fi');
		db.insert(membership).values({ bodyId, userId: other.id, role: 'member' }).run();
		expect(meetingPage(db, actorOf(db, other.id), meetingId, at).tieWarnings).toEqual([]);

		declare(member);
		expect(meetingPage(db, secretary, meetingId, at).tieWarnings).toEqual([]);
		expect(meetingPage(db, member, meetingId, at).tieWarnings).toEqual([]);
	});
});
