import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	APPLICATION_ATTACHMENT_KINDS,
	APPLICATION_STATUSES,
	CALL_DUTIES,
	CALL_STATUSES,
	EMPTY_BUDGET,
	GRANT_BASKETS,
	MAX_CENTS,
	REPORT_KINDS,
	REPORT_STATUSES,
	applicationEditable,
	budgetSchema,
	budgetTotals,
	callStatus,
	criterionSchema,
	eurosForInput,
	formatEuros,
	goesToDecision,
	hasOutcome,
	inAssessment,
	inHandling,
	instalmentPlanSchema,
	instalmentsFor,
	isGranted,
	meanScore,
	missingForSubmission,
	outcomeOf,
	parseEuros,
	proposalTotals,
	reportOverdue,
	reportReminderDue,
	scheduleIsWhole,
	scoresSchema,
	weightedScore,
	type ApplicationStatus,
	type AssessmentState,
	type Criterion,
	type ReportStatus,
	type SubmissionDraft
} from './grants';

/** The statuses for which a predicate holds, in APPLICATION_STATUSES' order. */
const statusesWhere = (predicate: (status: ApplicationStatus) => boolean) =>
	APPLICATION_STATUSES.filter(predicate);

describe('the API’s contract values', () => {
	it('names baskets, call and application statuses, attachments, duties and reports as the API documents them', () => {
		expect(GRANT_BASKETS).toEqual(['operating', 'partnership', 'project']);
		expect(CALL_STATUSES).toEqual(['upcoming', 'open', 'closed', 'decided']);
		expect(APPLICATION_STATUSES).toEqual([
			'draft',
			'submitted',
			'ineligible',
			'assessed',
			'granted',
			'partly_granted',
			'rejected',
			'withdrawn'
		]);
		expect(APPLICATION_ATTACHMENT_KINDS).toEqual([
			'statutes',
			'financial_statements',
			'activity_report',
			'plan',
			'other'
		]);
		expect(CALL_DUTIES).toEqual(['handler', 'assessor']);
		expect(REPORT_KINDS).toEqual(['interim', 'final']);
		expect(REPORT_STATUSES).toEqual(['due', 'submitted', 'accepted', 'returned']);
	});
});

describe('parseEuros', () => {
	it('reads whole euros, with or without spaces between the thousands', () => {
		expect(parseEuros('1500')).toBe(150_000);
		expect(parseEuros('1 500')).toBe(150_000);
		expect(parseEuros(' 1 500 ')).toBe(150_000);
		expect(parseEuros('0')).toBe(0);
	});

	it('takes the no-break spaces that copied amounts carry', () => {
		expect(parseEuros('1\u00a0500')).toBe(150_000);
		expect(parseEuros('1\u202f500')).toBe(150_000);
		expect(parseEuros('1\t500\n')).toBe(150_000);
	});

	it('reads cents after a comma or a point, one decimal meaning tens of cents', () => {
		expect(parseEuros('1500,50')).toBe(150_050);
		expect(parseEuros('1500.50')).toBe(150_050);
		expect(parseEuros('1500,5')).toBe(150_050);
		expect(parseEuros('1500.05')).toBe(150_005);
		expect(parseEuros('0,07')).toBe(7);
		expect(parseEuros('1 500,50 €')).toBe(150_050);
	});

	it('takes the euro sign after the amount, with or without a space, and nowhere else', () => {
		expect(parseEuros('1500€')).toBe(150_000);
		expect(parseEuros('1 500 €')).toBe(150_000);
		expect(parseEuros('€1500')).toBeNull();
		expect(parseEuros('15€00')).toBeNull();
	});

	it('refuses negative amounts, three decimals, a lone separator and anything not a number', () => {
		expect(parseEuros('-5')).toBeNull();
		expect(parseEuros('-1 500,00')).toBeNull();
		expect(parseEuros('15.005')).toBeNull();
		expect(parseEuros('15,')).toBeNull();
		expect(parseEuros(',50')).toBeNull();
		expect(parseEuros('1,500.50')).toBeNull();
		expect(parseEuros('abc1500')).toBeNull();
		expect(parseEuros('1500abc')).toBeNull();
		expect(parseEuros('1e3')).toBeNull();
		expect(parseEuros('')).toBeNull();
		expect(parseEuros(' € ')).toBeNull();
	});

	it('takes a billion euros and not a cent more', () => {
		expect(parseEuros('1 000 000 000')).toBe(MAX_CENTS);
		expect(parseEuros('1000000000,01')).toBeNull();
		expect(parseEuros('99999999999999999999')).toBeNull();
	});
});

describe('formatEuros', () => {
	it('shows whole euros without decimals and cents with two, in the reader’s language', () => {
		expect(formatEuros(150_000, 'fi-FI')).toBe('1\u00a0500\u00a0€');
		expect(formatEuros(150_050, 'fi-FI')).toBe('1\u00a0500,50\u00a0€');
		expect(formatEuros(150_005, 'sv-FI')).toBe('1\u00a0500,05\u00a0€');
		expect(formatEuros(150_050, 'en-GB')).toBe('€1,500.50');
		expect(formatEuros(0, 'fi-FI')).toBe('0\u00a0€');
	});
});

describe('eurosForInput', () => {
	it('gives back what parseEuros reads: whole euros bare, cents after a comma with two digits', () => {
		expect(eurosForInput(150_000)).toBe('1500');
		expect(eurosForInput(150_050)).toBe('1500,50');
		expect(eurosForInput(150_005)).toBe('1500,05');
		expect(eurosForInput(99)).toBe('0,99');
		expect(eurosForInput(0)).toBe('0');
		for (const cents of [150_000, 150_050, 150_005, 99, 0])
			expect(parseEuros(eurosForInput(cents))).toBe(cents);
	});

	it('leaves the field empty without an amount', () => {
		expect(eurosForInput(null)).toBe('');
	});
});

describe('callStatus', () => {
	const opensAt = new Date('2026-09-01T09:00:00Z');
	const closesAt = new Date('2026-10-15T13:00:00Z');
	const call = { opensAt, closesAt, decidedAt: null };
	const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

	it('is upcoming until the opening moment, open from it until the closing moment, closed from it', () => {
		expect(callStatus(call, ms(opensAt, -1))).toBe('upcoming');
		expect(callStatus(call, opensAt)).toBe('open');
		expect(callStatus(call, ms(closesAt, -1))).toBe('open');
		expect(callStatus(call, closesAt)).toBe('closed');
		expect(callStatus(call, new Date('2027-03-01T00:00:00Z'))).toBe('closed');
	});

	it('is decided once decided, whatever the dates say', () => {
		const decided = { ...call, decidedAt: new Date('2026-12-01T10:00:00Z') };
		expect(callStatus(decided, ms(opensAt, -1))).toBe('decided');
		expect(callStatus(decided, opensAt)).toBe('decided');
		expect(callStatus(decided, closesAt)).toBe('decided');
	});
});

describe('application statuses', () => {
	it('lets a draft be changed while its call is open, nothing else and at no other time', () => {
		for (const call of CALL_STATUSES)
			expect(statusesWhere((status) => applicationEditable(status, call))).toEqual(
				call === 'open' ? ['draft'] : []
			);
	});

	it('assesses what has been submitted and not yet decided, and sends the same to the decision', () => {
		expect(statusesWhere(inAssessment)).toEqual(['submitted', 'assessed']);
		expect(statusesWhere(goesToDecision)).toEqual(['submitted', 'assessed']);
	});

	it('knows which statuses carry the body’s decision and which of them grant money', () => {
		expect(statusesWhere(hasOutcome)).toEqual(['granted', 'partly_granted', 'rejected']);
		expect(statusesWhere(isGranted)).toEqual(['granted', 'partly_granted']);
	});
});

describe('outcomeOf', () => {
	it('grants what was asked or more, partly grants less, rejects nothing', () => {
		expect(outcomeOf(100_000, 100_000)).toBe('granted');
		expect(outcomeOf(100_000, 120_000)).toBe('granted');
		expect(outcomeOf(100_000, 99_999)).toBe('partly_granted');
		expect(outcomeOf(100_000, 1)).toBe('partly_granted');
		expect(outcomeOf(100_000, 0)).toBe('rejected');
		expect(outcomeOf(100_000, -1)).toBe('rejected');
	});
});

describe('missingForSubmission', () => {
	const complete: SubmissionDraft = {
		amountRequestedCents: 500_000,
		activity: 'Vertaistukiryhmät',
		activityClassId: 3,
		declarationAccepted: true,
		attachmentKinds: ['statutes', 'plan']
	};

	it('lets a complete draft go', () => {
		expect(missingForSubmission(complete, ['statutes', 'plan'])).toEqual([]);
	});

	it('names what is missing in the form’s order: amount, activity, class, attachments, declaration', () => {
		const empty: SubmissionDraft = {
			amountRequestedCents: null,
			activity: '',
			activityClassId: null,
			declarationAccepted: false,
			attachmentKinds: []
		};
		expect(missingForSubmission(empty, ['statutes', 'financial_statements'])).toEqual([
			'amountRequested',
			'activity',
			'activityClass',
			'attachment:statutes',
			'attachment:financial_statements',
			'declaration'
		]);
	});

	it('asks for a positive amount and an activity that is more than spaces', () => {
		expect(missingForSubmission({ ...complete, amountRequestedCents: 0 }, [])).toEqual([
			'amountRequested'
		]);
		expect(missingForSubmission({ ...complete, amountRequestedCents: 1 }, [])).toEqual([]);
		expect(missingForSubmission({ ...complete, activity: ' \n ' }, [])).toEqual(['activity']);
	});

	it('asks only for the attachments the call requires and the draft lacks', () => {
		expect(
			missingForSubmission({ ...complete, attachmentKinds: ['plan', 'other'] }, [
				'statutes',
				'plan',
				'activity_report'
			])
		).toEqual(['attachment:statutes', 'attachment:activity_report']);
		expect(missingForSubmission({ ...complete, attachmentKinds: [] }, [])).toEqual([]);
	});
});

describe('scores', () => {
	const criteria: Criterion[] = [
		{ name: 'Vaikuttavuus', weight: 2 },
		{ name: 'Talous', weight: 1 }
	];
	const even: Criterion[] = [
		{ name: 'A', weight: 1 },
		{ name: 'B', weight: 1 },
		{ name: 'C', weight: 1 }
	];

	it('weighs each score by its criterion and rounds to two decimals', () => {
		expect(weightedScore(criteria, [5, 2])).toBe(4);
		expect(weightedScore(criteria, [2, 5])).toBe(3);
		expect(weightedScore(even, [5, 4, 4])).toBe(4.33);
		expect(weightedScore(even, [5, 5, 4])).toBe(4.67);
		expect(weightedScore(even, [0, 0, 0])).toBe(0);
	});

	it('has no score until every criterion has one, nor for a call without criteria', () => {
		expect(weightedScore(criteria, [5])).toBeNull();
		expect(weightedScore(criteria, [5, 4, 3])).toBeNull();
		expect(weightedScore([], [])).toBeNull();
	});

	const done = (scores: number[]): AssessmentState => ({
		conflictDeclared: false,
		completedAt: new Date('2026-11-01T10:00:00Z'),
		scores
	});

	it('averages the completed assessments and rounds to two decimals', () => {
		const single: Criterion[] = [{ name: 'Kokonaisarvio', weight: 1 }];
		expect(meanScore(single, [done([5]), done([4]), done([4])])).toBe(4.33);
		expect(meanScore(single, [done([5]), done([5]), done([4])])).toBe(4.67);
		expect(meanScore(criteria, [done([5, 2]), done([2, 5])])).toBe(3.5);
	});

	it('leaves out a disqualified assessor, a draft and a half-scored assessment', () => {
		const assessments = [
			done([5, 2]),
			{ ...done([0, 0]), conflictDeclared: true },
			{ ...done([1, 1]), completedAt: null },
			done([1])
		];
		expect(meanScore(criteria, assessments)).toBe(4);
	});

	it('has no mean without a counted assessment', () => {
		expect(meanScore(criteria, [])).toBeNull();
		expect(meanScore(criteria, [{ ...done([5, 5]), conflictDeclared: true }])).toBeNull();
	});
});

describe('proposalTotals', () => {
	it('sums the proposed amounts, counting none for an application without one', () => {
		expect(proposalTotals([100_000, null, 250_000], 400_000)).toEqual({
			totalCents: 350_000,
			appropriationCents: 400_000,
			remainingCents: 50_000,
			overAppropriation: false
		});
	});

	it('warns only when the proposal goes beyond the appropriation', () => {
		expect(proposalTotals([200_000, 200_000], 400_000)).toMatchObject({
			remainingCents: 0,
			overAppropriation: false
		});
		expect(proposalTotals([200_000, 200_001], 400_000)).toMatchObject({
			remainingCents: -1,
			overAppropriation: true
		});
	});
});

describe('instalmentsFor', () => {
	it('pays each instalment its share rounded down, and the last what is left', () => {
		const schedule = [
			{ dueOn: '2027-01-15', percent: 30 },
			{ dueOn: '2027-04-15', percent: 30 },
			{ dueOn: '2027-08-15', percent: 40 }
		];
		expect(instalmentsFor(1001, schedule, '2027-02-01')).toEqual([
			{ dueOn: '2027-01-15', amountCents: 300 },
			{ dueOn: '2027-04-15', amountCents: 300 },
			{ dueOn: '2027-08-15', amountCents: 401 }
		]);
	});

	it('rounds down even where rounding to the nearest cent would round up', () => {
		const schedule = [
			{ dueOn: '2027-01-15', percent: 33 },
			{ dueOn: '2027-06-15', percent: 67 }
		];
		// 999 × 33 % is 329.67 cents.
		expect(instalmentsFor(999, schedule, '2027-02-01')).toEqual([
			{ dueOn: '2027-01-15', amountCents: 329 },
			{ dueOn: '2027-06-15', amountCents: 670 }
		]);
	});

	it('pays in date order however the schedule was written, and leaves it as it was', () => {
		const schedule = [
			{ dueOn: '2027-09-01', percent: 40 },
			{ dueOn: '2027-03-01', percent: 60 }
		];
		expect(instalmentsFor(100_000, schedule, '2027-02-01')).toEqual([
			{ dueOn: '2027-03-01', amountCents: 60_000 },
			{ dueOn: '2027-09-01', amountCents: 40_000 }
		]);
		expect(schedule[0].dueOn).toBe('2027-09-01');
	});

	it('pays everything on the fallback day without a schedule, and nothing of nothing', () => {
		expect(instalmentsFor(100_000, [], '2027-02-01')).toEqual([
			{ dueOn: '2027-02-01', amountCents: 100_000 }
		]);
		expect(instalmentsFor(0, [], '2027-02-01')).toEqual([]);
		expect(instalmentsFor(0, [{ dueOn: '2027-03-01', percent: 100 }], '2027-02-01')).toEqual([]);
	});
});

describe('scheduleIsWhole', () => {
	it('wants the shares to add up to exactly a hundred, or no schedule at all', () => {
		expect(scheduleIsWhole([])).toBe(true);
		expect(scheduleIsWhole([{ dueOn: '2027-03-01', percent: 100 }])).toBe(true);
		expect(
			scheduleIsWhole([
				{ dueOn: '2027-03-01', percent: 60 },
				{ dueOn: '2027-09-01', percent: 40 }
			])
		).toBe(true);
		expect(
			scheduleIsWhole([
				{ dueOn: '2027-03-01', percent: 60 },
				{ dueOn: '2027-09-01', percent: 30 }
			])
		).toBe(false);
		expect(
			scheduleIsWhole([
				{ dueOn: '2027-03-01', percent: 60 },
				{ dueOn: '2027-09-01', percent: 50 }
			])
		).toBe(false);
	});
});

describe('reports', () => {
	const EXPECTED: ReportStatus[] = ['due', 'returned'];
	const NOT_EXPECTED: ReportStatus[] = ['submitted', 'accepted'];

	it('is overdue from the day after its date, by the Helsinki calendar, while still expected', () => {
		// 31.1. ends in Helsinki at 22:00 UTC.
		const lastMoment = new Date('2027-01-31T21:59:59Z');
		const nextDay = new Date('2027-01-31T22:00:00Z');
		for (const status of EXPECTED) {
			expect(reportOverdue({ status, dueOn: '2027-01-31' }, lastMoment)).toBe(false);
			expect(reportOverdue({ status, dueOn: '2027-01-31' }, nextDay)).toBe(true);
		}
		for (const status of NOT_EXPECTED)
			expect(reportOverdue({ status, dueOn: '2027-01-31' }, nextDay)).toBe(false);
	});

	const day = 24 * 60 * 60 * 1000;
	const dueOn = '2027-01-31';
	// Fourteen days before the due date, at midnight in Helsinki (22:00 UTC the day before).
	const firstReminder = new Date('2027-01-16T22:00:00Z');
	const after = (date: Date, ms: number) => new Date(date.getTime() + ms);

	it('reminds first fourteen days before the date, not a moment earlier', () => {
		for (const status of EXPECTED) {
			const report = { status, dueOn, remindedAt: null };
			expect(reportReminderDue(report, after(firstReminder, -1))).toBe(false);
			expect(reportReminderDue(report, firstReminder)).toBe(true);
			expect(reportReminderDue(report, new Date('2027-03-01T00:00:00Z'))).toBe(true);
		}
	});

	it('counts the fourteen days by the Helsinki calendar across the change to summer time', () => {
		// 8.4.2027 is after the change (28.3.); its reminder day 25.3. starts at 22:00 UTC the day before.
		const report = { status: 'due' as const, dueOn: '2027-04-08', remindedAt: null };
		expect(reportReminderDue(report, new Date('2027-03-24T21:59:59Z'))).toBe(false);
		expect(reportReminderDue(report, new Date('2027-03-24T22:00:00Z'))).toBe(true);
	});

	it('reminds again a week after the last reminder, not a moment earlier', () => {
		const remindedAt = new Date('2027-02-01T08:00:00Z');
		const report = { status: 'due' as const, dueOn, remindedAt };
		expect(reportReminderDue(report, after(remindedAt, 7 * day - 1))).toBe(false);
		expect(reportReminderDue(report, after(remindedAt, 7 * day))).toBe(true);
		expect(reportReminderDue(report, after(remindedAt, 30 * day))).toBe(true);
	});

	it('does not remind of a report sent or accepted', () => {
		for (const status of NOT_EXPECTED)
			expect(
				reportReminderDue({ status, dueOn, remindedAt: null }, new Date('2027-03-01T00:00:00Z'))
			).toBe(false);
	});
});

describe('budgetTotals', () => {
	it('sums the lines and gives the own funding’s share of the costs, rounded down', () => {
		expect(
			budgetTotals({
				costs: [
					{ label: 'Palkat', cents: 200_000 },
					{ label: 'Tilat', cents: 100_000 }
				],
				income: [
					{ label: 'Jäsenmaksut', cents: 20_000 },
					{ label: 'Kurssimaksut', cents: 5_000 }
				],
				ownFundingCents: 59_999
			})
		).toEqual({
			costsCents: 300_000,
			incomeCents: 25_000,
			ownFundingCents: 59_999,
			ownSharePercent: 19
		});
	});

	it('has no share without costs', () => {
		expect(budgetTotals(EMPTY_BUDGET)).toEqual({
			costsCents: 0,
			incomeCents: 0,
			ownFundingCents: 0,
			ownSharePercent: null
		});
		expect(
			budgetTotals({ costs: [], income: [], ownFundingCents: 100 }).ownSharePercent
		).toBeNull();
	});
});

describe('the schemas', () => {
	const valid = <S extends v.GenericSchema>(schema: S, input: unknown) =>
		v.safeParse(schema, input).success;

	it('takes a criterion with a name and a whole weight from 1 to 100, trimming the name', () => {
		expect(v.parse(criterionSchema, { name: '  Vaikuttavuus ', weight: 3 })).toEqual({
			name: 'Vaikuttavuus',
			weight: 3
		});
		expect(valid(criterionSchema, { name: '   ', weight: 3 })).toBe(false);
		expect(valid(criterionSchema, { name: 'x'.repeat(201), weight: 3 })).toBe(false);
		for (const weight of [0, 101, 1.5])
			expect(valid(criterionSchema, { name: 'A', weight })).toBe(false);
		for (const weight of [1, 100]) expect(valid(criterionSchema, { name: 'A', weight })).toBe(true);
	});

	it('takes whole scores from 0 to 5, and null for a criterion not yet scored', () => {
		expect(valid(scoresSchema, [0, 5, null])).toBe(true);
		for (const score of [-1, 6, 2.5]) expect(valid(scoresSchema, [score])).toBe(false);
	});

	it('takes a budget of whole, non-negative cents', () => {
		const budget = {
			costs: [{ label: 'Palkat', cents: 100 }],
			income: [],
			ownFundingCents: 0
		};
		expect(v.parse(budgetSchema, budget)).toEqual(budget);
		expect(valid(budgetSchema, { ...budget, ownFundingCents: -1 })).toBe(false);
		expect(valid(budgetSchema, { ...budget, costs: [{ label: 'Palkat', cents: 0.5 }] })).toBe(
			false
		);
		expect(valid(budgetSchema, { ...budget, income: [{ label: 'Tuki', cents: -100 }] })).toBe(
			false
		);
	});

	it('takes an instalment on a real date with a whole share from 1 to 100 percent', () => {
		expect(v.parse(instalmentPlanSchema, { dueOn: '2027-03-01', percent: 60 })).toEqual({
			dueOn: '2027-03-01',
			percent: 60
		});
		expect(valid(instalmentPlanSchema, { dueOn: '1.3.2027', percent: 60 })).toBe(false);
		for (const percent of [0, 101, 33.3])
			expect(valid(instalmentPlanSchema, { dueOn: '2027-03-01', percent })).toBe(false);
	});
});

describe('inHandling', () => {
	it('is what was sent and not yet decided or withdrawn, an ineligible one included', () => {
		expect(APPLICATION_STATUSES.filter(inHandling)).toEqual([
			'submitted',
			'ineligible',
			'assessed'
		]);
	});
});
