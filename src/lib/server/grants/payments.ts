/**
 * Paying grants under four eyes: the region's payable and held instalments,
 * payment batches checked by one person and approved by another (two others
 * above the region's limit), the export for the county's finance system and
 * the batch marked paid. Every step goes to the audit log.
 */
import { and, asc, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import Papa from 'papaparse';
import {
	approvalRefusal,
	approvalsNeeded,
	batchStatus,
	instalmentStatus,
	isPayable,
	mayRequestPayment,
	missingPaymentDetails,
	referenceNumber,
	type BatchState,
	type GrantPaymentState,
	type InstalmentStatus,
	type MissingPaymentDetail
} from '../../domain/grant-payments';
import { isGranted, parseEuros } from '../../domain/grants';
import type { Actor } from '../../domain/policy';
import { isoDate } from '../../domain/time';
import { assertCan } from '../access';
import { recordAudit } from '../audit/log';
import type { Queryable } from '../db/client';
import {
	grantApplication,
	grantCall,
	grantInstalment,
	grantPaymentApproval,
	grantPaymentBatch,
	grantPaymentSetting,
	grantReport,
	organisation,
	organisationProfile,
	user,
	type GrantPaymentBatchRow
} from '../db/schema';
import { conflict, invalid, notFound } from '../errors';
import { authorizeApplication } from './readable';

export function authorizePayments(actor: Actor): void {
	assertCan(actor, 'grantPayment.handle', { regionId: actor.regionId });
}

const euros = (cents: number) => (cents / 100).toFixed(2);

/** The amount above which a batch needs a second approver; null when one is always enough. */
export function secondApprovalLimit(db: Queryable, regionId: number): number | null {
	return (
		db
			.select({ cents: grantPaymentSetting.secondApprovalAboveCents })
			.from(grantPaymentSetting)
			.where(eq(grantPaymentSetting.regionId, regionId))
			.get()?.cents ?? null
	);
}

/** Sets the limit from the settings form: empty clears it, anything else is read as euros. */
export function setSecondApprovalLimit(
	db: Queryable,
	actor: Actor,
	amount: string,
	now = new Date()
) {
	authorizePayments(actor);
	const cleared = amount.trim() === '';
	const cents = cleared ? null : parseEuros(amount);
	if (!cleared && cents === null)
		throw invalid('grantPayments.limit.invalid', { amount: 'grantPayments.limit.invalid' });
	db.transaction((tx) => {
		tx.insert(grantPaymentSetting)
			.values({ regionId: actor.regionId, secondApprovalAboveCents: cents })
			.onConflictDoUpdate({
				target: grantPaymentSetting.regionId,
				set: { secondApprovalAboveCents: cents }
			})
			.run();
		recordAudit(
			tx,
			{
				regionId: actor.regionId,
				userId: actor.userId,
				action: 'grantPayment.limitSet',
				targetType: 'region',
				targetId: actor.regionId,
				summary: cents === null ? '–' : `${euros(cents)} €`
			},
			now
		);
	});
}

/** The reports of each application, for the hold rule. */
function reportsOf(db: Queryable, applicationIds: readonly number[]) {
	const byApplication = new Map<number, GrantPaymentState['reports'][number][]>();
	if (applicationIds.length === 0) return byApplication;
	for (const r of db
		.select({
			applicationId: grantReport.applicationId,
			dueOn: grantReport.dueOn,
			status: grantReport.status
		})
		.from(grantReport)
		.where(inArray(grantReport.applicationId, [...applicationIds]))
		.all()) {
		const list = byApplication.get(r.applicationId) ?? [];
		list.push({ dueOn: r.dueOn, status: r.status });
		byApplication.set(r.applicationId, list);
	}
	return byApplication;
}

/** The batches' states, approvals included, by id. */
function batchStates(db: Queryable, batches: readonly GrantPaymentBatchRow[]) {
	const approvals = batches.length
		? db
				.select()
				.from(grantPaymentApproval)
				.where(
					inArray(
						grantPaymentApproval.batchId,
						batches.map((b) => b.id)
					)
				)
				.orderBy(asc(grantPaymentApproval.approvedAt))
				.all()
		: [];
	return new Map(
		batches.map((b) => [
			b.id,
			{
				checkedBy: b.checkedBy,
				approverIds: approvals.filter((a) => a.batchId === b.id).map((a) => a.userId),
				approvalsNeeded: b.approvalsNeeded === 2 ? 2 : 1,
				exportedAt: b.exportedAt,
				paidAt: b.paidAt
			} satisfies BatchState
		])
	);
}

export interface PaymentLine {
	id: number;
	applicationId: number;
	batchId: number | null;
	recipient: string;
	businessId: string;
	iban: string;
	missing: MissingPaymentDetail[];
	callTitle: string;
	costCentre: string;
	account: string;
	dueOn: string;
	amountCents: number;
	status: InstalmentStatus;
	payable: boolean;
	paidAt: Date | null;
	requestedAt: Date | null;
	/** The recipient may ask for it now (a call paid on request). */
	mayRequest: boolean;
}

/** The instalments of the region's granted applications that match `where`, with their status today. */
function paymentLines(
	db: Queryable,
	regionId: number,
	where: SQL | undefined,
	now: Date
): PaymentLine[] {
	const rows = db
		.select({
			instalment: grantInstalment,
			application: grantApplication,
			call: grantCall,
			recipient: organisation.name,
			businessId: organisationProfile.businessId,
			iban: organisationProfile.iban,
			batch: grantPaymentBatch
		})
		.from(grantInstalment)
		.innerJoin(grantApplication, eq(grantInstalment.applicationId, grantApplication.id))
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.innerJoin(organisation, eq(grantApplication.organisationId, organisation.id))
		.leftJoin(organisationProfile, eq(organisationProfile.organisationId, organisation.id))
		.leftJoin(grantPaymentBatch, eq(grantInstalment.batchId, grantPaymentBatch.id))
		.where(and(eq(grantCall.regionId, regionId), where))
		.orderBy(asc(grantInstalment.dueOn), asc(organisation.name))
		.all()
		.filter((r) => isGranted(r.application.status));
	const reports = reportsOf(db, [...new Set(rows.map((r) => r.application.id))]);
	const batches = batchStates(
		db,
		rows.flatMap((r) => (r.batch ? [r.batch] : []))
	);
	const today = isoDate(now);
	return rows.map((r) => {
		const batch = r.batch ? batches.get(r.batch.id)! : null;
		const state = {
			dueOn: r.instalment.dueOn,
			paidAt: r.instalment.paidAt,
			requestedAt: r.instalment.requestedAt,
			batchApproved: batch !== null && ['approved', 'exported'].includes(batchStatus(batch))
		};
		const grant: GrantPaymentState = {
			paymentType: r.call.paymentType,
			acceptance: r.application.acceptance,
			reports: reports.get(r.application.id) ?? []
		};
		const profile = { businessId: r.businessId ?? '', iban: r.iban ?? '' };
		return {
			id: r.instalment.id,
			applicationId: r.application.id,
			batchId: r.instalment.batchId,
			recipient: r.recipient,
			...profile,
			missing: missingPaymentDetails(profile),
			callTitle: r.call.title,
			costCentre: r.call.costCentre,
			account: r.call.account,
			dueOn: r.instalment.dueOn,
			amountCents: r.instalment.amountCents,
			status: instalmentStatus(state, grant, today),
			payable: r.instalment.batchId === null && isPayable(state, grant, today),
			paidAt: r.instalment.paidAt,
			requestedAt: r.instalment.requestedAt,
			mayRequest: mayRequestPayment(state, grant)
		};
	});
}

/** The payments page: what may go into a batch now, what is held, and the batches. */
export function paymentsPage(db: Queryable, actor: Actor, now = new Date()) {
	authorizePayments(actor);
	const unbatched = paymentLines(
		db,
		actor.regionId,
		and(isNull(grantInstalment.batchId), isNull(grantInstalment.paidAt)),
		now
	);
	const batches = db
		.select()
		.from(grantPaymentBatch)
		.where(eq(grantPaymentBatch.regionId, actor.regionId))
		.orderBy(desc(grantPaymentBatch.createdAt), desc(grantPaymentBatch.id))
		.all();
	const states = batchStates(db, batches);
	const totals = new Map<number, { cents: number; count: number }>();
	if (batches.length)
		for (const i of db
			.select({ batchId: grantInstalment.batchId, cents: grantInstalment.amountCents })
			.from(grantInstalment)
			.where(
				inArray(
					grantInstalment.batchId,
					batches.map((b) => b.id)
				)
			)
			.all()) {
			const t = totals.get(i.batchId!) ?? { cents: 0, count: 0 };
			totals.set(i.batchId!, { cents: t.cents + i.cents, count: t.count + 1 });
		}
	return {
		payable: unbatched.filter((l) => l.payable),
		held: unbatched.filter((l) => l.status === 'held'),
		batches: batches.map((b) => ({
			id: b.id,
			createdAt: b.createdAt,
			status: batchStatus(states.get(b.id)!),
			totalCents: totals.get(b.id)?.cents ?? 0,
			count: totals.get(b.id)?.count ?? 0
		})),
		secondApprovalAboveCents: secondApprovalLimit(db, actor.regionId)
	};
}

/** A batch of the actor's region for one who handles payments: another region's is not found. */
export function authorizeBatch(db: Queryable, actor: Actor, batchId: number) {
	authorizePayments(actor);
	const batch = db.select().from(grantPaymentBatch).where(eq(grantPaymentBatch.id, batchId)).get();
	if (!batch || batch.regionId !== actor.regionId) throw notFound();
	return { batch, state: batchStates(db, [batch]).get(batch.id)! };
}

function audit(
	db: Queryable,
	actor: Actor,
	batch: { id: number; regionId: number },
	action:
		| 'grantPayment.batchCreated'
		| 'grantPayment.batchChecked'
		| 'grantPayment.batchApproved'
		| 'grantPayment.batchExported'
		| 'grantPayment.batchPaid',
	summary: string,
	now: Date
) {
	recordAudit(
		db,
		{
			regionId: batch.regionId,
			userId: actor.userId,
			action,
			targetType: 'grantPaymentBatch',
			targetId: batch.id,
			summary
		},
		now
	);
}

const totalOf = (lines: readonly { amountCents: number }[]) =>
	lines.reduce((sum, l) => sum + l.amountCents, 0);

/** Gathers payable instalments of the region into a new batch; anything not payable now is refused. */
export function createBatch(
	db: Queryable,
	actor: Actor,
	instalmentIds: readonly number[],
	now = new Date()
): number {
	authorizePayments(actor);
	if (instalmentIds.length === 0)
		throw invalid('grantPayments.batch.chooseSome', {
			instalmentIds: 'grantPayments.batch.chooseSome'
		});
	const lines = paymentLines(
		db,
		actor.regionId,
		inArray(grantInstalment.id, [...instalmentIds]),
		now
	);
	if (lines.length !== new Set(instalmentIds).size) throw notFound();
	if (lines.some((l) => !l.payable)) throw conflict('grantPayments.batch.notPayable');
	return db.transaction((tx) => {
		const batch = tx
			.insert(grantPaymentBatch)
			.values({ regionId: actor.regionId, createdBy: actor.userId, createdAt: now })
			.returning()
			.get();
		tx.update(grantInstalment)
			.set({ batchId: batch.id })
			.where(inArray(grantInstalment.id, [...instalmentIds]))
			.run();
		audit(
			tx,
			actor,
			batch,
			'grantPayment.batchCreated',
			`${lines.length}: ${euros(totalOf(lines))} €`,
			now
		);
		return batch.id;
	});
}

/** The checker vouches for the lines; the number of approvals needed is fixed by the limit now. */
export function checkBatch(db: Queryable, actor: Actor, batchId: number, now = new Date()): void {
	const { batch, state } = authorizeBatch(db, actor, batchId);
	if (batchStatus(state) !== 'open') throw conflict('grantPayments.batch.alreadyChecked');
	const total = totalOf(
		paymentLines(db, batch.regionId, eq(grantInstalment.batchId, batchId), now)
	);
	const needed = approvalsNeeded(total, secondApprovalLimit(db, batch.regionId));
	db.transaction((tx) => {
		tx.update(grantPaymentBatch)
			.set({ checkedBy: actor.userId, checkedAt: now, approvalsNeeded: needed })
			.where(eq(grantPaymentBatch.id, batchId))
			.run();
		audit(tx, actor, batch, 'grantPayment.batchChecked', `${euros(total)} €, ${needed}`, now);
	});
}

/** An approval by someone other than the checker (and, for the second, other than the first approver). */
export function approveBatch(db: Queryable, actor: Actor, batchId: number, now = new Date()): void {
	const { batch, state } = authorizeBatch(db, actor, batchId);
	const refusal = approvalRefusal(state, actor.userId);
	if (refusal) throw conflict(`grantPayments.refusal.${refusal}`);
	db.transaction((tx) => {
		tx.insert(grantPaymentApproval)
			.values({ batchId, userId: actor.userId, approvedAt: now })
			.run();
		audit(
			tx,
			actor,
			batch,
			'grantPayment.batchApproved',
			`${state.approverIds.length + 1}/${state.approvalsNeeded}`,
			now
		);
	});
}

/** Finnish headings, as the county's finance system reads them. */
const EXPORT_COLUMNS: readonly [string, (l: PaymentLine) => string][] = [
	['saaja', (l) => l.recipient],
	['y-tunnus', (l) => l.businessId],
	['iban', (l) => l.iban.replace(/\s/g, '').toUpperCase()],
	['summa', (l) => euros(l.amountCents)],
	['eräpäivä', (l) => l.dueOn],
	['viitenumero', (l) => referenceNumber(String(100_000 + l.id))],
	['kustannuspaikka', (l) => l.costCentre],
	['tili', (l) => l.account],
	['haku', (l) => l.callTitle]
];

const lacking = (lines: readonly PaymentLine[]) => [
	...new Set(lines.filter((l) => l.missing.length > 0).map((l) => l.recipient))
];

/**
 * The handler hands the approved batch to the finance system: refused while a
 * recipient lacks its business ID or a valid IBAN (the batch page names them).
 */
export function exportBatch(db: Queryable, actor: Actor, batchId: number, now = new Date()): void {
	const { batch, state } = authorizeBatch(db, actor, batchId);
	if (batchStatus(state) !== 'approved') throw conflict('grantPayments.batch.notApproved');
	const lines = paymentLines(db, batch.regionId, eq(grantInstalment.batchId, batchId), now);
	if (lacking(lines).length > 0) throw conflict('grantPayments.export.missingDetails');
	db.transaction((tx) => {
		tx.update(grantPaymentBatch)
			.set({ exportedBy: actor.userId, exportedAt: now })
			.where(eq(grantPaymentBatch.id, batchId))
			.run();
		audit(
			tx,
			actor,
			batch,
			'grantPayment.batchExported',
			`${lines.length}: ${euros(totalOf(lines))} €`,
			now
		);
	});
}

/** The exported batch as CSV for the finance system: semicolons, a BOM, formulae defused. */
export function batchCsv(db: Queryable, actor: Actor, batchId: number, now = new Date()): string {
	const { batch, state } = authorizeBatch(db, actor, batchId);
	const status = batchStatus(state);
	if (status !== 'exported' && status !== 'paid') throw conflict('grantPayments.batch.notExported');
	const lines = paymentLines(db, batch.regionId, eq(grantInstalment.batchId, batchId), now);
	return (
		'\uFEFF' +
		Papa.unparse(
			{
				fields: EXPORT_COLUMNS.map(([heading]) => heading),
				data: lines.map((l) => EXPORT_COLUMNS.map(([, cell]) => cell(l)))
			},
			{ delimiter: ';', newline: '\r\n', escapeFormulae: true }
		)
	);
}

/** Once the finance system has paid the exported batch, its instalments are paid. */
export function markBatchPaid(
	db: Queryable,
	actor: Actor,
	batchId: number,
	now = new Date()
): void {
	const { batch, state } = authorizeBatch(db, actor, batchId);
	if (batchStatus(state) !== 'exported') throw conflict('grantPayments.batch.notExported');
	db.transaction((tx) => {
		tx.update(grantPaymentBatch)
			.set({ paidBy: actor.userId, paidAt: now })
			.where(eq(grantPaymentBatch.id, batchId))
			.run();
		const paid = tx
			.update(grantInstalment)
			.set({ paidAt: now, paidBy: actor.userId })
			.where(eq(grantInstalment.batchId, batchId))
			.returning({ amountCents: grantInstalment.amountCents })
			.all();
		audit(
			tx,
			actor,
			batch,
			'grantPayment.batchPaid',
			`${paid.length}: ${euros(totalOf(paid))} €`,
			now
		);
	});
}

function nameOf(db: Queryable, userId: number | null): string | null {
	if (userId === null) return null;
	return db.select({ name: user.name }).from(user).where(eq(user.id, userId)).get()?.name ?? null;
}

/** One batch: its lines, who checked and approved it, and what the actor may do with it now. */
export function batchPage(db: Queryable, actor: Actor, batchId: number, now = new Date()) {
	const { batch, state } = authorizeBatch(db, actor, batchId);
	const lines = paymentLines(db, batch.regionId, eq(grantInstalment.batchId, batchId), now);
	const status = batchStatus(state);
	const refusal = approvalRefusal(state, actor.userId);
	const lackingDetails = lacking(lines);
	return {
		batch: {
			id: batch.id,
			status,
			createdAt: batch.createdAt,
			createdBy: nameOf(db, batch.createdBy),
			checkedBy: nameOf(db, batch.checkedBy),
			checkedAt: batch.checkedAt,
			approvers: state.approverIds.map((id) => nameOf(db, id) ?? ''),
			approvalsNeeded: state.approvalsNeeded,
			exportedAt: batch.exportedAt,
			paidAt: batch.paidAt,
			totalCents: totalOf(lines)
		},
		lines: lines.map((l) => ({
			...l,
			reference: referenceNumber(String(100_000 + l.id))
		})),
		lacking: lackingDetails,
		canCheck: status === 'open',
		canApprove: status === 'checked' && refusal === null,
		/** Why the actor may not approve a checked batch: they checked or approved it already. */
		approvalRefusal: status === 'checked' ? refusal : null,
		canExport: status === 'approved',
		canMarkPaid: status === 'exported',
		csvHref:
			status === 'exported' || status === 'paid' ? `/grants/payments/${batch.id}/export.csv` : null
	};
}

/** A grant's instalments with their status, for its page and the API. */
export function grantPayments(
	db: Queryable,
	regionId: number,
	applicationId: number,
	now = new Date()
) {
	return paymentLines(db, regionId, eq(grantInstalment.applicationId, applicationId), now);
}

/** A decided application whose recipient's people the actor speaks for (not found before the decision). */
export function authorizePaymentRequest(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	now: Date
) {
	const access = authorizeApplication(db, actor, applicationId, 'grantPayment.request', now);
	if (access.application.decidedAt === null) throw notFound();
	return access;
}

/** The recipient asks for an instalment of a grant paid on request. */
export function requestPayment(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	instalmentId: number,
	now = new Date()
): void {
	const { call, application } = authorizePaymentRequest(db, actor, applicationId, now);
	const instalment = db
		.select()
		.from(grantInstalment)
		.where(
			and(eq(grantInstalment.id, instalmentId), eq(grantInstalment.applicationId, applicationId))
		)
		.get();
	if (!instalment) throw notFound();
	const grant = { paymentType: call.paymentType, acceptance: application.acceptance, reports: [] };
	if (!mayRequestPayment({ ...instalment, batchApproved: false }, grant))
		throw conflict('grantPayments.request.notNow');
	db.transaction((tx) => {
		tx.update(grantInstalment)
			.set({ requestedAt: now, requestedBy: actor.userId })
			.where(eq(grantInstalment.id, instalmentId))
			.run();
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: 'grantPayment.requested',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: `${instalment.dueOn}: ${euros(instalment.amountCents)} €`
			},
			now
		);
	});
}
