import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendParagraphs } from '../../documents/doc-schema';
import { appendSection, readSections, sectionText } from '../../documents/plan-doc';
import { planDocName } from '../../domain/doc-name';
import type { Actor } from '../../domain/policy';
import { appendUpdate, loadDoc } from '../collab/store';
import type { Db } from '../db/client';
import {
	attachment,
	auditEvent,
	body,
	consultationComment,
	consultationResponse,
	consultationRound,
	membership,
	notification
} from '../db/schema';
import { createTestDb } from '../db/testing';
import { documentAccess } from '../access';
import { scheduleMeeting } from '../meetings/service';
import { listItems } from '../meetings/rows';
import {
	actorOf,
	insertActor,
	insertOrganisation,
	insertRegion,
	insertUser,
	refusal
} from '../testing/fixtures';
import {
	REPLIES_PER_PAGE,
	THREADS_PER_PAGE,
	type CommentPaging
} from '../../domain/comment-paging';
import {
	addComment,
	answerComment,
	assertMayComment,
	authorizeModeration,
	editComment,
	hideComment,
	listComments,
	roundComments,
	threadsOf
} from './comments';
import { createPlanDocument, freezeVersion, versionSections } from './documents';
import {
	authorizeRoundManagement,
	changeClosingTime,
	getRound,
	listRounds,
	loadRound,
	openRound,
	type RoundInput
} from './rounds';
import { attachSummary, roundSummary, summaryCsv } from './summary';
import { runConsultationJobs } from './jobs';
import { renderSummaryPdf } from './pdf';

const at = (iso: string) => new Date(iso);
const NOW = at('2026-05-04T07:00:00Z');
const LATER = at('2026-05-10T07:00:00Z');
const AFTER = at('2026-05-20T07:00:00Z');

/** Edits the stored live document as the collaboration server would: one appended update. */
function editLive(db: Db, documentId: number, change: (doc: Y.Doc) => void): void {
	const { doc } = loadDoc(db, planDocName(documentId))!;
	const before = Y.encodeStateVector(doc);
	change(doc);
	appendUpdate(db, planDocName(documentId), Y.encodeStateAsUpdate(doc, before));
}

describe('consultations', () => {
	let db: Db;
	let regionId: number;
	let coordinator: Actor;
	let ngo: Actor;
	let otherNgo: Actor;
	let municipal: Actor;
	let documentId: number;
	let sectionIds: string[];

	const round = (overrides: Partial<RoundInput> = {}): RoundInput => ({
		title: 'Hyvinvointisuunnitelma lausunnolla',
		instructions: 'Kommentoikaa erityisesti tavoitteita.',
		audience: { kind: 'region_ngos', organisationIds: [], bodyIds: [] },
		opensAt: NOW,
		closesAt: at('2026-05-18T13:00:00Z'),
		...overrides
	});

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'pk');
		regionId = r.regionId;
		coordinator = insertActor(db, r.countyId, 'koordinaattori@example.fi', 'coordinator');
		ngo = insertActor(
			db,
			insertOrganisation(db, regionId, 'Mielenvireä ry', 'ngo'),
			'ngo@example.fi',
			'member'
		);
		otherNgo = insertActor(
			db,
			insertOrganisation(db, regionId, 'Perheapila ry', 'ngo'),
			'perhe@example.fi',
			'member'
		);
		municipal = insertActor(db, r.municipalityId, 'kunta@example.fi', 'member');
		documentId = createPlanDocument(
			db,
			coordinator,
			{ kind: 'welfare_plan', title: 'Hyvinvointisuunnitelma 2026–2029' },
			NOW
		).id;
		editLive(db, documentId, (doc) => {
			const [intro] = readSections(doc);
			appendParagraphs(
				sectionText(doc, intro.id),
				'Tavoitteena on vahvistaa lasten ja nuorten harrastamista koko maakunnassa.'
			);
			const goals = appendSection(doc, 'Tavoitteet');
			appendParagraphs(sectionText(doc, goals), 'Ikäihmisten liikkuminen lisääntyy.');
		});
		sectionIds = readSections(loadDoc(db, planDocName(documentId))!.doc).map((s) => s.id);
	});

	function openedRound(overrides: Partial<RoundInput> = {}) {
		const version = freezeVersion(db, coordinator, documentId, NOW);
		return openRound(db, coordinator, documentId, version.id, round(overrides), NOW);
	}

	const comment = (overrides: Partial<Parameters<typeof addComment>[3]> = {}) => ({
		sectionId: sectionIds[0],
		body: 'Harrastusten hinta on monelle perheelle este.',
		quote: '',
		onBehalfOfOrganisation: false,
		parentId: null,
		...overrides
	});

	it('lets the region’s coordinators co-edit the live document, and nobody else', () => {
		const name = planDocName(documentId);
		expect(documentAccess(db, coordinator, name)).toBe('edit');
		expect(documentAccess(db, ngo, name)).toBe('deny');
		expect(documentAccess(db, municipal, name)).toBe('deny');
		expect(refusal(() => createPlanDocument(db, ngo, { kind: 'other', title: 'X' })).code).toBe(
			'forbidden'
		);
	});

	it('freezes versions with the sections as sanitised HTML and plain text', () => {
		editLive(db, documentId, (doc) => {
			const paragraph = new Y.XmlElement('paragraph');
			paragraph.insert(0, [new Y.XmlText('<script>alert(1)</script>')]);
			sectionText(doc, sectionIds[1]).push([paragraph]);
		});
		const first = freezeVersion(db, coordinator, documentId, NOW);
		const sections = versionSections(first);
		expect(first.number).toBe(1);
		expect(sections.map((s) => s.title)).toEqual(['Johdanto', 'Tavoitteet']);
		expect(sections[0].html).toBe(
			'<p>Tavoitteena on vahvistaa lasten ja nuorten harrastamista koko maakunnassa.</p>'
		);
		expect(sections[1].html).toContain('&lt;script&gt;');
		expect(sections[1].html).not.toContain('<script>');
		// Later edits change the live document, not the frozen version.
		editLive(db, documentId, (doc) =>
			appendParagraphs(sectionText(doc, sectionIds[0]), 'Uusi kappale.')
		);
		expect(versionSections(freezeVersion(db, coordinator, documentId, LATER))[0].text).toContain(
			'Uusi kappale.'
		);
		expect(versionSections(first)[0].text).not.toContain('Uusi kappale.');
		expect(refusal(() => freezeVersion(db, ngo, documentId)).code).toBe('forbidden');
	});

	it('tells the audience when a round opens: the region’s NGOs, not the municipality', () => {
		const opened = openedRound();
		const told = db
			.select()
			.from(notification)
			.where(eq(notification.kind, 'consultation_opened'))
			.all();
		expect(told.map((n) => n.userId).sort()).toEqual([ngo.userId, otherNgo.userId].sort());
		expect(JSON.parse(told[0].params)).toEqual({
			title: opened.title,
			closesAt: '2026-05-18T13:00:00.000Z'
		});
		expect(told[0].link).toBe(`/consultations/${opened.id}`);
		expect(listRounds(db, ngo, NOW).map((r) => r.round.id)).toEqual([opened.id]);
		expect(listRounds(db, municipal, NOW)).toEqual([]);
		expect(loadRound(db, opened.id).round.openNoticeSentAt).toEqual(NOW);
	});

	it('announces a round opened for later when its time comes, and reminds those who have not commented, once', () => {
		const opened = openedRound({ opensAt: at('2026-05-05T07:00:00Z') });
		const told = (kind: 'consultation_opened' | 'consultation_deadline') =>
			db
				.select()
				.from(notification)
				.where(eq(notification.kind, kind))
				.all()
				.map((n) => n.userId)
				.sort();
		runConsultationJobs(db, NOW);
		expect(told('consultation_opened')).toEqual([]);
		runConsultationJobs(db, at('2026-05-05T08:00:00Z'));
		runConsultationJobs(db, at('2026-05-05T09:00:00Z'));
		expect(told('consultation_opened')).toEqual([ngo.userId, otherNgo.userId].sort());

		addComment(db, ngo, opened.id, comment(), LATER);
		runConsultationJobs(db, at('2026-05-15T12:00:00Z'));
		expect(told('consultation_deadline')).toEqual([]);
		runConsultationJobs(db, at('2026-05-15T14:00:00Z'));
		runConsultationJobs(db, at('2026-05-16T14:00:00Z'));
		expect(told('consultation_deadline')).toEqual([otherNgo.userId]);
	});

	it('asks the members of chosen bodies, and refuses an audience from another region', () => {
		const bodyId = db
			.insert(body)
			.values({
				regionId,
				name: 'HYTE-foorumi',
				level: 'forum',
				cadenceMin: 1,
				cadenceMax: 2,
				membersCoEditMinutes: false
			})
			.returning()
			.get().id;
		db.insert(membership).values({ bodyId, userId: municipal.userId, role: 'member' }).run();
		const opened = openedRound({
			audience: { kind: 'bodies', organisationIds: [], bodyIds: [bodyId] }
		});
		expect(getRound(db, actorOf(db, municipal.userId), opened.id, NOW).status).toBe('open');
		expect(refusal(() => getRound(db, ngo, opened.id, NOW)).code).toBe('forbidden');

		const elsewhere = insertRegion(db, 'other');
		const version = freezeVersion(db, coordinator, documentId, NOW);
		const foreign = round({
			audience: { kind: 'organisations', organisationIds: [elsewhere.municipalityId], bodyIds: [] }
		});
		expect(
			refusal(() => openRound(db, coordinator, documentId, version.id, foreign, NOW)).issues
		).toHaveProperty('organisationIds');
		expect(
			refusal(() =>
				openRound(
					db,
					coordinator,
					documentId,
					version.id,
					round({ closesAt: at('2026-05-01T00:00:00Z') }),
					NOW
				)
			).issues
		).toHaveProperty('closesDate');
	});

	it('keeps the quoted passage with a comment, and refuses a quote the section does not contain', () => {
		const opened = openedRound();
		const saved = addComment(
			db,
			ngo,
			opened.id,
			comment({ quote: '  lasten ja nuorten\nharrastamista ', onBehalfOfOrganisation: true }),
			LATER
		);
		expect(saved.quote).toBe('lasten ja nuorten harrastamista');
		expect(saved.organisationId).toBe(ngo.organisationId);
		const [view] = listComments(db, ngo, loadRound(db, opened.id), LATER);
		expect(view).toMatchObject({
			quote: 'lasten ja nuorten harrastamista',
			statementOf: { name: 'Mielenvireä ry' },
			sectionId: sectionIds[0]
		});
		const wrong = refusal(() =>
			addComment(db, ngo, opened.id, comment({ quote: 'Ikäihmisten liikkuminen' }), LATER)
		);
		expect(wrong.code).toBe('invalid');
		expect(wrong.issues).toHaveProperty('quote');
		expect(
			refusal(() =>
				addComment(db, ngo, opened.id, comment({ sectionId: 'no-such-section' }), LATER)
			).issues
		).toHaveProperty('sectionId');
	});

	it('takes comments from the audience only while the round is open, and edits by the author until the deadline', () => {
		const opened = openedRound({ opensAt: at('2026-05-05T07:00:00Z') });
		expect(refusal(() => addComment(db, ngo, opened.id, comment(), NOW)).code).toBe('conflict');
		expect(refusal(() => addComment(db, municipal, opened.id, comment(), LATER)).code).toBe(
			'forbidden'
		);
		const saved = addComment(db, ngo, opened.id, comment(), LATER);
		const reply = addComment(
			db,
			otherNgo,
			opened.id,
			comment({ body: 'Samaa mieltä.', parentId: saved.id, sectionId: 'ignored' }),
			LATER
		);
		expect(reply).toMatchObject({ parentId: saved.id, sectionId: sectionIds[0], quote: '' });
		// A reply to a reply joins the same thread.
		expect(addComment(db, ngo, opened.id, comment({ parentId: reply.id }), LATER).parentId).toBe(
			saved.id
		);

		expect(
			refusal(() => editComment(db, otherNgo, opened.id, saved.id, 'Muutettu', LATER)).code
		).toBe('forbidden');
		editComment(
			db,
			ngo,
			opened.id,
			saved.id,
			'Harrastusten hinta on este, erityisesti maaseudulla.',
			LATER
		);
		expect(listComments(db, ngo, loadRound(db, opened.id), LATER)[0]).toMatchObject({
			body: 'Harrastusten hinta on este, erityisesti maaseudulla.',
			canEdit: true
		});

		expect(refusal(() => addComment(db, ngo, opened.id, comment(), AFTER)).code).toBe('conflict');
		expect(refusal(() => editComment(db, ngo, opened.id, saved.id, 'Myöhässä', AFTER)).code).toBe(
			'conflict'
		);
		expect(refusal(() => addComment(db, municipal, opened.id, comment(), AFTER)).code).toBe(
			'forbidden'
		);
		expect(listComments(db, ngo, loadRound(db, opened.id), AFTER)[0].canEdit).toBe(false);
	});

	it('ends a round when a coordinator moves the deadline to now, and logs it', () => {
		const opened = openedRound();
		changeClosingTime(db, coordinator, opened.id, LATER, LATER);
		expect(getRound(db, ngo, opened.id, LATER).status).toBe('closed');
		expect(refusal(() => addComment(db, ngo, opened.id, comment(), LATER)).code).toBe('conflict');
		expect(refusal(() => changeClosingTime(db, ngo, opened.id, AFTER)).code).toBe('forbidden');
		expect(
			db.select().from(auditEvent).where(eq(auditEvent.action, 'consultation.closingChanged')).all()
		).toHaveLength(1);
	});

	it('shows the coordinators’ answer to the commenters and tells the author', () => {
		const opened = openedRound();
		const saved = addComment(db, ngo, opened.id, comment(), LATER);
		expect(
			refusal(() =>
				answerComment(db, ngo, opened.id, saved.id, { outcome: 'accepted', text: 'Kiitos' }, LATER)
			).code
		).toBe('forbidden');
		answerComment(
			db,
			coordinator,
			opened.id,
			saved.id,
			{ outcome: 'partly', text: 'Lisätään tavoitteeksi maksuttomat harrastukset kouluissa.' },
			AFTER
		);
		const [thread] = threadsOf(listComments(db, otherNgo, loadRound(db, opened.id), AFTER));
		expect(thread.response).toMatchObject({
			outcome: 'partly',
			text: 'Lisätään tavoitteeksi maksuttomat harrastukset kouluissa.'
		});
		const told = db
			.select()
			.from(notification)
			.where(and(eq(notification.kind, 'comment_answered'), eq(notification.userId, ngo.userId)))
			.all();
		expect(told).toHaveLength(1);
		expect(told[0].link).toBe(
			`/consultations/${opened.id}?comment=${saved.id}#comment-${saved.id}`
		);
	});

	it('hides an inappropriate comment with its reason, and the audit log keeps it', () => {
		const opened = openedRound();
		const saved = addComment(db, ngo, opened.id, comment({ body: 'Asiaton kommentti.' }), LATER);
		expect(refusal(() => hideComment(db, ngo, opened.id, saved.id, 'Ei', LATER)).code).toBe(
			'forbidden'
		);
		hideComment(db, coordinator, opened.id, saved.id, 'Loukkaava kielenkäyttö', LATER);
		const [seenByNgo] = listComments(db, otherNgo, loadRound(db, opened.id), LATER);
		expect(seenByNgo).toMatchObject({
			body: '',
			hidden: { reason: 'Loukkaava kielenkäyttö' },
			canEdit: false
		});
		expect(listComments(db, coordinator, loadRound(db, opened.id), LATER)[0].body).toBe(
			'Asiaton kommentti.'
		);
		const logged = db
			.select()
			.from(auditEvent)
			.where(eq(auditEvent.action, 'consultation.commentHidden'))
			.all();
		expect(logged).toHaveLength(1);
		expect(logged[0]).toMatchObject({
			regionId,
			userId: coordinator.userId,
			targetType: 'consultation',
			targetId: opened.id
		});
		expect(logged[0].summary).toContain('Loukkaava kielenkäyttö');
		expect(
			refusal(() => hideComment(db, coordinator, opened.id, saved.id, 'Uudelleen', LATER)).code
		).toBe('conflict');
		expect(
			refusal(() =>
				addComment(db, otherNgo, opened.id, comment({ body: 'Vastaus', parentId: saved.id }), LATER)
			).messageKey
		).toBe('consultations.comment.threadHidden');
	});

	describe('acts only on what the URL names', () => {
		it('opens a round only on a version of the document in the URL', () => {
			const other = createPlanDocument(db, coordinator, { kind: 'other', title: 'Toinen' }, NOW);
			const foreignVersion = freezeVersion(db, coordinator, other.id, NOW);
			expect(
				refusal(() => openRound(db, coordinator, documentId, foreignVersion.id, round(), NOW)).code
			).toBe('not_found');
			expect(db.select().from(consultationRound).all()).toEqual([]);
			expect(refusal(() => openRound(db, ngo, documentId, foreignVersion.id, round())).code).toBe(
				'forbidden'
			);
		});

		it('edits, answers and hides only comments of the round in the URL', () => {
			const opened = openedRound();
			const elsewhere = openedRound();
			const foreign = addComment(db, ngo, elsewhere.id, comment(), LATER);
			const stored = () =>
				db.select().from(consultationComment).where(eq(consultationComment.id, foreign.id)).get();

			expect(refusal(() => editComment(db, ngo, opened.id, foreign.id, 'Muu', LATER)).code).toBe(
				'not_found'
			);
			expect(
				refusal(() =>
					answerComment(db, coordinator, opened.id, foreign.id, { outcome: 'accepted', text: 'X' })
				).code
			).toBe('not_found');
			expect(refusal(() => hideComment(db, coordinator, opened.id, foreign.id, 'X')).code).toBe(
				'not_found'
			);
			expect(stored()).toMatchObject({ body: comment().body, hiddenAt: null });
			expect(db.select().from(consultationResponse).all()).toEqual([]);
			// A reply names its thread in the same round, even when the other round is closed.
			expect(
				refusal(() => addComment(db, otherNgo, opened.id, comment({ parentId: foreign.id }), LATER))
					.code
			).toBe('not_found');
			expect(
				refusal(() => addComment(db, otherNgo, opened.id, comment({ parentId: foreign.id }), AFTER))
					.code
			).toBe('not_found');
			expect(refusal(() => editComment(db, ngo, opened.id, foreign.id, 'Muu', AFTER)).code).toBe(
				'not_found'
			);
			expect(db.select().from(consultationComment).all()).toHaveLength(1);
		});

		it('refuses those who may not act before anything is read from the form', () => {
			const opened = openedRound();
			expect(refusal(() => authorizeModeration(db, ngo, opened.id, 'comment.hide')).code).toBe(
				'forbidden'
			);
			expect(
				refusal(() => authorizeModeration(db, ngo, opened.id, 'consultation.answer')).code
			).toBe('forbidden');
			expect(refusal(() => authorizeRoundManagement(db, ngo, opened.id)).code).toBe('forbidden');
			expect(refusal(() => assertMayComment(db, municipal, opened.id, LATER)).code).toBe(
				'forbidden'
			);
			expect(refusal(() => assertMayComment(db, ngo, 999_999, LATER)).code).toBe('not_found');
		});
	});

	it('summarises a round per section, organisation and outcome, as CSV and PDF', async () => {
		const opened = openedRound();
		const first = addComment(
			db,
			ngo,
			opened.id,
			comment({ onBehalfOfOrganisation: true, quote: 'harrastamista' }),
			LATER
		);
		addComment(
			db,
			otherNgo,
			opened.id,
			comment({ sectionId: sectionIds[1], body: 'Liikuntaneuvontaa; myös "kotiin".' }),
			LATER
		);
		addComment(db, otherNgo, opened.id, comment({ parentId: first.id }), LATER);
		const hidden = addComment(db, otherNgo, opened.id, comment({ body: 'Asiaton' }), LATER);
		hideComment(db, coordinator, opened.id, hidden.id, 'Asiaton', LATER);
		answerComment(
			db,
			coordinator,
			opened.id,
			first.id,
			{ outcome: 'accepted', text: 'Lisätty suunnitelmaan.' },
			AFTER
		);

		const summary = roundSummary(db, coordinator, opened.id, AFTER);
		expect(summary.totals).toEqual({ comments: 2, statements: 1, replies: 1, hidden: 1 });
		expect(summary.outcomes).toEqual({ accepted: 1, partly: 0, rejected: 0, unanswered: 1 });
		expect(summary.organisations).toEqual([
			{ name: 'Mielenvireä ry', comments: 1, statements: 1 },
			{ name: 'Perheapila ry', comments: 2, statements: 0 }
		]);
		expect(summary.sections.map((s) => s.threads.length)).toEqual([1, 1]);

		const csv = summaryCsv(summary);
		expect(csv.startsWith('\uFEFFKohta;Nro;')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines[1]).toContain('Otettu huomioon;Lisätty suunnitelmaan.');
		expect(csv).toContain('"Liikuntaneuvontaa; myös ""kotiin""."');
		expect(csv).not.toContain('Asiaton');

		const { text } = await extractText(new Uint8Array(await renderSummaryPdf(summary)), {
			mergePages: true
		});
		for (const expected of [
			'Lausuntokierroksen yhteenveto',
			'2. Tavoitteet',
			'”harrastamista”',
			'Mielenvireä ry (lausunto)',
			'Vastaus (Otettu huomioon): Lisätty suunnitelmaan.',
			'Ei vielä vastattu: 1'
		])
			expect(text).toContain(expected);
		expect(text).not.toContain('Asiaton');
	});

	describe('the round page, a stretch of comments at a time', () => {
		const minutes = (n: number) => new Date(LATER.getTime() + n * 60_000);
		const noPaging = (): CommentPaging => ({ sections: {}, replies: {}, comment: null });
		let roundId: number;
		/** The first section's threads, oldest first. */
		let threads: number[];
		/** The replies of the newest thread, oldest first. */
		let replies: number[];

		beforeEach(() => {
			roundId = openedRound().id;
			threads = Array.from(
				{ length: 25 },
				(_, i) =>
					addComment(
						db,
						i % 2 ? ngo : otherNgo,
						roundId,
						comment({ body: `Kommentti ${i}` }),
						minutes(i)
					).id
			);
			// Made in the same minute: the later one counts as newer.
			threads.push(
				addComment(db, ngo, roundId, comment({ body: 'Samaan aikaan' }), minutes(24)).id
			);
			replies = Array.from(
				{ length: 8 },
				(_, i) =>
					addComment(
						db,
						otherNgo,
						roundId,
						comment({ body: `Vastaus ${i}`, parentId: threads.at(-1)! }),
						minutes(30 + i)
					).id
			);
			addComment(
				db,
				otherNgo,
				roundId,
				comment({ sectionId: sectionIds[1], body: 'Toinen kohta' }),
				minutes(5)
			);
		});

		const page = (actor: Actor, paging: CommentPaging = noPaging()) =>
			roundComments(db, actor, loadRound(db, roundId), paging, LATER);
		const newestFirst = () => [...threads].reverse();

		it('shows each section’s newest threads first, a page at a time, with the section’s total', () => {
			const { sections, paging } = page(ngo);
			const first = sections.get(sectionIds[0])!;
			expect(first.total).toBe(26);
			expect(first.items.map((t) => t.id)).toEqual(newestFirst().slice(0, THREADS_PER_PAGE));
			expect(first).toMatchObject({
				window: { start: 0, count: THREADS_PER_PAGE },
				newer: null,
				older: newestFirst()[THREADS_PER_PAGE]
			});
			expect(sections.get(sectionIds[1])).toMatchObject({ total: 1, newer: null, older: null });
			expect(paging.sections[sectionIds[0]]).toEqual({ start: 0, count: THREADS_PER_PAGE });

			const more = page(ngo, {
				...noPaging(),
				sections: { [sectionIds[0]]: { start: 10, count: 20 } }
			}).sections.get(sectionIds[0])!;
			expect(more.items.map((t) => t.id)).toEqual(newestFirst().slice(10));
			expect(more).toMatchObject({ newer: newestFirst()[9], older: null });
		});

		it('shows a thread’s latest replies as a conversation reads, and earlier ones on request', () => {
			const thread = page(ngo).sections.get(sectionIds[0])!.items[0];
			expect(thread.id).toBe(threads.at(-1));
			expect(thread.replies.total).toBe(8);
			expect(thread.replies.items.map((r) => r.id)).toEqual(replies.slice(-REPLIES_PER_PAGE));
			expect(thread.replies).toMatchObject({
				newer: null,
				older: replies.at(-REPLIES_PER_PAGE - 1)
			});
			const all = page(ngo, {
				...noPaging(),
				replies: { [thread.id]: { start: 0, count: 8 } }
			}).sections.get(sectionIds[0])!.items[0];
			expect(all.replies.items.map((r) => r.id)).toEqual(replies);
		});

		it('opens the stretch that holds a permalinked comment, an old thread or an old reply, and leaves the other sections be', () => {
			const oldest = page(ngo, { ...noPaging(), comment: threads[0] });
			const section = oldest.sections.get(sectionIds[0])!;
			expect(section.items.map((t) => t.id)).toContain(threads[0]);
			expect(section.window).toEqual({ start: 20, count: THREADS_PER_PAGE });
			expect(section.newer).toBe(newestFirst()[19]);
			expect(oldest.sections.get(sectionIds[1])!.window).toEqual({
				start: 0,
				count: THREADS_PER_PAGE
			});
			expect(oldest.paging).toMatchObject({
				comment: threads[0],
				sections: { [sectionIds[0]]: { start: 20, count: THREADS_PER_PAGE } }
			});

			const reply = page(ngo, { ...noPaging(), comment: replies[0] }).sections.get(sectionIds[0])!
				.items[0].replies;
			expect(reply.items.map((r) => r.id)).toContain(replies[0]);
			expect(reply).toMatchObject({
				window: { start: 6, count: REPLIES_PER_PAGE },
				older: null,
				newer: replies[2]
			});

			// A window that already shows the comment is kept; a comment of another round changes nothing.
			const shown = page(ngo, {
				sections: { [sectionIds[0]]: { start: 0, count: 30 } },
				replies: {},
				comment: threads[0]
			});
			expect(shown.sections.get(sectionIds[0])!.window).toEqual({ start: 0, count: 30 });
			const elsewhere = openedRound();
			const foreign = addComment(db, ngo, elsewhere.id, comment(), LATER);
			expect(
				page(ngo, { ...noPaging(), comment: foreign.id }).sections.get(sectionIds[0])!.window
			).toEqual({ start: 0, count: THREADS_PER_PAGE });
		});

		it('keeps the reading rules: hidden text for those who run the round, editing for the author', () => {
			const hidden = threads.at(-3)!;
			hideComment(db, coordinator, roundId, hidden, 'Asiaton', LATER);
			const seenByOther = page(otherNgo).sections.get(sectionIds[0])!.items;
			expect(seenByOther.find((t) => t.id === hidden)).toMatchObject({
				body: '',
				hidden: { reason: 'Asiaton' },
				canEdit: false
			});
			expect(seenByOther.find((t) => t.id === threads.at(-2))).toMatchObject({
				body: 'Kommentti 24',
				canEdit: true
			});
			expect(
				page(coordinator)
					.sections.get(sectionIds[0])!
					.items.find((t) => t.id === hidden)!.body
			).toBe('Kommentti 23');
			expect(refusal(() => getRound(db, municipal, roundId, LATER)).code).toBe('forbidden');
			// Only the page is paged: the summary and its exports count every comment.
			expect(roundSummary(db, coordinator, roundId, LATER).totals).toMatchObject({
				comments: 26,
				replies: 8,
				hidden: 1
			});
		});
	});

	describe('attaching the summary to a meeting', () => {
		let dir: string;
		beforeEach(() => {
			dir = mkdtempSync(join(tmpdir(), 'consultation-attachments-'));
		});
		afterEach(() => rmSync(dir, { recursive: true, force: true }));

		it('stores the summary PDF as a non-public attachment of the chosen agenda item', async () => {
			const opened = openedRound();
			addComment(db, ngo, opened.id, comment(), LATER);
			const bodyId = db
				.insert(body)
				.values({
					regionId,
					name: 'HYTE-neuvottelut',
					level: 'strategic',
					cadenceMin: 1,
					cadenceMax: 2,
					membersCoEditMinutes: false
				})
				.returning()
				.get().id;
			const meeting = scheduleMeeting(db, coordinator, bodyId, {
				title: '',
				startsAt: at('2026-06-10T10:00:00Z'),
				endsAt: at('2026-06-10T12:00:00Z'),
				place: '',
				onlineUrl: ''
			});
			const itemKey = listItems(db, [meeting.id])[2].key;
			const stored = await attachSummary(
				db,
				coordinator,
				opened.id,
				{ meetingId: meeting.id, itemKey },
				AFTER,
				dir
			);
			expect(stored).toMatchObject({
				meetingId: meeting.id,
				itemKey,
				contentType: 'application/pdf',
				public: false
			});
			expect(stored.filename).toBe('Lausuntoyhteenveto Hyvinvointisuunnitelma lausunnolla.pdf');
			expect(db.select().from(attachment).all()).toHaveLength(1);
			const ngoUser = insertUser(db, ngo.organisationId, 'toinen@example.fi');
			await expect(
				attachSummary(
					db,
					actorOf(db, ngoUser.id),
					opened.id,
					{ meetingId: meeting.id, itemKey },
					AFTER,
					dir
				)
			).rejects.toMatchObject({ code: 'forbidden' });
		});
	});
});
