/**
 * After the grant decision: the recipient's acceptance or refusal, and the
 * handlers' check of a report in two parts (content and finance), each with its
 * checklist and by different people, with a closer check for a share of
 * reports picked at random and by risk.
 */
import type { Acceptance, ApplicationStatus, ReportStatus } from './grants';
import { isGranted } from './grants';

/** Whether the recipient may still accept or refuse: a grant not yet answered. */
export function awaitsAcceptance(status: ApplicationStatus, acceptance: Acceptance): boolean {
	return isGranted(status) && acceptance === 'pending';
}

/** A refused grant is no longer granted money: it is left out of the sums of what was granted. */
export function countsAsGranted(status: ApplicationStatus, acceptance: Acceptance): boolean {
	return isGranted(status) && acceptance !== 'refused';
}

export const CHECK_PARTS = ['content', 'finance'] as const;
export type CheckPart = (typeof CHECK_PARTS)[number];

export const CHECK_OUTCOMES = ['passed', 'returned'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

/** What the checker of each part goes through; the labels are `grantFollowup.item.<item>`. */
export const CHECKLISTS = {
	content: ['activityRealised', 'reachReported', 'purposeKept'],
	finance: ['budgetRealised', 'usedWithinGrant', 'unusedReported']
} as const satisfies Record<CheckPart, readonly string[]>;

/** What a closer check adds to each part. */
export const CLOSER_CHECKLISTS = {
	content: ['evidenceSeen'],
	finance: ['vouchersChecked']
} as const satisfies Record<CheckPart, readonly string[]>;

export type ChecklistItem =
	(typeof CHECKLISTS)[CheckPart][number] | (typeof CLOSER_CHECKLISTS)[CheckPart][number];

export function checklistOf(part: CheckPart, closer: boolean): readonly ChecklistItem[] {
	return closer ? [...CHECKLISTS[part], ...CLOSER_CHECKLISTS[part]] : CHECKLISTS[part];
}

/** The items of the part's checklist not ticked: a part passes only with none. */
export function uncheckedItems(
	part: CheckPart,
	closer: boolean,
	ticked: readonly string[]
): ChecklistItem[] {
	return checklistOf(part, closer).filter((item) => !ticked.includes(item));
}

export interface PartCheck {
	part: CheckPart;
	checkedBy: number;
	outcome: CheckOutcome;
}

/**
 * Why the user may not check this part of a report now (null: they may):
 * a part is checked once per submission, and the two parts by different people.
 */
export function partCheckRefusal(
	checks: readonly PartCheck[],
	part: CheckPart,
	userId: number
): 'alreadyChecked' | 'samePerson' | null {
	if (checks.some((c) => c.part === part)) return 'alreadyChecked';
	if (checks.some((c) => c.part !== part && c.checkedBy === userId)) return 'samePerson';
	return null;
}

/** A report's status after a part is checked: returned by either part, accepted when both pass. */
export function statusAfterChecks(checks: readonly PartCheck[]): ReportStatus {
	if (checks.some((c) => c.outcome === 'returned')) return 'returned';
	const passed = new Set(checks.filter((c) => c.outcome === 'passed').map((c) => c.part));
	return CHECK_PARTS.every((part) => passed.has(part)) ? 'accepted' : 'submitted';
}

/** The rule of the closer check: a random share of reports, and every risky one. */
export const CLOSER_CHECK_RULE = {
	/** The share of reports drawn at random. */
	randomShare: 0.1,
	/** A grant of at least this many cents is always checked more closely. */
	largeGrantCents: 2_000_000
} as const;

export const CLOSER_CHECK_REASONS = ['random', 'largeGrant', 'earlierProblems'] as const;
export type CloserCheckReason = (typeof CLOSER_CHECK_REASONS)[number];

export interface CloserCheckInput {
	grantedCents: number;
	/** The recipient has had a report returned before (or money recovered). */
	earlierProblems: boolean;
	/** A number in [0, 1) drawn for this report. */
	draw: number;
}

/** Why a report is picked for a closer check; empty when it is not. */
export function closerCheckReasons(
	input: CloserCheckInput,
	rule = CLOSER_CHECK_RULE
): CloserCheckReason[] {
	const reasons: CloserCheckReason[] = [];
	if (input.draw < rule.randomShare) reasons.push('random');
	if (input.grantedCents >= rule.largeGrantCents) reasons.push('largeGrant');
	if (input.earlierProblems) reasons.push('earlierProblems');
	return reasons;
}

/** The rule and the pick in a line, in Finnish, for the audit log. */
export function closerCheckSummary(
	input: CloserCheckInput,
	reasons: readonly CloserCheckReason[],
	rule = CLOSER_CHECK_RULE
): string {
	const picked = reasons.length > 0 ? `valittu (${reasons.join(', ')})` : 'ei valittu';
	return (
		`Tarkempi tarkastus: ${picked}. Sääntö: arvonta alle ${rule.randomShare}` +
		` (arvottu ${input.draw.toFixed(3)}), avustus vähintään ${rule.largeGrantCents / 100} €` +
		` (${input.grantedCents / 100} €), aiemmat ongelmat (${input.earlierProblems ? 'kyllä' : 'ei'}).`
	);
}
