/**
 * "Plan the year": proposes a body's meetings for a year from its cadence
 * target and the budget-cycle milestones. The proposal is a draft the user
 * edits before anything is saved.
 */
import { DateTime } from 'luxon';
import type { MilestoneKind } from './calendar';
import type { CadenceTarget, Level } from './levels';
import { ZONE } from './time';

export type ProposalReason =
	| { code: 'evaluation'; milestone: 'financial_statements' }
	| { code: 'budgetPlan'; milestone: 'annual_plan' }
	| { code: 'beforeBudget'; milestone: 'annual_plan' }
	| { code: 'draftsForComment'; milestone: 'drafts_for_comment' }
	| { code: 'prepareStrategic'; date: string }
	| { code: 'spread' };

export interface ProposedMeeting {
	date: string;
	reason: ProposalReason;
}

export interface YearPlanInput {
	year: number;
	level: Level;
	target: CadenceTarget;
	/** Nothing is proposed on or before this ISO date. */
	today: string;
	/** ISO dates of the body's meetings this year that are not cancelled. */
	existing: readonly string[];
	/** ISO dates of the region's strategic meetings this year (the network prepares each one). */
	strategic: readonly string[];
	milestones: readonly { kind: MilestoneKind; startsOn: string; endsOn: string | null }[];
}

/** Meetings closer than this to another one do not count as a new one in the rhythm. */
const NEAR_DAYS = 21;
/** No meetings in the summer holiday month. */
const HOLIDAY_MONTH = 7;
const MEETING_WEEKDAYS = [2, 3, 4];

/** Aim for the middle of the target: 7 of 6–8, 3 of 2–3, 2 of 1–2. */
export function wantedCount(target: CadenceTarget): number {
	return target.min + Math.ceil((target.max - target.min) / 2);
}

function day(iso: string): DateTime {
	return DateTime.fromISO(iso, { zone: ZONE });
}

function iso(d: DateTime): string {
	return d.toISODate()!;
}

/** Christmas to Epiphany (21.12.–6.1.): holidays, and nobody convenes a body then. */
function inChristmasBreak(d: DateTime): boolean {
	return (d.month === 12 && d.day >= 21) || (d.month === 1 && d.day <= 6);
}

/** The nearest Tuesday–Thursday outside July and the Christmas break, looking earlier first. */
export function meetingDay(d: DateTime): DateTime {
	for (let shift = 0; shift < 21; shift++) {
		for (const candidate of [d.minus({ days: shift }), d.plus({ days: shift })]) {
			if (
				MEETING_WEEKDAYS.includes(candidate.weekday) &&
				candidate.month !== HOLIDAY_MONTH &&
				!inChristmasBreak(candidate)
			)
				return candidate;
		}
	}
	return d;
}

/** Whole days between two ISO dates (parsed as UTC midnights, so no zone or DST shifts). */
function daysBetween(a: string, b: string): number {
	return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** The dates the level's work is tied to, in the order they matter. */
function anchors(input: YearPlanInput): ProposedMeeting[] {
	const milestone = (kind: MilestoneKind) => input.milestones.find((m) => m.kind === kind);
	const at = (d: DateTime | undefined, reason: ProposalReason) =>
		d ? [{ date: iso(meetingDay(d)), reason }] : [];
	const statements = milestone('financial_statements');
	const budget = milestone('annual_plan');
	const drafts = milestone('drafts_for_comment');
	switch (input.level) {
		case 'strategic':
			return [
				...at(statements && day(statements.endsOn ?? statements.startsOn).minus({ days: 14 }), {
					code: 'evaluation',
					milestone: 'financial_statements'
				}),
				...at(budget && day(budget.startsOn).plus({ days: 10 }), {
					code: 'budgetPlan',
					milestone: 'annual_plan'
				})
			];
		case 'operational':
			return at(budget && day(budget.startsOn).minus({ days: 14 }), {
				code: 'beforeBudget',
				milestone: 'annual_plan'
			});
		case 'coordinator_network':
			return input.strategic.flatMap((date) =>
				at(day(date).minus({ days: 14 }), { code: 'prepareStrategic', date })
			);
		case 'forum':
			return at(drafts && day(drafts.startsOn).plus({ days: 14 }), {
				code: 'draftsForComment',
				milestone: 'drafts_for_comment'
			});
	}
}

/**
 * Anchored meetings first (skipping those already covered by a meeting within
 * three weeks), then the rest spread evenly over the free part of the year:
 * each next date is the working day farthest from every meeting so far and
 * from the window's ends.
 */
export function proposeYear(input: YearPlanInput): ProposedMeeting[] {
	const count = wantedCount(input.target) - input.existing.length;
	if (count <= 0) return [];
	const windowStart = DateTime.max(day(`${input.year}-01-10`), day(input.today).plus({ days: 7 }));
	const windowEnd = day(`${input.year}-12-10`);
	if (windowStart > windowEnd) return [];
	const inWindow = (date: string) => date >= iso(windowStart) && date <= iso(windowEnd);

	const taken = [...input.existing];
	const proposals: ProposedMeeting[] = [];
	for (const anchor of anchors(input)) {
		if (proposals.length >= count) break;
		if (!inWindow(anchor.date) || taken.some((d) => daysBetween(d, anchor.date) < NEAR_DAYS))
			continue;
		proposals.push(anchor);
		taken.push(anchor.date);
	}

	const candidates: string[] = [];
	for (let d = windowStart; d <= windowEnd; d = d.plus({ days: 1 })) {
		if (MEETING_WEEKDAYS.includes(d.weekday) && d.month !== HOLIDAY_MONTH) candidates.push(iso(d));
	}
	// The window's ends count at double distance, so the first date lands mid-window, not at an edge.
	const edgeDistance = (date: string) =>
		2 * Math.min(daysBetween(date, iso(windowStart)), daysBetween(date, iso(windowEnd)));
	while (proposals.length < count && candidates.length > 0) {
		let best = candidates[0];
		let bestDistance = -1;
		for (const date of candidates) {
			const distance = Math.min(edgeDistance(date), ...taken.map((t) => daysBetween(date, t)));
			if (distance > bestDistance) {
				best = date;
				bestDistance = distance;
			}
		}
		proposals.push({ date: best, reason: { code: 'spread' } });
		taken.push(best);
		candidates.splice(candidates.indexOf(best), 1);
	}
	return proposals.sort((a, b) => a.date.localeCompare(b.date));
}
