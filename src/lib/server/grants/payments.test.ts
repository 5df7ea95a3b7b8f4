import { eq } from 'drizzle-orm';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import { listAuditEvents } from '../audit/log';
import type { Db } from '../db/client';
import {
	grantApplication,
	grantCall,
	grantInstalment,
	grantReport,
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
import {
	approveBatch,
	batchCsv,
	batchPage,
	checkBatch,
	createBatch,
	exportBatch,
	grantPayments,
	markBatchPaid,
	paymentsPage,
	requestPayment,
	setSecondApprovalLimit
} from './payments';

const NOW = new Date('2026-06-10T09:00:00Z');

describe('grant payments under four eyes', () => {
	let db: Db;
	let regionId: number;
	let checker: Actor;
	let approver: Actor;
	let secondApprover: Actor;
	let ngo: Actor;
	let ngoId: number;
	let callId: number;
	let applicationId: number;
	let spring: number;
	let autumn: number;

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'mk');
		regionId = r.regionId;
		checker = insertActor(db, r.countyId, 'tarkastaja@example.fi', 'coordinator');
		approver = insertActor(db, r.countyId, 'hyvaksyja@example.fi', 'coordinator');
		secondApprover = insertActor(db, r.countyId, 'toinen@example.fi', 'coordinator');
		ngoId = insertOrganisation(db, regionId, 'Mielenterveysyhdistys Tuki ry', 'ngo');
		ngo = insertActor(db, ngoId, 'ngo@example.fi', 'member');
		const call = insertCall(db, {
			regionId,
			basketId: insertBasket(db, regionId, 'operating', 2026, 10_000_000),
			decidingBodyId: insertBody(db, regionId, 'strategic'),
			createdBy: checker.userId,
			opensAt: new Date('2025-09-01T06:00:00Z'),
			closesAt: new Date('2025-10-31T14:00:00Z')
		});
		callId = call.id;
		db.update(grantCall)
			.set({ decidedAt: new Date('2025-12-10T12:00:00Z'), costCentre: '4100', account: '6810' })
			.where(eq(grantCall.id, callId))
			.run();
		applicationId = insertApplication(db, callId, ngoId, ngo.userId, {
			status: 'granted',
			amountGrantedCents: 1_000_000,
			decidedAt: new Date('2025-12-10T12:00:00Z'),
			acceptance: 'accepted'
		}).id;
		[spring, autumn] = [
			['2026-02-15', 600_000],
			['2026-08-14', 400_000]
		].map(
			([dueOn, amountCents]) =>
				db
					.insert(grantInstalment)
					.values({ applicationId, dueOn: dueOn as string, amountCents: amountCents as number })
					.returning()
					.get().id
		) as [number, number];
		db.insert(grantReport).values({ applicationId, kind: 'interim', dueOn: '2026-07-31' }).run();
		db.update(organisationProfile)
			.set({ businessId: '1234567-8', iban: 'FI2112345600000785' })
			.where(eq(organisationProfile.organisationId, ngoId))
			.run();
	});

	it('offers what is payable now and holds what a missing report holds', () => {
		const page = paymentsPage(db, checker, NOW);
		expect(page.payable.map((l) => l.id)).toEqual([spring]);
		// The interim report falls due before the autumn instalment.
		expect(page.held.map((l) => l.id)).toEqual([autumn]);
		const later = new Date('2026-08-20T09:00:00Z');
		// Whatever is still unpaid once the report is overdue waits for it too.
		expect(paymentsPage(db, checker, later).held.map((l) => l.id)).toEqual([spring, autumn]);
		expect(refusal(() => createBatch(db, checker, [autumn], later)).code).toBe('conflict');
		db.update(grantReport).set({ status: 'accepted' }).run();
		expect(paymentsPage(db, checker, later).payable.map((l) => l.id)).toEqual([spring, autumn]);
	});

	it('pays nothing before the grant is accepted, nor anything of a refused one', () => {
		db.update(grantCall).set({ paymentType: 'on_acceptance' }).run();
		db.update(grantReport).set({ status: 'accepted' }).run();
		expect(paymentsPage(db, checker, NOW).payable.map((l) => l.id)).toEqual([spring, autumn]);
		for (const acceptance of ['pending', 'refused'] as const) {
			db.update(grantApplication).set({ acceptance }).run();
			expect(paymentsPage(db, checker, NOW).payable).toEqual([]);
			expect(refusal(() => createBatch(db, checker, [spring], NOW)).code).toBe('conflict');
		}
	});

	it('lets one person check and another approve, never the same', () => {
		const batchId = createBatch(db, checker, [spring], NOW);
		expect(refusal(() => approveBatch(db, approver, batchId, NOW)).messageKey).toBe(
			'grantPayments.refusal.notChecked'
		);
		checkBatch(db, checker, batchId, NOW);
		const own = refusal(() => approveBatch(db, checker, batchId, NOW));
		expect([own.code, own.messageKey]).toEqual([
			'conflict',
			'grantPayments.refusal.checkerCannotApprove'
		]);
		expect(batchPage(db, checker, batchId, NOW)).toMatchObject({
			canApprove: false,
			approvalRefusal: 'checkerCannotApprove'
		});
		approveBatch(db, approver, batchId, NOW);
		expect(batchPage(db, checker, batchId, NOW).batch.status).toBe('approved');
		expect(grantPayments(db, regionId, applicationId, NOW)[0]!.status).toBe('approved');
	});

	it('asks a second, different approver above the region’s limit', () => {
		setSecondApprovalLimit(db, checker, '5 000', NOW);
		const batchId = createBatch(db, checker, [spring], NOW);
		checkBatch(db, checker, batchId, NOW);
		approveBatch(db, approver, batchId, NOW);
		expect(batchPage(db, checker, batchId, NOW).batch.status).toBe('checked');
		expect(refusal(() => approveBatch(db, approver, batchId, NOW)).messageKey).toBe(
			'grantPayments.refusal.approvedTwice'
		);
		expect(refusal(() => approveBatch(db, checker, batchId, NOW)).messageKey).toBe(
			'grantPayments.refusal.checkerCannotApprove'
		);
		approveBatch(db, secondApprover, batchId, NOW);
		expect(batchPage(db, checker, batchId, NOW).batch).toMatchObject({
			status: 'approved',
			approvers: ['hyvaksyja', 'toinen']
		});
	});

	it('exports the approved batch for the finance system and marks it paid', () => {
		const batchId = createBatch(db, checker, [spring], NOW);
		checkBatch(db, checker, batchId, NOW);
		approveBatch(db, approver, batchId, NOW);
		expect(refusal(() => batchCsv(db, checker, batchId, NOW)).code).toBe('conflict');
		exportBatch(db, checker, batchId, NOW);
		const csv = batchCsv(db, checker, batchId, NOW);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
		expect(rows[0]).toEqual([
			'saaja',
			'y-tunnus',
			'iban',
			'summa',
			'eräpäivä',
			'viitenumero',
			'kustannuspaikka',
			'tili',
			'haku'
		]);
		expect(rows[1]!.slice(0, 8)).toEqual([
			'Mielenterveysyhdistys Tuki ry',
			'1234567-8',
			'FI2112345600000785',
			'6000.00',
			'2026-02-15',
			expect.stringMatching(/^1\d{5}\d$/),
			'4100',
			'6810'
		]);
		markBatchPaid(db, checker, batchId, NOW);
		expect(grantPayments(db, regionId, applicationId, NOW)[0]!.status).toBe('paid');
		expect(
			listAuditEvents(db, checker, regionId)
				.map((e) => e.action)
				.filter((a) => a.startsWith('grantPayment.'))
				.reverse()
		).toEqual([
			'grantPayment.batchCreated',
			'grantPayment.batchChecked',
			'grantPayment.batchApproved',
			'grantPayment.batchExported',
			'grantPayment.batchPaid'
		]);
	});

	it('refuses the export while a recipient lacks a business ID or an IBAN, and names it', () => {
		db.update(organisationProfile).set({ iban: '' }).run();
		const batchId = createBatch(db, checker, [spring], NOW);
		checkBatch(db, checker, batchId, NOW);
		approveBatch(db, approver, batchId, NOW);
		expect(batchPage(db, checker, batchId, NOW).lacking).toEqual(['Mielenterveysyhdistys Tuki ry']);
		expect(refusal(() => exportBatch(db, checker, batchId, NOW)).messageKey).toBe(
			'grantPayments.export.missingDetails'
		);
	});

	it('keeps payments to the region’s coordinators, and another region’s batch not found', () => {
		expect(refusal(() => paymentsPage(db, ngo, NOW)).code).toBe('forbidden');
		const batchId = createBatch(db, checker, [spring], NOW);
		const other = insertRegion(db, 'ot');
		const stranger = insertActor(db, other.countyId, 'muu@example.fi', 'coordinator');
		expect(refusal(() => batchPage(db, stranger, batchId, NOW)).code).toBe('not_found');
		expect(refusal(() => createBatch(db, stranger, [autumn], NOW)).code).toBe('not_found');
	});

	it('lets the recipient ask for an instalment of a call paid on request', () => {
		db.update(grantCall).set({ paymentType: 'on_request' }).run();
		expect(paymentsPage(db, checker, NOW).payable).toEqual([]);
		expect(refusal(() => requestPayment(db, checker, applicationId, spring, NOW)).code).toBe(
			'forbidden'
		);
		requestPayment(db, ngo, applicationId, spring, NOW);
		expect(paymentsPage(db, checker, NOW).payable.map((l) => l.id)).toEqual([spring]);
		expect(refusal(() => requestPayment(db, ngo, applicationId, spring, NOW)).code).toBe(
			'conflict'
		);
	});
});
