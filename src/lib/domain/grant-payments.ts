/**
 * Paying grants under four eyes: when an instalment may be paid, how a payment
 * batch is checked and approved by different people, and the identifiers the
 * county's finance system needs (the Finnish reference number, IBAN).
 */
import type { Acceptance, ReportStatus } from './grants';

/** How a call's grants are paid. The values are stored and shown in the call's settings. */
export const PAYMENT_TYPES = ['on_acceptance', 'scheduled', 'on_request'] as const;
export type PaymentType = (typeof PAYMENT_TYPES)[number];

/** Where an instalment stands. The values are the API's contract. */
export const INSTALMENT_STATUSES = ['planned', 'held', 'approved', 'paid'] as const;
export type InstalmentStatus = (typeof INSTALMENT_STATUSES)[number];

export interface GrantPaymentState {
	paymentType: PaymentType;
	acceptance: Acceptance;
	reports: readonly { dueOn: string; status: ReportStatus }[];
}

export interface InstalmentState {
	dueOn: string;
	paidAt: Date | null;
	/** When the recipient asked for it (a call paid on request). */
	requestedAt: Date | null;
	/** Whether the batch it is in has all its approvals. */
	batchApproved: boolean;
}

/**
 * A report the recipient still owes on the day the instalment would be paid
 * (its date, or today if that has passed) holds the instalment: money goes
 * out only after what was due before it has been accepted.
 */
export function heldByReport(
	instalment: Pick<InstalmentState, 'dueOn'>,
	reports: GrantPaymentState['reports'],
	today: string
): boolean {
	const payDay = instalment.dueOn > today ? instalment.dueOn : today;
	return reports.some((r) => r.dueOn <= payDay && r.status !== 'accepted');
}

export function instalmentStatus(
	instalment: InstalmentState,
	grant: GrantPaymentState,
	today: string
): InstalmentStatus {
	if (instalment.paidAt !== null) return 'paid';
	if (instalment.batchApproved) return 'approved';
	if (grant.acceptance === 'accepted' && heldByReport(instalment, grant.reports, today))
		return 'held';
	return 'planned';
}

/**
 * Whether an unpaid instalment outside any batch may go into one now: never
 * before the recipient accepts the grant (a refused grant pays nothing), never
 * while held; then as the call pays: at once, on its date, or once asked for.
 */
export function isPayable(instalment: InstalmentState, grant: GrantPaymentState, today: string) {
	if (instalmentStatus(instalment, grant, today) !== 'planned') return false;
	if (grant.acceptance !== 'accepted') return false;
	switch (grant.paymentType) {
		case 'on_acceptance':
			return true;
		case 'scheduled':
			return instalment.dueOn <= today;
		case 'on_request':
			return instalment.requestedAt !== null;
	}
}

/** The recipient may ask for an instalment of a call paid on request once the grant is accepted. */
export function mayRequestPayment(instalment: InstalmentState, grant: GrantPaymentState): boolean {
	return (
		grant.paymentType === 'on_request' &&
		grant.acceptance === 'accepted' &&
		instalment.paidAt === null &&
		instalment.requestedAt === null
	);
}

/** Where a payment batch stands, from who has checked, approved, exported and paid it. */
export const BATCH_STATUSES = ['open', 'checked', 'approved', 'exported', 'paid'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

export interface BatchState {
	checkedBy: number | null;
	/** Those who have approved it, in order. */
	approverIds: readonly number[];
	/** One approval, or two above the region's limit. */
	approvalsNeeded: 1 | 2;
	exportedAt: Date | null;
	paidAt: Date | null;
}

export function batchStatus(batch: BatchState): BatchStatus {
	if (batch.paidAt !== null) return 'paid';
	if (batch.exportedAt !== null) return 'exported';
	if (batch.checkedBy === null) return 'open';
	return batch.approverIds.length >= batch.approvalsNeeded ? 'approved' : 'checked';
}

/** A batch above the region's limit (when it has one) needs a second approver. */
export function approvalsNeeded(
	totalCents: number,
	secondApprovalAboveCents: number | null
): 1 | 2 {
	return secondApprovalAboveCents !== null && totalCents > secondApprovalAboveCents ? 2 : 1;
}

export type ApprovalRefusal =
	'notChecked' | 'alreadyApproved' | 'checkerCannotApprove' | 'approvedTwice';

/**
 * Why `userId` may not approve the batch now, or null: it must be checked
 * first, by someone else, and a second approver is yet another person.
 */
export function approvalRefusal(batch: BatchState, userId: number): ApprovalRefusal | null {
	const status = batchStatus(batch);
	if (status === 'open') return 'notChecked';
	if (status !== 'checked') return 'alreadyApproved';
	if (batch.checkedBy === userId) return 'checkerCannotApprove';
	if (batch.approverIds.includes(userId)) return 'approvedTwice';
	return null;
}

/**
 * A Finnish reference number (viitenumero): the base's digits weighted 7, 3,
 * 1, 7, 3, 1, … from the right, and the check digit that takes their sum up to
 * the next ten. The base is 3 to 19 digits.
 */
export function referenceNumber(base: string): string {
	if (!/^\d{3,19}$/.test(base)) throw new Error(`reference base must be 3–19 digits: ${base}`);
	const weights = [7, 3, 1];
	const sum = [...base]
		.reverse()
		.reduce((total, digit, i) => total + Number(digit) * weights[i % 3]!, 0);
	return base + String((10 - (sum % 10)) % 10);
}

/** An IBAN with its check digits right (ISO 13616, mod 97); spaces are allowed. */
export function ibanValid(text: string): boolean {
	const iban = text.replace(/\s/g, '').toUpperCase();
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
	const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) =>
		String(c.charCodeAt(0) - 55)
	);
	let rest = 0;
	for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
	return rest === 1;
}

/** What a recipient lacks for the finance system to pay it. */
export type MissingPaymentDetail = 'businessId' | 'iban';

export function missingPaymentDetails(profile: {
	businessId: string;
	iban: string;
}): MissingPaymentDetail[] {
	const missing: MissingPaymentDetail[] = [];
	if (profile.businessId.trim() === '') missing.push('businessId');
	if (!ibanValid(profile.iban)) missing.push('iban');
	return missing;
}
