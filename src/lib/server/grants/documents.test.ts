import { eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import { listAuditEvents } from '../audit/log';
import type { Db } from '../db/client';
import { grantCall, meeting, organisationProfile } from '../db/schema';
import { createTestDb } from '../db/testing';
import { insertApplication, insertBasket, insertCall } from '../testing/grant-fixtures';
import {
	insertActor,
	insertBody,
	insertOrganisation,
	insertRegion,
	refusal
} from '../testing/fixtures';
import { publishCall } from './calls';
import { addDocumentVersion, documentVersionPage, pinnedDocuments } from './documents';
import { decisionLetter, renderDecisionLetterPdf } from './letter';

const NOW = new Date('2026-08-20T09:00:00Z');

describe('versioned terms and appeal instructions, and the letter in the recipient’s language', () => {
	let db: Db;
	let coordinator: Actor;
	let ngo: Actor;
	let otherRegion: Actor;
	let regionId: number;
	let bodyId: number;
	let basketId: number;
	let orgId: number;

	const appeal = (version: string) => ({
		kind: 'appeal' as const,
		validFrom: '2026-01-01',
		textFi: `Oikaisuvaatimusohje ${version}.\n\nOikaisuvaatimus tehdään 14 päivässä.`,
		textSv: `Anvisning ${version}.\n\nBegäran om omprövning framställs inom 14 dagar.`
	});

	const draftCall = () =>
		insertCall(db, {
			regionId,
			basketId,
			decidingBodyId: bodyId,
			createdBy: coordinator.userId,
			opensAt: new Date('2026-09-01T06:00:00Z'),
			closesAt: new Date('2026-10-01T13:00:00Z'),
			published: false
		});

	/** The call decided in a meeting and the NGO's application granted in it. */
	function decidedApplication(callId: number): number {
		const meetingId = db
			.insert(meeting)
			.values({
				bodyId,
				sequence: 1,
				year: 2026,
				title: 'Kokous',
				startsAt: new Date('2026-11-02T10:00:00Z'),
				endsAt: new Date('2026-11-02T12:00:00Z'),
				status: 'approved'
			})
			.returning({ id: meeting.id })
			.get().id;
		const decidedAt = new Date('2026-11-10T10:00:00Z');
		db.update(grantCall)
			.set({ decidedAt, decisionMeetingId: meetingId })
			.where(eq(grantCall.id, callId))
			.run();
		return insertApplication(db, callId, orgId, ngo.userId, {
			status: 'granted',
			submittedAt: NOW,
			amountGrantedCents: 500_000,
			decisionMeetingId: meetingId,
			decidedAt
		}).id;
	}

	async function letterText(applicationId: number): Promise<string> {
		const letter = decisionLetter(db, ngo, applicationId, new Date('2026-11-20T10:00:00Z'));
		const pdf = await renderDecisionLetterPdf(letter);
		return (await extractText(new Uint8Array(pdf))).text.join('\n');
	}

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'doc');
		regionId = r.regionId;
		coordinator = insertActor(db, r.countyId, 'koord@example.fi', 'coordinator');
		bodyId = insertBody(db, regionId, 'strategic');
		basketId = insertBasket(db, regionId, 'operating', 2027, 1_000_000);
		orgId = insertOrganisation(db, regionId, 'Föreningen Gemenskap rf', 'ngo');
		ngo = insertActor(db, orgId, 'gemenskap@example.fi', 'member');
		const other = insertRegion(db, 'muu');
		otherRegion = insertActor(db, other.countyId, 'muu@example.fi', 'coordinator');
	});

	it('pins the versions in force at publishing, so a later edit leaves the call as it was', () => {
		const first = addDocumentVersion(db, coordinator, appeal('v1'), NOW);
		const call = draftCall();
		expect(pinnedDocuments(db, call.id)).toEqual({});
		publishCall(db, coordinator, call.id, NOW);
		const second = addDocumentVersion(db, coordinator, appeal('v2'), NOW);
		expect(pinnedDocuments(db, call.id).appeal?.id).toBe(first);
		expect(documentVersionPage(db, coordinator, second).version).toBe(2);
		expect(listAuditEvents(db, coordinator, regionId).map((e) => e.action)).toContain(
			'grantDocument.versionAdded'
		);
	});

	it('lets only those who manage grants add a version, and hides another region’s', () => {
		expect(refusal(() => addDocumentVersion(db, ngo, appeal('x'), NOW)).code).toBe('forbidden');
		const id = addDocumentVersion(db, coordinator, appeal('v1'), NOW);
		expect(documentVersionPage(db, ngo, id).textSv).toContain('Anvisning v1');
		expect(refusal(() => documentVersionPage(db, otherRegion, id)).code).toBe('not_found');
	});

	it('writes a Swedish-language NGO’s letter in Swedish with the pinned instructions', async () => {
		addDocumentVersion(db, coordinator, appeal('v1'), NOW);
		addDocumentVersion(
			db,
			coordinator,
			{ kind: 'terms', validFrom: '2026-02-01', textFi: 'Ehdot.', textSv: 'Villkor.' },
			NOW
		);
		const call = draftCall();
		publishCall(db, coordinator, call.id, NOW);
		addDocumentVersion(db, coordinator, appeal('v2'), NOW);
		db.update(organisationProfile)
			.set({ language: 'sv' })
			.where(eq(organisationProfile.organisationId, orgId))
			.run();
		const text = await letterText(decidedApplication(call.id));
		expect(text).toContain('BESLUT');
		expect(text).toMatch(/Beviljat understöd: 5\s000\s€/);
		expect(text).toContain('Anvisning om begäran om omprövning');
		expect(text).toContain('Anvisningens version 1, gäller från 1.1.2026.');
		expect(text).toContain('Anvisning v1.');
		expect(text).not.toContain('Anvisning v2');
		expect(text).toContain('allmänna villkor för understöd till organisationer (version 1');
		expect(text).not.toContain('Oikaisuvaatimusohje');
	});

	it('writes in Finnish when the NGO has no profile, with the base text when nothing was pinned', async () => {
		const call = draftCall();
		publishCall(db, coordinator, call.id, NOW);
		const text = await letterText(decidedApplication(call.id));
		expect(text).toContain('PÄÄTÖS');
		expect(text).toContain('Oikaisuvaatimusohje');
		expect(text).toContain('14 päivän kuluessa');
	});
});
