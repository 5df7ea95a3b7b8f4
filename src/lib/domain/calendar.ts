/**
 * The annual calendar (vuosikello): the steps of the budget cycle a region's
 * cooperation follows, and the default year a new region starts from
 * (docs/domain.md, "The annual calendar").
 */
import { DateTime } from 'luxon';
import type { Level } from './levels';
import { ZONE } from './time';

export const MILESTONE_KINDS = [
	'financial_statements',
	'grant_payment',
	'welfare_report',
	'hyte_negotiations',
	'drafts_for_comment',
	'annual_plan',
	'grant_applications',
	'budget_proposal',
	'budget_approval',
	'extensive_welfare_report',
	'section14_negotiation',
	'custom'
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const FORWARD_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type ForwardStatus = (typeof FORWARD_STATUSES)[number];

/** Municipal and county councils are elected for four years; the current terms began in 2025. */
export const COUNCIL_TERM_FIRST_YEAR = 2025;
export const COUNCIL_TERM_YEARS = 4;

/** The years of the council term `year` belongs to. */
export function councilTerm(year: number): { first: number; last: number } {
	const offset =
		(((year - COUNCIL_TERM_FIRST_YEAR) % COUNCIL_TERM_YEARS) + COUNCIL_TERM_YEARS) %
		COUNCIL_TERM_YEARS;
	const first = year - offset;
	return { first, last: first + COUNCIL_TERM_YEARS - 1 };
}

/** The extensive welfare report and plan, and the §14 negotiation, fall in the first full year of a term. */
export function isCouncilTermWorkYear(year: number): boolean {
	return councilTerm(year).first + 1 === year;
}

export interface MilestoneTemplate {
	kind: Exclude<MilestoneKind, 'custom'>;
	/** Month and day; `end` is absent for a one-day milestone. */
	start: [month: number, day: number];
	end?: [month: number, day: number];
	level: Level | null;
}

/** The typical year, each county adjusts it (docs/domain.md, "The annual calendar"). */
const TYPICAL_YEAR: readonly MilestoneTemplate[] = [
	{ kind: 'financial_statements', start: [1, 15], end: [3, 31], level: 'strategic' },
	{ kind: 'grant_payment', start: [3, 1], end: [3, 31], level: null },
	{ kind: 'welfare_report', start: [5, 31], level: null },
	{ kind: 'hyte_negotiations', start: [4, 15], end: [5, 31], level: 'strategic' },
	{ kind: 'drafts_for_comment', start: [6, 1], end: [8, 15], level: 'forum' },
	{ kind: 'annual_plan', start: [9, 1], end: [9, 30], level: 'strategic' },
	{ kind: 'grant_applications', start: [9, 1], end: [10, 15], level: null },
	{ kind: 'budget_proposal', start: [10, 31], level: null },
	{ kind: 'budget_approval', start: [11, 15], end: [12, 15], level: null }
];

const TERM_WORK: readonly MilestoneTemplate[] = [
	{ kind: 'extensive_welfare_report', start: [5, 31], level: null },
	{ kind: 'section14_negotiation', start: [4, 15], end: [6, 15], level: 'strategic' }
];

export interface MilestoneDraft {
	kind: MilestoneKind;
	startsOn: string;
	endsOn: string | null;
	level: Level | null;
}

function isoOf(year: number, [month, day]: [number, number]): string {
	// Stryker disable next-line ObjectLiteral: a calendar date read back in the zone it was made in is the same in any zone
	return DateTime.fromObject({ year, month, day }, { zone: ZONE }).toISODate()!;
}

/** The default milestones of a year, with the council-term work in the first full year of a term. */
export function defaultMilestones(year: number): MilestoneDraft[] {
	const templates = isCouncilTermWorkYear(year) ? [...TYPICAL_YEAR, ...TERM_WORK] : TYPICAL_YEAR;
	return templates
		.map((t) => ({
			kind: t.kind,
			startsOn: isoOf(year, t.start),
			endsOn: t.end ? isoOf(year, t.end) : null,
			level: t.level
		}))
		.sort((a, b) => a.startsOn.localeCompare(b.startsOn));
}

/**
 * The same date a year later, for copying a year's milestones to the next.
 * 29 February becomes 28 February.
 */
export function sameDateNextYear(iso: string): string {
	// Stryker disable next-line ObjectLiteral: a calendar date read back in the zone it was made in is the same in any zone
	return DateTime.fromISO(iso, { zone: ZONE }).plus({ years: 1 }).toISODate()!;
}

/** The last day a milestone covers. */
export function lastDayOf(m: { startsOn: string; endsOn: string | null }): string {
	return m.endsOn ?? m.startsOn;
}

/** A milestone's end may not come before its start, and both lie in the milestone's year. */
export function milestoneDatesValid(
	year: number,
	startsOn: string,
	endsOn: string | null
): boolean {
	const inYear = (iso: string) => iso.startsWith(`${year}-`);
	return inYear(startsOn) && (endsOn === null || (inYear(endsOn) && endsOn >= startsOn));
}

/** A milestone's own title, or its kind's name in the reader's language (`calendar.kind.<kind>`). */
export function milestoneTitle(
	m: { title: string; kind: MilestoneKind },
	translate: (key: string) => string
): string {
	return m.title.trim() || translate(`calendar.kind.${m.kind}`);
}

/** Whether `today` (YYYY-MM-DD) falls within the days a milestone covers. */
export function isUnderway(m: { startsOn: string; endsOn: string | null }, today: string): boolean {
	return m.startsOn <= today && today <= lastDayOf(m);
}

/**
 * The milestone a person should look at today: the first that has not ended,
 * so one that runs 15.11.–15.12. is still the one on 1.12., shown as under way.
 * `milestones` are in date order. Null when every milestone is over.
 */
export function currentMilestone<M extends { startsOn: string; endsOn: string | null }>(
	milestones: readonly M[],
	today: string
): { milestone: M; underway: boolean } | null {
	const milestone = milestones.find((m) => lastDayOf(m) >= today);
	return milestone ? { milestone, underway: isUnderway(milestone, today) } : null;
}

/**
 * The days a milestone runs as the two ends a date-range formatter takes,
 * at Helsinki noon so that no time zone moves a day; `to` is null for a
 * one-day milestone.
 */
export function milestoneSpan(m: { startsOn: string; endsOn: string | null }): {
	from: Date;
	to: Date | null;
} {
	const noon = (iso: string) => DateTime.fromISO(`${iso}T12:00`, { zone: ZONE }).toJSDate();
	return {
		from: noon(m.startsOn),
		to: m.endsOn && m.endsOn !== m.startsOn ? noon(m.endsOn) : null
	};
}
