/**
 * The demo's grant payments on last year's decided calls: the spring
 * instalments of the accepted grants paid in one batch checked by the
 * coordinator and approved by two others (it is above the region's limit), and
 * the villages' autumn instalment held until their report is accepted. The
 * NGOs' business IDs and bank accounts are in their profiles (grants-profile.ts).
 */
import type { Db } from '../db/client';
import {
	approveBatch,
	batchPage,
	checkBatch,
	createBatch,
	exportBatch,
	markBatchPaid,
	paymentsPage,
	setSecondApprovalLimit
} from '../grants/payments';
import { demoActor } from './people';

const HOUR = 60 * 60_000;

export function seedDemoPayments(
	db: Db,
	input: {
		now: Date;
		/** The first instalment's date: the batch goes out that morning. */
		springDueOn: string;
	}
): void {
	const { now, springDueOn } = input;
	const payDay = new Date(`${springDueOn}T06:00:00Z`);
	if (payDay >= now) return;
	const coordinator = demoActor(db, 'coordinator');
	setSecondApprovalLimit(db, coordinator, '20 000', new Date(payDay.getTime() - 30 * 24 * HOUR));
	const payable = paymentsPage(db, coordinator, payDay).payable.map((l) => l.id);
	if (payable.length === 0) return;
	const batchId = createBatch(db, coordinator, payable, payDay);
	checkBatch(db, coordinator, batchId, new Date(payDay.getTime() + HOUR));
	approveBatch(db, demoActor(db, 'financeManager'), batchId, new Date(payDay.getTime() + 2 * HOUR));
	// Above the limit the batch needs a second, different approver.
	if (batchPage(db, coordinator, batchId, payDay).batch.status === 'checked')
		approveBatch(
			db,
			demoActor(db, 'financeController'),
			batchId,
			new Date(payDay.getTime() + 3 * HOUR)
		);
	exportBatch(db, coordinator, batchId, new Date(payDay.getTime() + 4 * HOUR));
	markBatchPaid(db, coordinator, batchId, new Date(payDay.getTime() + 2 * 24 * HOUR));
}
