/**
 * Cadence: does each body, and the region as a whole, keep the rhythm its
 * level and the law ask for? Pure: the caller passes one year's bodies,
 * meetings and milestones.
 */
import { lastDayOf, councilTerm, type MilestoneKind } from './calendar';
import type { Level } from './levels';
import type { MeetingStatus } from './meetings';
import { isoDate } from './time';

export interface CadenceBody {
	id: number;
	level: Level;
	cadenceMin: number;
	cadenceMax: number;
}

export interface CadenceMeeting {
	id: number;
	bodyId: number;
	level: Level;
	startsAt: Date;
	status: MeetingStatus;
}

export interface CadenceMilestone {
	kind: MilestoneKind;
	year: number;
	startsOn: string;
	endsOn: string | null;
	meetingId: number | null;
}

/** A shortfall, as an i18n key under `cadence.problem.` with its parameters. */
export type CadenceProblem =
	| { code: 'belowTarget'; params: { planned: number; min: number; max: number } }
	| { code: 'noMeetingBeforeBudget'; params: { date: string } }
	| { code: 'strategicUnprepared'; params: { date: string } };

export interface BodyCadence {
	bodyId: number;
	level: Level;
	target: { min: number; max: number };
	/** Meetings scheduled in the year and not cancelled, held ones included. */
	planned: number;
	/** Meetings that have taken place (started or later). */
	held: number;
	status: 'ok' | 'warning';
	problems: CadenceProblem[];
}

/** The network prepares each strategic meeting within this many days before it. */
export const PREPARATION_DAYS = 42;

const HELD: readonly MeetingStatus[] = ['in_progress', 'minutes_review', 'approved', 'published'];

function active(meetings: readonly CadenceMeeting[]): CadenceMeeting[] {
	return meetings.filter((m) => m.status !== 'cancelled');
}

/** The September milestone where the strategic level agrees next year's plan for the budget. */
function budgetMilestone(milestones: readonly CadenceMilestone[]): CadenceMilestone | undefined {
	return milestones.find((m) => m.kind === 'annual_plan');
}

/**
 * One body's rhythm in a year. Every level must reach its target count; the
 * strategic and operational levels must meet before the September budget
 * milestone (plans feed the budget); the coordinator network must meet in the
 * six weeks before each strategic meeting, which it prepares.
 */
export function bodyCadence(
	body: CadenceBody,
	yearMeetings: readonly CadenceMeeting[],
	milestones: readonly CadenceMilestone[]
): BodyCadence {
	const own = active(yearMeetings.filter((m) => m.bodyId === body.id));
	const problems: CadenceProblem[] = [];
	if (own.length < body.cadenceMin) {
		problems.push({
			code: 'belowTarget',
			params: { planned: own.length, min: body.cadenceMin, max: body.cadenceMax }
		});
	}
	const budget = budgetMilestone(milestones);
	if (budget && (body.level === 'strategic' || body.level === 'operational')) {
		if (!own.some((m) => isoDate(m.startsAt) <= lastDayOf(budget))) {
			problems.push({ code: 'noMeetingBeforeBudget', params: { date: budget.startsOn } });
		}
	}
	if (body.level === 'coordinator_network') {
		for (const strategic of active(yearMeetings.filter((m) => m.level === 'strategic'))) {
			const from = strategic.startsAt.getTime() - PREPARATION_DAYS * 86_400_000;
			if (!own.some((m) => m.startsAt.getTime() >= from && m.startsAt < strategic.startsAt)) {
				problems.push({
					code: 'strategicUnprepared',
					params: { date: isoDate(strategic.startsAt) }
				});
			}
		}
	}
	return {
		bodyId: body.id,
		level: body.level,
		target: { min: body.cadenceMin, max: body.cadenceMax },
		planned: own.length,
		held: own.filter((m) => HELD.includes(m.status)).length,
		status: problems.length === 0 ? 'ok' : 'warning',
		problems
	};
}

export type StatutoryRule = 'hyteYearly' | 'section14Term';

export interface StatutoryStatus {
	rule: StatutoryRule;
	status: 'ok' | 'warning';
	params: Record<string, string | number>;
}

/**
 * The county's duties by law: HYTE negotiations with the municipalities at
 * least once a year (a strategic-level meeting), and the §14 negotiation once
 * per council term (a §14 milestone of the term linked to a meeting that is
 * not cancelled).
 */
export function statutoryStatus(
	year: number,
	yearMeetings: readonly CadenceMeeting[],
	termMilestones: readonly CadenceMilestone[],
	termMeetings: readonly CadenceMeeting[]
): StatutoryStatus[] {
	const hyte = active(yearMeetings).some((m) => m.level === 'strategic');
	const term = councilTerm(year);
	const activeIds = new Set(active(termMeetings).map((m) => m.id));
	const section14 = termMilestones.some(
		(m) =>
			m.kind === 'section14_negotiation' &&
			m.year >= term.first &&
			m.year <= term.last &&
			m.meetingId !== null &&
			activeIds.has(m.meetingId)
	);
	return [
		{ rule: 'hyteYearly', status: hyte ? 'ok' : 'warning', params: { year } },
		{
			rule: 'section14Term',
			status: section14 ? 'ok' : 'warning',
			params: { first: term.first, last: term.last }
		}
	];
}
