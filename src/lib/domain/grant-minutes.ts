/**
 * How a grant proposal and its decision read in the deciding body's agenda and
 * minutes, and the reporting duty a grant carries. The minutes are Finnish
 * whatever the reader's language (docs/domain.md, "Meeting documents").
 */
import {
	formatEuros,
	type ApplicationStatus,
	type GrantBasket,
	type outcomeOf,
	type ReportKind
} from './grants';
import { recordDate } from './record-words';

/** One applicant's line in the proposal or the decision. */
export interface GrantLine {
	organisation: string;
	/** What the money is for: the activity applied for, in a line. */
	purpose: string;
	cents: number;
}

const euros = (cents: number) => formatEuros(cents, 'fi-FI');

/** "Yhdistys ry: Vertaistukiryhmät, 5 000 €", a rejection "… 0 € (ei myönnetä)". */
function lineOf(line: GrantLine): string {
	const purpose = line.purpose.trim() ? `: ${line.purpose.trim()}` : '';
	return `${line.organisation}${purpose}, ${euros(line.cents)}${line.cents === 0 ? ' (ei myönnetä)' : ''}`;
}

const sum = (lines: readonly GrantLine[]) => lines.reduce((total, l) => total + l.cents, 0);

/** The agenda item's title: "Järjestöavustusten myöntäminen: Toiminta-avustukset 2027". */
export function proposalItemTitle(callTitle: string): string {
	return `Järjestöavustusten myöntäminen: ${callTitle}`;
}

/**
 * The proposal (käsittelyehdotus) as the agenda carries it: one paragraph per
 * applicant, the total against the appropriation, and the proposal itself.
 */
export function proposalMinutesText(input: {
	callTitle: string;
	budgetYear: number;
	appropriationCents: number;
	lines: readonly GrantLine[];
}): string {
	const total = sum(input.lines);
	const over = total - input.appropriationCents;
	return [
		`Hakuun ${input.callTitle} saapui päätettäväksi ${input.lines.length} hakemusta. Avustuksia esitetään seuraavasti:`,
		...input.lines.map(lineOf),
		`Esitetyt avustukset ovat yhteensä ${euros(total)}. Talousarvion määräraha vuodelle ${input.budgetYear} on ${euros(input.appropriationCents)}.` +
			(over > 0 ? ` Esitys ylittää määrärahan ${euros(over)}.` : ''),
		'Esitys: Järjestöavustukset myönnetään yllä olevan luettelon mukaisesti. Hakemukset, joille avustusta ei esitetä, hylätään.'
	].join('\n\n');
}

/** One applicant's decided amount beside what was proposed, with the grounds of a change. */
export interface DecidedLine extends GrantLine {
	proposedCents: number | null;
	grounds: string;
}

/**
 * The decision (päätös) written into the minutes: "as proposed" when the body
 * changed nothing, otherwise each amount, with the grounds where it differs.
 */
export function decisionMinutesText(lines: readonly DecidedLine[]): string {
	if (lines.every((l) => l.cents === l.proposedCents))
		return 'Päätös: Toimielin myönsi avustukset esityksen mukaisesti.';
	return [
		'Päätös: Toimielin myönsi avustukset seuraavasti:',
		...lines.map((l) =>
			l.cents !== l.proposedCents && l.grounds.trim()
				? `${lineOf(l)}. Perustelu: ${l.grounds.trim()}`
				: lineOf(l)
		),
		`Myönnetyt avustukset ovat yhteensä ${euros(sum(lines))}.`
	].join('\n\n');
}

/**
 * The reports a grant must give and by when: the final report on the call's
 * date or 31 January after the budget year; a partnership (a multi-year
 * agreement) also an interim report at the end of August of the budget year.
 */
export function reportDuties(call: {
	basket: GrantBasket;
	budgetYear: number;
	reportDueOn: string | null;
}): { kind: ReportKind; dueOn: string }[] {
	const final = {
		kind: 'final' as const,
		dueOn: call.reportDueOn ?? `${call.budgetYear + 1}-01-31`
	};
	return call.basket === 'partnership'
		? [{ kind: 'interim', dueOn: `${call.budgetYear}-08-31` }, final]
		: [final];
}

/** "31.1.2028" */
export const letterDate = (isoDay: string): string => recordDate(`${isoDay}T12:00:00Z`);

export type Outcome = ReturnType<typeof outcomeOf>;

/** What a decided application's status says of the decision: granted, partly granted or rejected. */
export function decidedOutcome(status: ApplicationStatus): Outcome {
	return status === 'granted' || status === 'partly_granted' ? status : 'rejected';
}
