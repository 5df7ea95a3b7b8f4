import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import type { Db } from '../db/client';
import { attachment, body, itemRequest, membership, notification } from '../db/schema';
import { createTestDb } from '../db/testing';
import { actorOf, insertRegion, insertUser, refusal } from '../testing/fixtures';
import { listItems } from './rows';
import { publicView } from '../../domain/record';
import { buildMeetingRecord } from '../records/build';
import {
	answerRequest,
	askableOrganisations,
	askOrganisation,
	listRequests,
	removeRequest
} from './requests';
import { scheduleMeeting, startMeeting } from './service';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('requests to organisations', () => {
	let db: Db;
	let secretary: Actor;
	let director: Actor;
	let ngoMember: Actor;
	let outsider: Actor;
	let meetingId: number;
	let itemKey: string;
	let municipalityId: number;
	let ngoId: number;
	let strangerOrgId: number;
	const dir = mkdtempSync(join(tmpdir(), 'requests-'));

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'pk');
		municipalityId = r.municipalityId;
		const bodyId = db
			.insert(body)
			.values({
				regionId: r.regionId,
				name: 'Strateginen neuvottelu',
				level: 'strategic',
				cadenceMin: 2,
				cadenceMax: 3,
				membersCoEditMinutes: false
			})
			.returning()
			.get().id;
		const org = (name: string, kind: string) =>
			(
				db.$client
					.prepare(
						'insert into organisation (region_id, name, kind, created_at) values (?, ?, ?, 0) returning id'
					)
					.get(r.regionId, name, kind) as { id: number }
			).id;
		ngoId = org('Yhdistys ry', 'ngo');
		strangerOrgId = org('Muu kunta', 'municipality');
		const add = (email: string, role: 'secretary' | 'member', orgId: number) => {
			const u = insertUser(db, orgId, email);
			db.insert(membership).values({ bodyId, userId: u.id, role }).run();
			return actorOf(db, u.id);
		};
		secretary = add('sihteeri@example.fi', 'secretary', r.countyId);
		director = add('johtaja@example.fi', 'member', municipalityId);
		ngoMember = add('jarjesto@example.fi', 'member', ngoId);
		outsider = actorOf(db, insertUser(db, strangerOrgId, 'muu@example.fi').id);
		meetingId = scheduleMeeting(db, secretary, bodyId, {
			title: '',
			startsAt: new Date('2027-03-01T10:00:00Z'),
			endsAt: new Date('2027-03-01T12:00:00Z'),
			place: '',
			onlineUrl: ''
		}).id;
		itemKey = listItems(db, [meetingId])[2].key;
	});

	const ask = (
		organisationId = municipalityId,
		text = 'Kunnan hyvinvointikertomus 2025, esittelijä kunnanjohtaja'
	) => askOrganisation(db, secretary, meetingId, { itemKey, organisationId, text });

	it('asks the organisations of the body’s members, and tells their people', () => {
		expect(
			askableOrganisations(db, db.select().from(body).get()!.id).map((o) => o.name)
		).not.toContain('Muu kunta');
		ask();
		const [request] = listRequests(db, meetingId);
		expect(request).toMatchObject({
			itemKey,
			organisation: { id: municipalityId },
			text: 'Kunnan hyvinvointikertomus 2025, esittelijä kunnanjohtaja',
			answeredAt: null
		});
		const told = db
			.select()
			.from(notification)
			.where(eq(notification.kind, 'item_requested'))
			.all();
		expect(told.map((n) => n.userId)).toEqual([director.userId]);
	});

	it('refuses an organisation that is not in the body, an unknown item, and anyone but the agenda’s editors', () => {
		expect(refusal(() => ask(strangerOrgId))).toMatchObject({
			code: 'invalid',
			messageKey: 'request.notMember'
		});
		expect(
			refusal(() =>
				askOrganisation(db, secretary, meetingId, {
					itemKey: 'ei-ole',
					organisationId: municipalityId,
					text: 'x'
				})
			).code
		).toBe('not_found');
		expect(
			refusal(() =>
				askOrganisation(db, director, meetingId, { itemKey, organisationId: ngoId, text: 'x' })
			).code
		).toBe('forbidden');
		expect(listRequests(db, meetingId)).toEqual([]);
	});

	it('is answered by the asked organisation’s people with a note or a file on the item, by nobody else', async () => {
		ask();
		const requestId = listRequests(db, meetingId)[0].id;
		expect(
			(
				await answerRequest(db, ngoMember, meetingId, requestId, {
					note: 'Tässä',
					file: null
				}).catch((e) => e)
			).code
		).toBe('forbidden');
		expect(
			(
				await answerRequest(db, outsider, meetingId, requestId, {
					note: 'Tässä',
					file: null
				}).catch((e) => e)
			).code
		).toBe('forbidden');
		expect(
			(
				await answerRequest(db, director, meetingId, requestId, { note: '', file: null }).catch(
					(e) => e
				)
			).messageKey
		).toBe('request.emptyAnswer');
		expect(listRequests(db, meetingId)[0].answeredAt).toBeNull();

		await answerRequest(
			db,
			director,
			meetingId,
			requestId,
			{ note: 'Kertomus liitteenä.', file: { filename: 'hyvinvointikertomus.pdf', bytes: PDF } },
			new Date(),
			dir
		);
		const answered = listRequests(db, meetingId)[0];
		const file = db.select().from(attachment).get()!;
		expect(answered).toMatchObject({
			answerNote: 'Kertomus liitteenä.',
			answerAttachmentId: file.id,
			answeredBy: expect.any(String)
		});
		expect(answered.answeredAt).toBeInstanceOf(Date);
		expect(file).toMatchObject({
			itemKey,
			filename: 'hyvinvointikertomus.pdf',
			uploadedBy: director.userId
		});
	});

	it('refuses a file that is not a document, and keeps the request unanswered', async () => {
		ask();
		const requestId = listRequests(db, meetingId)[0].id;
		const refused = await answerRequest(
			db,
			director,
			meetingId,
			requestId,
			{ note: '', file: { filename: 'x.pdf', bytes: new TextEncoder().encode('not a pdf') } },
			new Date(),
			dir
		).catch((e) => e);
		expect(refused.code).toBe('invalid');
		expect(listRequests(db, meetingId)[0].answeredAt).toBeNull();
		expect(db.select().from(attachment).all()).toEqual([]);
	});

	it('is asked and removed only while the agenda is prepared', () => {
		ask();
		const requestId = listRequests(db, meetingId)[0].id;
		startMeeting(db, secretary, meetingId, new Date('2027-03-01T10:00:00Z'));
		expect(refusal(() => ask()).code).toBe('conflict');
		expect(refusal(() => removeRequest(db, secretary, meetingId, requestId)).code).toBe('conflict');
		expect(db.select().from(itemRequest).all()).toHaveLength(1);
	});

	it('removes a request of this meeting only', () => {
		ask();
		const requestId = listRequests(db, meetingId)[0].id;
		expect(refusal(() => removeRequest(db, secretary, meetingId + 1, requestId)).code).toBe(
			'not_found'
		);
		removeRequest(db, secretary, meetingId, requestId);
		expect(listRequests(db, meetingId)).toEqual([]);
	});
});

describe('requests in the record', () => {
	it('are part of the agenda record, and of the public view only for public items', () => {
		const db = createTestDb();
		const r = insertRegion(db, 'pk');
		const bodyId = db
			.insert(body)
			.values({
				regionId: r.regionId,
				name: 'Neuvottelu',
				level: 'strategic',
				cadenceMin: 2,
				cadenceMax: 3,
				membersCoEditMinutes: false
			})
			.returning()
			.get().id;
		const userId = insertUser(db, r.countyId, 's@example.fi').id;
		db.insert(membership).values({ bodyId, userId, role: 'secretary' }).run();
		const secretary = actorOf(db, userId);
		const meetingId = scheduleMeeting(db, secretary, bodyId, {
			title: '',
			startsAt: new Date('2027-03-01T10:00:00Z'),
			endsAt: new Date('2027-03-01T12:00:00Z'),
			place: '',
			onlineUrl: ''
		}).id;
		const third = listItems(db, [meetingId])[2];
		askOrganisation(db, secretary, meetingId, {
			itemKey: third.key,
			organisationId: r.countyId,
			text: 'Talousarvion HYTE-luvut'
		});
		const record = buildMeetingRecord(db, meetingId, 'agenda');
		expect(record.items[2].requests).toEqual([
			{ organisation: expect.any(String), text: 'Talousarvion HYTE-luvut' }
		]);
		// Items without requests carry none, so records without requests stay as they were.
		expect('requests' in record.items[3]).toBe(false);
		const hidden = {
			...record,
			items: record.items.map((item, i) => (i === 2 ? { ...item, public: false } : item))
		};
		expect(publicView(hidden).items[2].requests).toBeUndefined();
	});
});
