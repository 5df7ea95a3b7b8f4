/**
 * The meeting page's actions act on what their URL names: an id in the form
 * that belongs to another meeting is not found, and nothing changes; and who
 * may not act is refused before the form is read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import {
	addAttachment,
	authorizeAttachmentChange,
	listMeetingAttachments,
	removeAttachment
} from '../attachments/service';
import { forwardItem } from '../calendar/forwarding';
import type { Db } from '../db/client';
import { attendance, body, itemForward, membership, presenceEvent } from '../db/schema';
import { createTestDb } from '../db/testing';
import { DomainError } from '../errors';
import { approveMinutes, authorizeApproval, correctMinutes } from '../records/signoff';
import { listCorrections } from '../records/stored';
import { actorOf, insertActor, insertRegion, insertUser, refusal } from '../testing/fixtures';
import { acceptForwardHere, declineForwardHere } from './forwarding';
import { authorizeMeeting } from './readable';
import {
	answerRequest,
	askOrganisation,
	authorizeAnswering,
	listRequests,
	removeRequest
} from './requests';
import { listAttendance, listItems } from './rows';
import {
	addParticipant,
	correctPresenceTime,
	markItemStarted,
	recordOfficers,
	recordPresence,
	removeParticipant,
	removePresence,
	scheduleMeeting,
	sendMinutesToReview,
	setAttendanceStatus,
	startMeeting
} from './service';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');

const slot = (day: string) => ({
	title: '',
	startsAt: new Date(`${day}T10:00:00Z`),
	endsAt: new Date(`${day}T12:00:00Z`),
	place: '',
	onlineUrl: ''
});

async function refusedAsync(run: Promise<unknown>): Promise<DomainError> {
	try {
		await run;
	} catch (err) {
		if (err instanceof DomainError) return err;
		throw err;
	}
	throw new Error('expected a refusal');
}

describe('meeting actions', () => {
	let db: Db;
	let dir: string;
	let bodyId: number;
	let otherBodyId: number;
	let municipalityId: number;
	let chair: Actor;
	let secretary: Actor;
	let member: Actor;
	let outsider: Actor;
	let coordinator: Actor;
	/** The meeting the URL names, and another meeting of the same body. */
	let here: number;
	let other: number;

	beforeEach(() => {
		db = createTestDb();
		dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-toimet-'));
		const r = insertRegion(db, 'ma');
		municipalityId = r.municipalityId;
		const newBody = (name: string) =>
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
		bodyId = newBody('Kuntayhteistyöryhmä');
		otherBodyId = newBody('Verkosto');
		const add = (email: string, role: 'chair' | 'secretary' | 'member') => {
			const u = insertUser(db, municipalityId, email);
			db.insert(membership).values({ bodyId, userId: u.id, role }).run();
			return actorOf(db, u.id);
		};
		chair = add('pj@example.fi', 'chair');
		secretary = add('siht@example.fi', 'secretary');
		member = add('jasen@example.fi', 'member');
		coordinator = insertActor(db, r.countyId, 'koord@example.fi', 'coordinator');
		const elsewhere = insertRegion(db, 'muu');
		outsider = insertActor(db, elsewhere.municipalityId, 'ulko@example.fi', 'coordinator');
		here = scheduleMeeting(db, secretary, bodyId, slot('2026-03-01')).id;
		other = scheduleMeeting(db, secretary, bodyId, slot('2026-04-01')).id;
	});

	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	const itemOf = (meetingId: number) => listItems(db, [meetingId])[1].key;

	it('refuses who may not act before anything is read: not found for who cannot see the meeting, forbidden for a reader', () => {
		expect(refusal(() => authorizeMeeting(db, outsider, here, 'minutes.edit')).code).toBe(
			'not_found'
		);
		expect(refusal(() => authorizeMeeting(db, member, here, 'minutes.edit')).code).toBe(
			'forbidden'
		);
		expect(refusal(() => authorizeMeeting(db, member, 9999, 'meeting.read')).code).toBe(
			'not_found'
		);
		expect(authorizeMeeting(db, secretary, here, 'meeting.manage').meeting.id).toBe(here);
		expect(refusal(() => authorizeAttachmentChange(db, outsider, here)).code).toBe('not_found');
		expect(refusal(() => authorizeAttachmentChange(db, member, here)).code).toBe('forbidden');
		expect(refusal(() => authorizeAnswering(db, outsider, here)).code).toBe('not_found');
		expect(() => authorizeAnswering(db, member, here)).not.toThrow();
		startMeeting(db, secretary, here);
		sendMinutesToReview(db, secretary, here);
		expect(refusal(() => authorizeApproval(db, outsider, here)).code).toBe('not_found');
		expect(refusal(() => authorizeApproval(db, member, here)).code).toBe('forbidden');
		expect(() => authorizeApproval(db, chair, here)).not.toThrow();
	});

	it('finds no attendee, presence mark, item or officer of another meeting, whatever the status', () => {
		startMeeting(db, secretary, other);
		addParticipant(db, secretary, other, { name: 'Asiantuntija', title: '', organisation: '' });
		const theirs = listAttendance(db, other);
		const guest = theirs.find((a) => a.userId === null)!;
		recordPresence(db, secretary, other, theirs[0].id, 'arrived', new Date('2026-04-01T10:00:00Z'));
		const mark = listAttendance(db, other)[0].events[0];
		const theirAttendance = () =>
			db.select().from(attendance).where(eq(attendance.meetingId, other)).all();
		const before = {
			attendance: theirAttendance(),
			marks: db.select().from(presenceEvent).all(),
			items: listItems(db, [other])
		};

		const notFoundHere = [
			() => setAttendanceStatus(db, secretary, here, theirs[0].id, 'absent'),
			() => removeParticipant(db, secretary, here, guest.id),
			() => recordPresence(db, secretary, here, theirs[0].id, 'left', new Date()),
			() => correctPresenceTime(db, secretary, here, mark.id, new Date()),
			() => removePresence(db, secretary, here, mark.id),
			() => markItemStarted(db, secretary, here, itemOf(other), new Date()),
			() =>
				recordOfficers(db, secretary, here, {
					chair: theirs[0].id,
					secretary: null,
					itemChairs: [],
					checkerUserIds: []
				}),
			() =>
				recordOfficers(db, secretary, here, {
					chair: null,
					secretary: null,
					itemChairs: [{ itemKey: itemOf(other), attendanceId: null }],
					checkerUserIds: []
				})
		];
		// Not found before this meeting has started (rather than "not in progress"), and during it.
		for (const run of notFoundHere) expect(refusal(run).code).toBe('not_found');
		startMeeting(db, secretary, here);
		for (const run of notFoundHere) expect(refusal(run).code).toBe('not_found');
		expect(theirAttendance()).toEqual(before.attendance);
		expect(db.select().from(presenceEvent).all()).toEqual(before.marks);
		expect(listItems(db, [other])).toEqual(before.items);
	});

	it('finds no item or request of another meeting for asking and answering', async () => {
		const ask = (meetingId: number, itemKey: string) =>
			askOrganisation(db, secretary, meetingId, {
				itemKey,
				organisationId: municipalityId,
				text: 'Tuokaa'
			});
		expect(refusal(() => ask(here, itemOf(other))).code).toBe('not_found');
		expect(listRequests(db, here)).toEqual([]);
		ask(other, itemOf(other));
		const [request] = listRequests(db, other);
		expect(refusal(() => removeRequest(db, secretary, here, request.id)).code).toBe('not_found');
		startMeeting(db, secretary, here);
		expect(refusal(() => ask(here, itemOf(other))).code).toBe('not_found');
		expect(refusal(() => removeRequest(db, secretary, here, request.id)).code).toBe('not_found');
		const answer = answerRequest(db, member, here, request.id, { note: 'Tässä', file: null });
		expect((await refusedAsync(answer)).code).toBe('not_found');
		expect(listRequests(db, other)).toEqual([request]);
	});

	it('adds no attachment to an item of another meeting, and removes none of another meeting', async () => {
		const upload = (meetingId: number, itemKey: string) =>
			addAttachment(
				db,
				secretary,
				meetingId,
				{ itemKey, filename: 'liite.pdf', bytes: PDF, public: true },
				dir
			);
		expect((await refusedAsync(upload(here, itemOf(other)))).code).toBe('not_found');
		expect(listMeetingAttachments(db, here)).toEqual([]);
		const theirs = await upload(other, itemOf(other));
		expect(refusal(() => removeAttachment(db, secretary, here, theirs.id, dir)).code).toBe(
			'not_found'
		);
		expect(listMeetingAttachments(db, other).map((a) => a.id)).toEqual([theirs.id]);
	});

	it('decides only the items sent to this meeting or to its body', () => {
		const sender = scheduleMeeting(db, coordinator, otherBodyId, slot('2026-02-01')).id;
		const toOther = forwardItem(db, coordinator, sender, itemOf(sender), {
			targetBodyId: bodyId,
			targetMeetingId: other,
			note: ''
		});
		const toBody = forwardItem(db, coordinator, sender, listItems(db, [sender])[2].key, {
			targetBodyId: bodyId,
			targetMeetingId: null,
			note: ''
		});
		expect(refusal(() => acceptForwardHere(db, secretary, here, toOther.id)).code).toBe(
			'not_found'
		);
		expect(refusal(() => declineForwardHere(db, secretary, here, toOther.id, 'Ei')).code).toBe(
			'not_found'
		);
		const statusOf = (id: number) =>
			db.select().from(itemForward).where(eq(itemForward.id, id)).get()!.status;
		expect(statusOf(toOther.id)).toBe('pending');
		acceptForwardHere(db, secretary, here, toBody.id);
		expect(statusOf(toBody.id)).toBe('accepted');
	});

	it('corrects no item of another meeting’s record, before approval or after', () => {
		const correction = {
			itemKey: itemOf(other),
			field: 'decision' as const,
			text: 'Korjattu',
			reason: 'Kirjoitusvirhe'
		};
		expect(refusal(() => correctMinutes(db, secretary, here, correction)).code).toBe('not_found');
		for (const meetingId of [here, other]) {
			startMeeting(db, secretary, meetingId);
			sendMinutesToReview(db, secretary, meetingId);
			approveMinutes(db, chair, meetingId);
			approveMinutes(db, secretary, meetingId);
		}
		expect(refusal(() => correctMinutes(db, secretary, here, correction)).code).toBe('not_found');
		expect(listCorrections(db, here)).toEqual([]);
	});
});
