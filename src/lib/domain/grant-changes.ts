/**
 * What happens to a grant after its decision (docs/domain.md, "NGO grants"):
 * the recipient asks to change it (a longer period of use, another budget or
 * purpose) and the handler decides with a short decision of its own; money
 * left unused or used against the decision is returned or recovered
 * (palautus, takaisinperintä). The values are the API's contract.
 */

/** What a change application asks: a new end of the period of use, a change of budget or of purpose. */
export const CHANGE_KINDS = ['extension', 'budget', 'purpose'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The handler's decision on a change application. */
export const CHANGE_DECISIONS = ['accepted', 'accepted_with_changes', 'rejected'] as const;
export type ChangeDecision = (typeof CHANGE_DECISIONS)[number];

/** A change application waits for its decision, then carries it. */
export const CHANGE_STATUSES = ['pending', ...CHANGE_DECISIONS] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/** A return the recipient offers or is asked for (unused money), or a recovery of misused money. */
export const CLAIM_KINDS = ['return', 'recovery'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_STATUSES = ['open', 'paid', 'cancelled'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Days the recipient has to pay a claim unless the handler sets another date. */
export const CLAIM_PAYMENT_DAYS = 30;

const DAY_MS = 24 * 60 * 60_000;
const dayNumber = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS;
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The period of use of a grant: its budget year, unless an accepted extension moved its end. */
export function usePeriodEnd(budgetYear: number, acceptedEndDates: readonly string[]): string {
	return acceptedEndDates.reduce(
		(latest, end) => (end > latest ? end : latest),
		`${budgetYear}-12-31`
	);
}

/** An extension must end the period later than it ends now. */
export function extendsPeriod(newEndOn: string, currentEndOn: string): boolean {
	return newEndOn > currentEndOn;
}

/**
 * The final report's new due date when the period of use moves: as many days
 * later as the period ends later, so the recipient keeps the time they had
 * to report after the end.
 */
export function reportDueAfterExtension(
	reportDueOn: string,
	previousEndOn: string,
	newEndOn: string
): string {
	return isoOfDay(dayNumber(reportDueOn) + dayNumber(newEndOn) - dayNumber(previousEndOn));
}

/** An extension takes effect only when it is accepted, as asked or with the handler's date. */
export function changesPeriod(kind: ChangeKind, decision: ChangeDecision): boolean {
	return kind === 'extension' && decision !== 'rejected';
}

/**
 * The return a final report suggests: what was paid and not used, or null when
 * the report does not say what was used or everything paid was used.
 */
export function suggestedReturnCents(paidCents: number, usedCents: number | null): number | null {
	if (usedCents === null || usedCents >= paidCents) return null;
	return paidCents - usedCents;
}

/** The money actually returned: what the recipient has paid back of its claims. */
export function returnedCents(
	claims: readonly { status: ClaimStatus; amountCents: number }[]
): number {
	return claims.filter((c) => c.status === 'paid').reduce((sum, c) => sum + c.amountCents, 0);
}

/** The default due date of a claim made on `today` (an ISO date). */
export function claimDueOn(today: string): string {
	return isoOfDay(dayNumber(today) + CLAIM_PAYMENT_DAYS);
}
