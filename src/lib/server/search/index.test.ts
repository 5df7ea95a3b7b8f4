import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	appendParagraphs,
	itemsOf,
	readItems,
	textOf,
	type TextField
} from '../../documents/doc-schema';
import { docName, type DocKind } from '../../domain/doc-name';
import type { Actor } from '../../domain/policy';
import type { BodyRole } from '../../domain/roles';
import { appendUpdate, loadDoc } from '../collab/store';
import type { Db } from '../db/client';
import { attachment, body, membership } from '../db/schema';
import { createTestDb } from '../db/testing';
import { scheduleMeeting, sendMinutesToReview, startMeeting } from '../meetings/service';
import { approveMinutes, publishMinutes } from '../records/signoff';
import { actorOf, insertActor, insertRegion, insertUser } from '../testing/fixtures';
import { reindexMeeting, searchMeetings } from './index';

describe('search', () => {
	let db: Db;
	let bodyId: number;
	let chair: Actor;
	let secretary: Actor;
	let member: Actor;
	let guest: Actor;
	let outsider: Actor;
	let coordinator: Actor;
	let meetingId: number;

	/** Changes a stored live document as the collaboration server would, by appending an update. */
	function editDoc(
		kind: DocKind,
		meeting: number,
		change: (doc: Y.Doc, itemIds: string[]) => void
	): void {
		const name = docName(kind, meeting);
		const { doc } = loadDoc(db, name)!;
		const before = Y.encodeStateVector(doc);
		change(
			doc,
			readItems(doc).map((item) => item.id)
		);
		appendUpdate(db, name, Y.encodeStateAsUpdate(doc, before));
	}

	function write(doc: Y.Doc, field: TextField, itemId: string, text: string): void {
		appendParagraphs(textOf(doc, field, itemId), text);
	}

	function schedule(title: string): number {
		const at = new Date('2026-03-10T11:00:00Z');
		return scheduleMeeting(db, secretary, bodyId, {
			title,
			startsAt: at,
			endsAt: new Date(at.getTime() + 7_200_000),
			place: '',
			onlineUrl: ''
		}).id;
	}

	const find = (actor: Actor | null, query: string) =>
		searchMeetings(db, actor, query, { limit: 50 });
	const sources = (actor: Actor | null, query: string) =>
		find(actor, query)
			.map((r) => r.source)
			.sort();

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'haku');
		bodyId = db
			.insert(body)
			.values({
				regionId: r.regionId,
				name: 'Hyvinvointiryhmä',
				level: 'operational',
				cadenceMin: 2,
				cadenceMax: 4,
				membersCoEditMinutes: false
			})
			.returning()
			.get().id;
		const add = (email: string, role: BodyRole) => {
			const u = insertUser(db, r.municipalityId, email);
			db.insert(membership).values({ bodyId, userId: u.id, role }).run();
			return actorOf(db, u.id);
		};
		chair = add('pj@example.fi', 'chair');
		secretary = add('siht@example.fi', 'secretary');
		member = add('jasen@example.fi', 'member');
		guest = add('vieras@example.fi', 'guest');
		outsider = actorOf(db, insertUser(db, r.municipalityId, 'ulkopuolinen@example.fi').id);
		coordinator = insertActor(db, r.countyId, 'koord@example.fi', 'coordinator');

		meetingId = schedule('Kevään kokous');
		editDoc('agenda', meetingId, (doc, ids) => {
			itemsOf(doc).get(2).set('title', 'Alueellinen hyvinvointikertomus');
			write(doc, 'proposal', ids[2], 'Päihdetyön yhteistyötä vahvistetaan lasten-suojelun kanssa.');
			itemsOf(doc).get(3).set('title', 'Henkilöstöasia');
			itemsOf(doc).get(3).set('public', false);
			write(doc, 'proposal', ids[3], 'Virkasuhteeseen valitaan Virtanen.');
		});
		const itemKey = readItems(loadDoc(db, docName('agenda', meetingId))!.doc)[2].id;
		const file = {
			meetingId,
			itemKey,
			contentType: 'application/pdf',
			size: 1,
			sha256: 'x',
			uploadedBy: secretary.userId
		};
		db.insert(attachment)
			.values([
				{ ...file, filename: 'Talousarvioliite.pdf' },
				{ ...file, filename: 'Salassapidettäväliite.pdf', public: false }
			])
			.run();
		startMeeting(db, secretary, meetingId);
		editDoc('minutes', meetingId, (doc, ids) => {
			write(doc, 'discussion', ids[2], 'Keskusteltiin kotihoidon resursseista.');
			write(doc, 'decision', ids[3], 'Valittiin Virtanen.');
		});
		reindexMeeting(db, meetingId);
	});

	function publish(): void {
		sendMinutesToReview(db, secretary, meetingId);
		approveMinutes(db, secretary, meetingId);
		approveMinutes(db, chair, meetingId);
		publishMinutes(db, coordinator, meetingId);
		reindexMeeting(db, meetingId);
	}

	it('matches ä and ö exactly as typed, and as the start of inflected words', () => {
		// The item stands in the agenda and the minutes; it is listed once.
		expect(find(member, 'hyvinvointikertomus')).toHaveLength(1);
		const hits = find(member, 'päihdetyö');
		expect(hits).toHaveLength(1);
		expect(hits[0]).toMatchObject({
			meetingId,
			meetingTitle: 'Kevään kokous',
			bodyName: 'Hyvinvointiryhmä',
			itemNumber: 3,
			itemTitle: 'Alueellinen hyvinvointikertomus'
		});
		expect(hits[0].snippetHtml).toContain('<mark>Päihdetyön</mark>');
		expect(find(member, 'paihdetyo')).toEqual([]);
		expect(find(member, 'PÄIHDETYÖN yhteistyö')).toHaveLength(1);
	});

	it('shows draft minutes only to those who may read them', () => {
		expect(sources(member, 'kotihoidon')).toEqual(['minutes']);
		expect(sources(coordinator, 'kotihoidon')).toEqual(['minutes']);
		expect(find(guest, 'kotihoidon')).toEqual([]);
		expect(find(outsider, 'kotihoidon')).toEqual([]);
		// The guest sees the agenda they were invited to; the outsider nothing at all.
		expect(sources(guest, 'hyvinvointikertomus')).toEqual(['agenda']);
		expect(find(outsider, 'hyvinvointikertomus')).toEqual([]);
	});

	it('finds attachment names, non-public ones only for those who may download them', () => {
		expect(find(member, 'talousarvioliite')).toMatchObject([
			{ source: 'attachment', itemTitle: 'Alueellinen hyvinvointikertomus', itemNumber: 3 }
		]);
		expect(sources(member, 'salassapidettäväliite')).toEqual(['attachment']);
		expect(sources(guest, 'talousarvioliite')).toEqual(['attachment']);
		expect(find(guest, 'salassapidettäväliite')).toEqual([]);
		expect(find(outsider, 'talousarvioliite')).toEqual([]);
	});

	it('gives the public archive only published records, and only the titles of non-public items', () => {
		const draft = schedule('Syksyn kokous');
		editDoc('agenda', draft, (doc, ids) =>
			write(doc, 'proposal', ids[0], 'Luonnosvaiheen ympäristöterveys.')
		);
		reindexMeeting(db, draft);
		expect(find(null, 'hyvinvointikertomus')).toEqual([]);
		expect(find(null, 'kotihoidon')).toEqual([]);

		publish();
		expect(find(null, 'kotihoidon')).toMatchObject([
			{ source: 'public', meetingId, itemNumber: 3 }
		]);
		expect(sources(null, 'talousarvioliite')).toEqual(['public']);
		expect(find(null, 'henkilöstöasia')).toMatchObject([
			{ source: 'public', itemTitle: 'Henkilöstöasia' }
		]);
		expect(find(null, 'virtanen')).toEqual([]);
		expect(find(null, 'salassapidettäväliite')).toEqual([]);
		expect(find(null, 'ympäristöterveys')).toEqual([]);
		expect(sources(member, 'ympäristöterveys')).toEqual(['agenda']);
		// Signed in, the published record is found too, even without a membership.
		expect(sources(outsider, 'kotihoidon')).toEqual(['public']);
	});

	it('shows an item once, though it stands in the agenda, the minutes and the published record', () => {
		publish();
		const hits = find(member, 'hyvinvointikertomus');
		expect(hits).toHaveLength(1);
		expect(hits[0]).toMatchObject({ meetingId, itemNumber: 3 });
	});

	it('forgets what was removed from a document', () => {
		editDoc('minutes', meetingId, (doc, ids) => textOf(doc, 'discussion', ids[2]).delete(0, 1));
		reindexMeeting(db, meetingId);
		expect(find(member, 'kotihoidon')).toEqual([]);
		expect(find(member, 'hyvinvointikertomus')).toHaveLength(1);
	});

	it('treats operators, quotes and hyphens as text and never throws', () => {
		expect(find(member, 'lasten-suojelun').length).toBeGreaterThan(0);
		for (const hostile of [
			'"',
			'""',
			'AND',
			'OR päihdetyö',
			'NEAR(a b)',
			'*',
			'^päihdetyö',
			'kotihoidon)',
			"'; DROP TABLE search_entry; --",
			'title:päihdetyö',
			'\u0001'
		]) {
			expect(() => find(member, hostile), hostile).not.toThrow();
		}
		expect(find(member, 'AND')).toEqual([]);
		expect(sources(member, 'kotihoidon"')).toEqual(['minutes']);
		expect(find(member, '')).toEqual([]);
		expect(find(member, '  - * ')).toEqual([]);
	});

	it('reads control characters as spaces between words (a NUL once ended the FTS5 string)', () => {
		for (const hostile of [
			'a\u0000',
			'\u0000',
			'päihdetyö\u0000',
			'kotihoidon\u0000"',
			'\u0000päihdetyö\r\n'
		]) {
			expect(() => find(member, hostile), JSON.stringify(hostile)).not.toThrow();
		}
		expect(find(member, 'päihde\u0000työ')).toEqual([]);
		expect(find(member, 'päihdetyö\u0000')).toHaveLength(1);
		expect(find(member, 'kotihoidon\u0000päihdetyö')).toHaveLength(1);
	});

	it('escapes the indexed text and marks only the hits', () => {
		editDoc('minutes', meetingId, (doc, ids) =>
			write(
				doc,
				'decision',
				ids[4],
				'<img src=x onerror=alert(1)> Ympäristöterveys \u0001<script>\u0002 & muuta'
			)
		);
		reindexMeeting(db, meetingId);
		const [hit] = find(member, 'ympäristöterveys');
		expect(hit.snippetHtml).toContain(
			'&lt;img src=x onerror=alert(1)&gt; <mark>Ympäristöterveys</mark> &lt;script&gt; &amp; muuta'
		);
		expect(hit.snippetHtml.replaceAll('<mark>', '').replaceAll('</mark>', '')).not.toMatch(/[<>]/);
	});
});
