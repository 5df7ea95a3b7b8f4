import { describe, expect, it } from 'vitest';
import {
	approvalRefusal,
	approvalsNeeded,
	batchStatus,
	heldByReport,
	ibanValid,
	instalmentStatus,
	isPayable,
	mayRequestPayment,
	missingPaymentDetails,
	referenceNumber,
	type BatchState,
	type GrantPaymentState,
	type InstalmentState
} from './grant-payments';

const TODAY = '2026-06-01';
const instalment = (over: Partial<InstalmentState> = {}): InstalmentState => ({
	dueOn: '2026-05-15',
	paidAt: null,
	requestedAt: null,
	batchApproved: false,
	...over
});
const grant = (over: Partial<GrantPaymentState> = {}): GrantPaymentState => ({
	paymentType: 'scheduled',
	acceptance: 'accepted',
	reports: [],
	...over
});

describe('instalment status', () => {
	it('is paid once paid, approved once its batch is approved', () => {
		expect(instalmentStatus(instalment({ paidAt: new Date() }), grant(), TODAY)).toBe('paid');
		expect(instalmentStatus(instalment({ batchApproved: true }), grant(), TODAY)).toBe('approved');
	});

	it('is held while a report due before it is missing or not accepted', () => {
		const due = grant({ reports: [{ dueOn: '2026-04-30', status: 'due' }] });
		expect(instalmentStatus(instalment(), due, TODAY)).toBe('held');
		for (const status of ['submitted', 'returned'] as const)
			expect(
				instalmentStatus(instalment(), grant({ reports: [{ dueOn: '2026-04-30', status }] }), TODAY)
			).toBe('held');
		const accepted = grant({ reports: [{ dueOn: '2026-04-30', status: 'accepted' }] });
		expect(instalmentStatus(instalment(), accepted, TODAY)).toBe('planned');
	});

	it('is not held by a report due after it, until that date has come', () => {
		const later = grant({ reports: [{ dueOn: '2026-09-30', status: 'due' }] });
		expect(instalmentStatus(instalment({ dueOn: '2026-08-01' }), later, TODAY)).toBe('planned');
		// An instalment still unpaid when a report falls due waits for it too.
		expect(instalmentStatus(instalment({ dueOn: '2026-08-01' }), later, '2026-10-01')).toBe('held');
	});

	it('is planned, not held, before the grant is accepted', () => {
		const due = grant({ acceptance: 'pending', reports: [{ dueOn: '2026-04-30', status: 'due' }] });
		expect(instalmentStatus(instalment(), due, TODAY)).toBe('planned');
	});

	it('counts a report due on the pay day', () => {
		expect(heldByReport({ dueOn: TODAY }, [{ dueOn: TODAY, status: 'due' }], TODAY)).toBe(true);
	});
});

describe('payable instalments', () => {
	it('are nothing before acceptance, and nothing at all when refused', () => {
		for (const acceptance of ['pending', 'refused'] as const)
			for (const paymentType of ['on_acceptance', 'scheduled', 'on_request'] as const)
				expect(
					isPayable(
						instalment({ requestedAt: new Date() }),
						grant({ acceptance, paymentType }),
						TODAY
					)
				).toBe(false);
	});

	it('follow the call: at once on acceptance, on the date, or once asked for', () => {
		const future = instalment({ dueOn: '2026-12-01' });
		expect(isPayable(future, grant({ paymentType: 'on_acceptance' }), TODAY)).toBe(true);
		expect(isPayable(future, grant({ paymentType: 'scheduled' }), TODAY)).toBe(false);
		expect(isPayable(instalment({ dueOn: TODAY }), grant(), TODAY)).toBe(true);
		expect(isPayable(future, grant({ paymentType: 'on_request' }), TODAY)).toBe(false);
		expect(
			isPayable(
				instalment({ requestedAt: new Date() }),
				grant({ paymentType: 'on_request' }),
				TODAY
			)
		).toBe(true);
	});

	it('are never held, approved or paid ones', () => {
		const due = grant({ reports: [{ dueOn: '2026-04-30', status: 'due' }] });
		expect(isPayable(instalment(), due, TODAY)).toBe(false);
		expect(isPayable(instalment({ paidAt: new Date() }), grant(), TODAY)).toBe(false);
		expect(isPayable(instalment({ batchApproved: true }), grant(), TODAY)).toBe(false);
	});

	it('may be asked for once, on a call paid on request, after acceptance', () => {
		const onRequest = grant({ paymentType: 'on_request' });
		expect(mayRequestPayment(instalment(), onRequest)).toBe(true);
		expect(mayRequestPayment(instalment({ requestedAt: new Date() }), onRequest)).toBe(false);
		expect(mayRequestPayment(instalment(), grant())).toBe(false);
		expect(mayRequestPayment(instalment(), { ...onRequest, acceptance: 'pending' })).toBe(false);
	});
});

describe('four eyes on a batch', () => {
	const batch = (over: Partial<BatchState> = {}): BatchState => ({
		checkedBy: null,
		approverIds: [],
		approvalsNeeded: 1,
		exportedAt: null,
		paidAt: null,
		...over
	});

	it('needs a second approver above the limit only', () => {
		expect(approvalsNeeded(500_000, null)).toBe(1);
		expect(approvalsNeeded(500_000, 500_000)).toBe(1);
		expect(approvalsNeeded(500_001, 500_000)).toBe(2);
	});

	it('goes open, checked, approved, exported, paid', () => {
		expect(batchStatus(batch())).toBe('open');
		expect(batchStatus(batch({ checkedBy: 1 }))).toBe('checked');
		expect(batchStatus(batch({ checkedBy: 1, approverIds: [2] }))).toBe('approved');
		expect(batchStatus(batch({ checkedBy: 1, approverIds: [2], approvalsNeeded: 2 }))).toBe(
			'checked'
		);
		expect(batchStatus(batch({ checkedBy: 1, approverIds: [2], exportedAt: new Date() }))).toBe(
			'exported'
		);
		expect(
			batchStatus(
				batch({ checkedBy: 1, approverIds: [2], exportedAt: new Date(), paidAt: new Date() })
			)
		).toBe('paid');
	});

	it('refuses the same person checking and approving', () => {
		expect(approvalRefusal(batch({ checkedBy: 1 }), 1)).toBe('checkerCannotApprove');
		expect(approvalRefusal(batch({ checkedBy: 1 }), 2)).toBeNull();
	});

	it('refuses an unchecked batch and a finished one', () => {
		expect(approvalRefusal(batch(), 2)).toBe('notChecked');
		expect(approvalRefusal(batch({ checkedBy: 1, approverIds: [2] }), 3)).toBe('alreadyApproved');
	});

	it('takes a second approval from a third person only', () => {
		const two = batch({ checkedBy: 1, approverIds: [2], approvalsNeeded: 2 });
		expect(approvalRefusal(two, 2)).toBe('approvedTwice');
		expect(approvalRefusal(two, 1)).toBe('checkerCannotApprove');
		expect(approvalRefusal(two, 3)).toBeNull();
	});
});

describe('identifiers for the finance system', () => {
	it('gives a reference number its 7-3-1 check digit', () => {
		expect(referenceNumber('1234567')).toBe('12345672');
		expect(referenceNumber('100')).toBe('1009');
		expect(referenceNumber('111')).toBe('1119');
		expect(() => referenceNumber('12')).toThrow();
		expect(() => referenceNumber('12a4')).toThrow();
	});

	it('checks an IBAN by mod 97', () => {
		expect(ibanValid('FI21 1234 5600 0007 85')).toBe(true);
		expect(ibanValid('FI2112345600000785')).toBe(true);
		expect(ibanValid('FI2112345600000786')).toBe(false);
		expect(ibanValid('')).toBe(false);
	});

	it('names what a recipient lacks', () => {
		expect(missingPaymentDetails({ businessId: '', iban: '' })).toEqual(['businessId', 'iban']);
		expect(missingPaymentDetails({ businessId: '1234567-8', iban: 'FI2112345600000785' })).toEqual(
			[]
		);
	});
});
