import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import { listAuditEvents } from '../audit/log';
import type { Db } from '../db/client';
import { organisationPerson } from '../db/schema';
import { createTestDb } from '../db/testing';
import { insertApplication, insertBasket, insertCall } from '../testing/grant-fixtures';
import {
	insertActor,
	insertBody,
	insertOrganisation,
	insertRegion,
	refusal
} from '../testing/fixtures';
import { proposalView, saveProposal } from './proposal';
import { answerPreparerTie } from './tie-warnings';

const NOW = new Date('2026-10-05T09:00:00Z');

describe('a handler tied to an applicant prepares the proposal', () => {
	let db: Db;
	let coordinator: Actor;
	let other: Actor;
	let callId: number;
	let appA: number;
	let appB: number;
	let appC: number;

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'sid');
		coordinator = insertActor(db, r.countyId, 'koord@example.fi', 'coordinator');
		other = insertActor(db, r.countyId, 'toinen@example.fi', 'coordinator');
		const orgA = insertOrganisation(db, r.regionId, 'Kyläyhdistys ry', 'ngo');
		const orgB = insertOrganisation(db, r.regionId, 'Perheliitto ry', 'ngo');
		const orgC = insertOrganisation(db, r.regionId, 'Urheiluseura ry', 'ngo');
		const ngo = insertActor(db, orgA, 'kyla@example.fi', 'member');
		// The coordinator sits on the boards of two applicants.
		for (const organisationId of [orgA, orgB])
			db.insert(organisationPerson)
				.values({
					organisationId,
					name: 'Koordinaattori',
					role: 'board_member',
					email: 'koord@example.fi',
					userId: coordinator.userId
				})
				.run();
		callId = insertCall(db, {
			regionId: r.regionId,
			basketId: insertBasket(db, r.regionId, 'operating', 2027, 1_000_000),
			decidingBodyId: insertBody(db, r.regionId, 'strategic'),
			createdBy: coordinator.userId,
			opensAt: new Date('2026-09-01T06:00:00Z'),
			closesAt: new Date('2026-10-01T13:00:00Z')
		}).id;
		const apply = (organisationId: number, title: string) =>
			insertApplication(db, callId, organisationId, ngo.userId, { status: 'assessed', title }).id;
		appA = apply(orgA, 'Kylätalo');
		appB = apply(orgB, 'Perhekahvilat');
		appC = apply(orgC, 'Junioreiden leiri');
	});

	const entry = (applicationId: number) => ({ applicationId, cents: 100_000, reason: 'Hyvä.' });

	it('warns of each tie, and refuses the proposal until each is declared or confirmed', () => {
		expect(proposalView(db, coordinator, callId, NOW).ties).toEqual([
			{
				applicationId: appA,
				organisation: 'Kyläyhdistys ry',
				title: 'Kylätalo',
				tie: 'board',
				answer: null,
				ground: 'position',
				specification: 'Kyläyhdistys ry, hallituksen jäsen'
			},
			expect.objectContaining({ applicationId: appB, answer: null })
		]);
		expect(proposalView(db, other, callId, NOW).ties).toEqual([]);
		expect(
			refusal(() => saveProposal(db, coordinator, callId, [entry(appC)], NOW)).messageKey
		).toBe('disqualification.mustAnswerProposal');
		// Another handler, not tied, prepares freely.
		saveProposal(db, other, callId, [entry(appC)], NOW);

		answerPreparerTie(
			db,
			coordinator,
			callId,
			appA,
			{ ground: 'position', specification: 'Kyläyhdistys ry, hallituksen jäsen' },
			NOW
		);
		answerPreparerTie(db, coordinator, callId, appB, null, NOW);
		expect(proposalView(db, coordinator, callId, NOW).ties.map((t) => t.answer)).toEqual([
			'declared',
			'confirmed'
		]);
		expect(
			listAuditEvents(db, coordinator, coordinator.regionId)
				.map((e) => e.action)
				.filter((action) => action.startsWith('grant.preparer'))
				.sort()
		).toEqual(['grant.preparerDisqualified', 'grant.preparerNotDisqualified']);

		// Disqualified on A: its amount is another handler's; the rest is theirs to prepare.
		expect(
			refusal(() => saveProposal(db, coordinator, callId, [entry(appA), entry(appB)], NOW))
				.messageKey
		).toBe('disqualification.preparerDisqualified');
		saveProposal(db, coordinator, callId, [entry(appB), entry(appC)], NOW);
	});

	it('takes one answer per tie, and none where there is no tie', () => {
		answerPreparerTie(db, coordinator, callId, appB, null, NOW);
		expect(
			refusal(() => answerPreparerTie(db, coordinator, callId, appB, null, NOW)).messageKey
		).toBe('disqualification.already');
		expect(
			refusal(() => answerPreparerTie(db, coordinator, callId, appC, null, NOW)).messageKey
		).toBe('disqualification.noTie');
		expect(refusal(() => answerPreparerTie(db, coordinator, callId, 999, null, NOW)).code).toBe(
			'not_found'
		);
	});
});
