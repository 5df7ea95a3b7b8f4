/**
 * NGO grants (järjestöavustukset): baskets, calls, applications, assessment,
 * the proposal and its decision, instalments and reports (docs/domain.md,
 * "NGO grants"). Money is kept in whole cents, never as a float.
 */
import * as v from 'valibot';
import { helsinkiInstant, isoDate } from './time';

/** The county's grant baskets (avustuskorit). The values are the API's contract. */
export const GRANT_BASKETS = ['operating', 'partnership', 'project'] as const;
export type GrantBasket = (typeof GRANT_BASKETS)[number];

/** Where a call stands; derived from its dates and its decision. The values are the API's contract. */
export const CALL_STATUSES = ['upcoming', 'open', 'closed', 'decided'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** An application's status. The values are the API's contract. */
export const APPLICATION_STATUSES = [
	'draft',
	'submitted',
	'ineligible',
	'assessed',
	'granted',
	'partly_granted',
	'rejected',
	'withdrawn'
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The attachments a call may ask for. */
export const APPLICATION_ATTACHMENT_KINDS = [
	'statutes',
	'financial_statements',
	'activity_report',
	'plan',
	'other'
] as const;
export type ApplicationAttachmentKind = (typeof APPLICATION_ATTACHMENT_KINDS)[number];

/** Who works on a call besides the region's coordinators. */
export const CALL_DUTIES = ['handler', 'assessor'] as const;
export type CallDuty = (typeof CALL_DUTIES)[number];

/** The recipient's answer to a grant (API values): refusing frees the money in the basket. */
export const ACCEPTANCES = ['pending', 'accepted', 'refused'] as const;
export type Acceptance = (typeof ACCEPTANCES)[number];

export const REPORT_KINDS = ['interim', 'final'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_STATUSES = ['due', 'submitted', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** One criterion of a call, with its weight where the county scores applications. */
export const criterionSchema = v.object({
	name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
	weight: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))
});
export type Criterion = v.InferOutput<typeof criterionSchema>;
export const criteriaSchema = v.array(criterionSchema);

/**
 * Scores given on the scale below, one per criterion of the call in its order;
 * a draft assessment keeps the criteria not yet scored as null.
 */
export const SCORE_MIN = 0;
export const SCORE_MAX = 5;
export const scoresSchema = v.array(
	v.nullable(v.pipe(v.number(), v.integer(), v.minValue(SCORE_MIN), v.maxValue(SCORE_MAX)))
);

/** A line of an application's budget. */
export const budgetLineSchema = v.object({
	label: v.pipe(v.string(), v.maxLength(200)),
	cents: v.pipe(v.number(), v.integer(), v.minValue(0))
});
export const budgetSchema = v.object({
	costs: v.array(budgetLineSchema),
	income: v.array(budgetLineSchema),
	/** The applicant's own funding (a project grant's self-financing share). */
	ownFundingCents: v.pipe(v.number(), v.integer(), v.minValue(0))
});
export type Budget = v.InferOutput<typeof budgetSchema>;
export const EMPTY_BUDGET: Budget = { costs: [], income: [], ownFundingCents: 0 };

export interface BudgetTotals {
	costsCents: number;
	incomeCents: number;
	ownFundingCents: number;
	/** Own funding as a share of the costs in whole percent, rounded down; null without costs. */
	ownSharePercent: number | null;
}

/** The sums of a budget, and how much of the costs the applicant funds: a project grant's self-financing share. */
export function budgetTotals(budget: Budget): BudgetTotals {
	const sum = (lines: readonly { cents: number }[]) => lines.reduce((t, l) => t + l.cents, 0);
	const costsCents = sum(budget.costs);
	return {
		costsCents,
		incomeCents: sum(budget.income),
		ownFundingCents: budget.ownFundingCents,
		ownSharePercent:
			costsCents === 0 ? null : Math.floor((budget.ownFundingCents * 100) / costsCents)
	};
}

/** One planned instalment of a call's payment: its date and share of the grant in percent. */
export const instalmentPlanSchema = v.object({
	dueOn: v.pipe(v.string(), v.isoDate()),
	percent: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))
});
export type InstalmentPlan = v.InferOutput<typeof instalmentPlanSchema>;
export const paymentScheduleSchema = v.array(instalmentPlanSchema);

/** The largest amount the app takes anywhere: a billion euros, far beyond any county's grants. */
export const MAX_CENTS = 100_000_000_000;

/**
 * Reads an amount as a person writes it in Finnish, Swedish or English:
 * "1500", "1 500", "1 500,50", "1500.5", "1 500 €". Null for anything else,
 * a negative amount or more than two decimals.
 */
export function parseEuros(text: string): number | null {
	const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
	const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
	if (!match) return null;
	const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
	return Number.isSafeInteger(cents) && cents <= MAX_CENTS ? cents : null;
}

/** "1 500,50 €" in the reader's language; whole euros without decimals. */
export function formatEuros(cents: number, locale: string): string {
	return new Intl.NumberFormat(locale, {
		style: 'currency',
		currency: 'EUR',
		minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
		maximumFractionDigits: 2
	}).format(cents / 100);
}

/** The amount as a form shows it back for editing: "1500" or "1500,50". */
export function eurosForInput(cents: number | null): string {
	if (cents === null) return '';
	const euros = Math.floor(cents / 100);
	const rest = cents % 100;
	return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

export interface CallTimes {
	opensAt: Date;
	closesAt: Date;
	decidedAt: Date | null;
}

export function callStatus(call: CallTimes, now: Date): CallStatus {
	if (call.decidedAt) return 'decided';
	if (now < call.opensAt) return 'upcoming';
	if (now < call.closesAt) return 'open';
	return 'closed';
}

/** An application is written and submitted while its call is open, and changed only as a draft. */
export function applicationEditable(status: ApplicationStatus, call: CallStatus): boolean {
	return status === 'draft' && call === 'open';
}

/** What the handler and the assessors work on: submitted, not yet decided. */
export function inAssessment(status: ApplicationStatus): boolean {
	return status === 'submitted' || status === 'assessed';
}

/** What the handler works on: sent, and not yet decided or withdrawn (an ineligible one may be found eligible again). */
export function inHandling(status: ApplicationStatus): boolean {
	return inAssessment(status) || status === 'ineligible';
}

/** Applications the deciding body decides on: those found eligible and assessed (or submitted). */
export function goesToDecision(status: ApplicationStatus): boolean {
	return inAssessment(status);
}

/** The outcome the decided amount gives an application. */
export function outcomeOf(
	requestedCents: number,
	grantedCents: number
): 'granted' | 'partly_granted' | 'rejected' {
	if (grantedCents <= 0) return 'rejected';
	return grantedCents >= requestedCents ? 'granted' : 'partly_granted';
}

/** The deciding body has decided on the application: it has an outcome and a decision letter. */
export function hasOutcome(status: ApplicationStatus): boolean {
	return status === 'granted' || status === 'partly_granted' || status === 'rejected';
}

export function isGranted(status: ApplicationStatus): boolean {
	return status === 'granted' || status === 'partly_granted';
}

/** What a submission still lacks: the amount, the activity and its class, the call's attachments and the declaration. */
export interface SubmissionDraft {
	amountRequestedCents: number | null;
	activity: string;
	activityClassId: number | null;
	declarationAccepted: boolean;
	attachmentKinds: readonly ApplicationAttachmentKind[];
}

export type MissingPart =
	| 'amountRequested'
	| 'activity'
	| 'activityClass'
	| 'declaration'
	| `attachment:${ApplicationAttachmentKind}`;

export function missingForSubmission(
	draft: SubmissionDraft,
	required: readonly ApplicationAttachmentKind[]
): MissingPart[] {
	const missing: MissingPart[] = [];
	if (draft.amountRequestedCents === null || draft.amountRequestedCents <= 0)
		missing.push('amountRequested');
	if (draft.activity.trim() === '') missing.push('activity');
	if (draft.activityClassId === null) missing.push('activityClass');
	for (const kind of required)
		if (!draft.attachmentKinds.includes(kind)) missing.push(`attachment:${kind}`);
	if (!draft.declarationAccepted) missing.push('declaration');
	return missing;
}

/**
 * An assessor's weighted score on the scale: the weights of the call's criteria
 * over the scores given. Null until every criterion has a score.
 */
export function weightedScore(
	criteria: readonly Criterion[],
	scores: readonly number[]
): number | null {
	if (criteria.length === 0 || scores.length !== criteria.length) return null;
	const weights = criteria.reduce((sum, c) => sum + c.weight, 0);
	const total = criteria.reduce((sum, c, i) => sum + c.weight * (scores[i] ?? 0), 0);
	return Math.round((total / weights) * 100) / 100;
}

export interface AssessmentState {
	conflictDeclared: boolean;
	completedAt: Date | null;
	scores: readonly number[];
}

/**
 * The mean of the completed, unconflicted assessments: a disqualified
 * assessor's view does not count, nor does a score left half done.
 */
export function meanScore(
	criteria: readonly Criterion[],
	assessments: readonly AssessmentState[]
): number | null {
	const scores = assessments
		.filter((a) => !a.conflictDeclared && a.completedAt !== null)
		.map((a) => weightedScore(criteria, a.scores))
		.filter((s): s is number => s !== null);
	if (scores.length === 0) return null;
	return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
}

export interface ProposalTotals {
	totalCents: number;
	appropriationCents: number;
	/** Negative when the proposal goes beyond the appropriation. */
	remainingCents: number;
	overAppropriation: boolean;
}

/** The sum of a proposal against the basket's appropriation for the year. */
export function proposalTotals(
	amounts: readonly (number | null)[],
	appropriationCents: number
): ProposalTotals {
	const totalCents = amounts.reduce<number>((sum, a) => sum + (a ?? 0), 0);
	const remainingCents = appropriationCents - totalCents;
	return { totalCents, appropriationCents, remainingCents, overAppropriation: remainingCents < 0 };
}

/**
 * Splits a grant into the call's instalments: each its share, rounded down to
 * the cent, and the last takes what rounding left so the sum is exact.
 * A call without a schedule pays everything on `fallbackOn`.
 */
export function instalmentsFor(
	grantedCents: number,
	schedule: readonly InstalmentPlan[],
	fallbackOn: string
): { dueOn: string; amountCents: number }[] {
	if (grantedCents <= 0) return [];
	if (schedule.length === 0) return [{ dueOn: fallbackOn, amountCents: grantedCents }];
	const sorted = [...schedule].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
	let paid = 0;
	return sorted.map((plan, i) => {
		const amountCents =
			i === sorted.length - 1
				? grantedCents - paid
				: Math.floor((grantedCents * plan.percent) / 100);
		paid += amountCents;
		return { dueOn: plan.dueOn, amountCents };
	});
}

/** The shares of a payment schedule add up to the whole grant. */
export function scheduleIsWhole(schedule: readonly InstalmentPlan[]): boolean {
	return schedule.length === 0 || schedule.reduce((sum, p) => sum + p.percent, 0) === 100;
}

export interface ReportDueState {
	status: ReportStatus;
	dueOn: string;
}

/** A report is overdue when it is still expected (due or sent back) and its date has passed. */
export function reportOverdue(report: ReportDueState, now: Date): boolean {
	return (report.status === 'due' || report.status === 'returned') && report.dueOn < isoDate(now);
}

/** Days before the due date when the recipient is first reminded of a report. */
export const REPORT_REMINDER_DAYS = 14;
/** An overdue report is reminded of again after this many days. */
export const REPORT_REMINDER_INTERVAL_DAYS = 7;

/**
 * Whether a report's reminder is due now: it is still expected, its date is
 * near (or past) and the last reminder, if any, is old enough.
 */
export function reportReminderDue(
	report: ReportDueState & { remindedAt: Date | null },
	now: Date
): boolean {
	if (report.status !== 'due' && report.status !== 'returned') return false;
	const day = 24 * 60 * 60 * 1000;
	// From the start of that day in Helsinki, as `reportOverdue` counts days.
	const noonOfDue = new Date(`${report.dueOn}T12:00:00Z`).getTime();
	const reminderDay = new Date(noonOfDue - REPORT_REMINDER_DAYS * day).toISOString().slice(0, 10);
	if (now < helsinkiInstant(reminderDay, '00:00')!) return false;
	return (
		report.remindedAt === null ||
		now.getTime() - report.remindedAt.getTime() >= REPORT_REMINDER_INTERVAL_DAYS * day
	);
}
