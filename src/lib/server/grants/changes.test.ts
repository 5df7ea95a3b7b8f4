import { eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import { listAuditEvents } from '../audit/log';
import type { Db } from '../db/client';
import {
	grantCall,
	grantInstalment,
	grantReport,
	notification,
	organisationProfile
} from '../db/schema';
import { createTestDb } from '../db/testing';
import { insertApplication, insertBasket, insertCall } from '../testing/grant-fixtures';
import {
	insertActor,
	insertBody,
	insertOrganisation,
	insertRegion,
	refusal
} from '../testing/fixtures';
import { changeLetter, renderChangeLetterPdf } from './change-letter';
import {
	applyForChange,
	decideChange,
	grantChangesPage,
	grantClaims,
	makeClaim,
	settleClaim
} from './changes';
import { grantFigures } from './figures';

const NOW = new Date('2026-12-01T09:00:00Z');

describe('change applications and claims of a decided grant', () => {
	let db: Db;
	let coordinator: Actor;
	let ngo: Actor;
	let otherNgo: Actor;
	let orgId: number;
	let grantId: number;
	let rejectedId: number;
	let regionId: number;

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'mu');
		regionId = r.regionId;
		coordinator = insertActor(db, r.countyId, 'koord@example.fi', 'coordinator');
		const bodyId = insertBody(db, r.regionId, 'strategic');
		orgId = insertOrganisation(db, r.regionId, 'Kyläyhdistys Kotirinne ry', 'ngo');
		const otherOrg = insertOrganisation(db, r.regionId, 'Perheliitto ry', 'ngo');
		ngo = insertActor(db, orgId, 'kyla@example.fi', 'member');
		otherNgo = insertActor(db, otherOrg, 'perhe@example.fi', 'member');
		const call = insertCall(db, {
			regionId: r.regionId,
			basketId: insertBasket(db, r.regionId, 'operating', 2026, 5_000_000),
			decidingBodyId: bodyId,
			createdBy: coordinator.userId,
			opensAt: new Date('2025-09-01T06:00:00Z'),
			closesAt: new Date('2025-10-01T13:00:00Z'),
			budgetYear: 2026
		});
		const decided = new Date('2025-12-10T12:00:00Z');
		db.update(grantCall).set({ decidedAt: decided }).where(eq(grantCall.id, call.id)).run();
		grantId = insertApplication(db, call.id, orgId, ngo.userId, {
			status: 'granted',
			amountRequestedCents: 1_000_000,
			amountGrantedCents: 1_000_000,
			decidedAt: decided
		}).id;
		rejectedId = insertApplication(db, call.id, otherOrg, otherNgo.userId, {
			status: 'rejected',
			amountGrantedCents: 0,
			decidedAt: decided
		}).id;
		db.insert(grantInstalment)
			.values([
				{ applicationId: grantId, dueOn: '2026-02-15', amountCents: 600_000, paidAt: decided },
				{ applicationId: grantId, dueOn: '2026-08-15', amountCents: 400_000 }
			])
			.run();
		db.insert(grantReport)
			.values({ applicationId: grantId, kind: 'final', dueOn: '2027-01-31' })
			.run();
	});

	const extension = (requestedEndOn: string | null) => ({
		kind: 'extension' as const,
		description: '',
		reasons: 'Syksyn ryhmät alkoivat kuukauden myöhässä.',
		requestedEndOn
	});

	it('extends the period and moves the final report when the handler accepts with another date', () => {
		const changeId = applyForChange(db, ngo, grantId, extension('2027-06-30'), NOW);
		const toHandler = db
			.select()
			.from(notification)
			.where(eq(notification.userId, coordinator.userId))
			.all();
		expect(toHandler.map((n) => n.kind)).toEqual(['grant_change_requested']);

		const asked = grantChangesPage(db, coordinator, grantId, NOW);
		expect(asked.periodEndOn).toBe('2026-12-31');
		expect(asked.canApply).toBe(false);
		expect(asked.changes[0]).toMatchObject({
			status: 'pending',
			canDecide: true,
			letterHref: null
		});
		expect(grantChangesPage(db, ngo, grantId, NOW).changes[0]!.canDecide).toBe(false);

		decideChange(
			db,
			coordinator,
			grantId,
			changeId,
			{
				decision: 'accepted_with_changes',
				reasons: 'Käyttöaikaa pidennetään kevään ryhmäkauden loppuun.',
				endOn: '2027-03-31'
			},
			NOW
		);
		const page = grantChangesPage(db, ngo, grantId, NOW);
		expect(page.periodEndOn).toBe('2027-03-31');
		expect(page.finalReportDueOn).toBe('2027-05-01');
		expect(page.changes[0]).toMatchObject({
			status: 'accepted_with_changes',
			decidedEndOn: '2027-03-31'
		});
		expect(
			db
				.select()
				.from(notification)
				.where(eq(notification.userId, ngo.userId))
				.all()
				.map((n) => n.kind)
		).toEqual(['grant_change_decided']);
		expect(
			listAuditEvents(db, coordinator, regionId).some((e) => e.action === 'grant.changeDecided')
		).toBe(true);
		expect(
			refusal(() =>
				decideChange(
					db,
					coordinator,
					grantId,
					changeId,
					{
						decision: 'rejected',
						reasons: 'x',
						endOn: null
					},
					NOW
				)
			).code
		).toBe('conflict');
	});

	it('writes the letter in the recipient’s language', async () => {
		const changeId = applyForChange(db, ngo, grantId, extension('2027-06-30'), NOW);
		decideChange(
			db,
			coordinator,
			grantId,
			changeId,
			{ decision: 'accepted', reasons: '', endOn: null },
			NOW
		);
		const fi = changeLetter(db, ngo, grantId, changeId, NOW);
		expect(fi).toMatchObject({
			language: 'fi',
			newEndOn: '2027-06-30',
			previousEndOn: '2026-12-31'
		});
		const fiText = (
			await extractText(new Uint8Array(await renderChangeLetterPdf(fi)), { mergePages: true })
		).text;
		expect(fiText).toContain('Muutoshakemus hyväksytään haetun mukaisesti.');
		expect(fiText).toContain('Avustuksen käyttöaika päättyy 30.6.2027 (aiemmin 31.12.2026).');
		expect(fiText).toContain('Oikaisuvaatimusohje');

		db.update(organisationProfile)
			.set({ language: 'sv' })
			.where(eq(organisationProfile.organisationId, orgId))
			.run();
		const sv = changeLetter(db, coordinator, grantId, changeId, NOW);
		const svText = (
			await extractText(new Uint8Array(await renderChangeLetterPdf(sv)), { mergePages: true })
		).text;
		expect(svText).toContain('Ändringsansökan godkänns i enlighet med ansökan.');
		expect(svText).toContain('Anvisning om begäran om omprövning');
	});

	it('refuses what does not extend, a missing reason, and others than the parties', () => {
		expect(
			refusal(() => applyForChange(db, ngo, grantId, extension('2026-11-30'), NOW)).issues
		).toEqual({
			endOn: 'grantChanges.validation.endLater'
		});
		expect(refusal(() => applyForChange(db, ngo, grantId, extension(null), NOW)).code).toBe(
			'invalid'
		);
		expect(
			refusal(() => applyForChange(db, ngo, grantId, { ...extension(null), kind: 'budget' }, NOW))
				.issues
		).toEqual({ description: 'validation.required' });
		// Another NGO's grant is not found; the handler may not apply; a rejection has nothing to change.
		expect(
			refusal(() => applyForChange(db, otherNgo, grantId, extension('2027-06-30'), NOW)).code
		).toBe('not_found');
		expect(
			refusal(() => applyForChange(db, coordinator, grantId, extension('2027-06-30'), NOW)).code
		).toBe('forbidden');
		expect(
			refusal(() => applyForChange(db, otherNgo, rejectedId, extension('2027-06-30'), NOW)).code
		).toBe('forbidden');

		const changeId = applyForChange(
			db,
			ngo,
			grantId,
			{
				kind: 'purpose',
				description: 'Retket korvataan kotikäynneillä.',
				reasons: 'Bussiyhteys lakkasi.',
				requestedEndOn: null
			},
			NOW
		);
		expect(
			refusal(() =>
				decideChange(
					db,
					ngo,
					grantId,
					changeId,
					{ decision: 'accepted', reasons: '', endOn: null },
					NOW
				)
			).code
		).toBe('forbidden');
		expect(refusal(() => changeLetter(db, otherNgo, grantId, changeId, NOW)).code).toBe(
			'not_found'
		);
		expect(refusal(() => changeLetter(db, ngo, grantId, changeId, NOW)).code).toBe('not_found');
		expect(
			refusal(() =>
				decideChange(
					db,
					coordinator,
					grantId,
					changeId,
					{ decision: 'rejected', reasons: '', endOn: null },
					NOW
				)
			).issues
		).toEqual({
			reasons: 'grantChanges.validation.reasonsRequired'
		});
		expect(
			refusal(() =>
				decideChange(
					db,
					coordinator,
					rejectedId,
					changeId,
					{ decision: 'accepted', reasons: '', endOn: null },
					NOW
				)
			).code
		).toBe('forbidden');
		decideChange(
			db,
			coordinator,
			grantId,
			changeId,
			{ decision: 'accepted', reasons: '', endOn: null },
			NOW
		);
		// A change of purpose leaves the period and the report as they were.
		expect(grantChangesPage(db, ngo, grantId, NOW)).toMatchObject({
			periodEndOn: '2026-12-31',
			finalReportDueOn: '2027-01-31'
		});
	});

	it('suggests returning the unused money from the final report and tracks the claim', () => {
		const claimsFor = (actor: Actor) => grantClaims(db, actor, grantId, NOW);
		expect(claimsFor(coordinator).suggestedClaimCents).toBeNull();
		db.update(grantReport)
			.set({ status: 'submitted', usedCents: 450_000 })
			.where(eq(grantReport.applicationId, grantId))
			.run();
		expect(claimsFor(coordinator).suggestedClaimCents).toBe(150_000);
		expect(claimsFor(ngo)).toMatchObject({ canClaim: false, suggestedClaimCents: null });

		const input = {
			kind: 'return' as const,
			amountCents: 150_000,
			dueOn: '2026-12-31',
			reason: 'Käyttämättä jäänyt avustus.'
		};
		expect(
			refusal(() => makeClaim(db, coordinator, grantId, { ...input, amountCents: 600_001 }, NOW))
				.issues
		).toEqual({
			amount: 'grantChanges.validation.claimTooLarge'
		});
		expect(
			refusal(() => makeClaim(db, coordinator, grantId, { ...input, dueOn: '2026-11-30' }, NOW))
				.issues
		).toEqual({
			dueOn: 'grantChanges.validation.duePast'
		});
		expect(refusal(() => makeClaim(db, ngo, grantId, input, NOW)).code).toBe('forbidden');
		const claimId = makeClaim(db, coordinator, grantId, input, NOW);
		// No more than paid may be claimed in all.
		expect(
			refusal(() => makeClaim(db, coordinator, grantId, { ...input, amountCents: 450_001 }, NOW))
				.code
		).toBe('invalid');
		expect(claimsFor(ngo).claims).toMatchObject([
			{ amountCents: 150_000, status: 'open', canSettle: false }
		]);
		expect(
			db
				.select()
				.from(notification)
				.where(eq(notification.userId, ngo.userId))
				.all()
				.map((n) => n.kind)
		).toEqual(['grant_claim_made']);

		expect(refusal(() => settleClaim(db, otherNgo, grantId, claimId, 'paid', NOW)).code).toBe(
			'not_found'
		);
		expect(grantFigures(db, 'mu', 2026).totals.returnedCents).toBe(0);
		settleClaim(db, coordinator, grantId, claimId, 'paid', NOW);
		// The figures count what was paid back, not what was claimed.
		expect(grantFigures(db, 'mu', 2026).totals.returnedCents).toBe(150_000);
		expect(claimsFor(ngo).claims[0]).toMatchObject({ status: 'paid' });
		expect(
			refusal(() => settleClaim(db, coordinator, grantId, claimId, 'cancelled', NOW)).code
		).toBe('conflict');
		expect(listAuditEvents(db, coordinator, regionId).map((e) => e.action)).toEqual(
			expect.arrayContaining(['grant.claimMade', 'grant.claimPaid'])
		);
	});
});
