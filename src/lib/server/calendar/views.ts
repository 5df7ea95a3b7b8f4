/** What each calendar page shows, with what its reader may do there. */
import { DateTime } from 'luxon';
import { applyFilter, type CalendarFilter } from '../../calendar/entries';
import { meetingNumber } from '../../domain/meetings';
import { can, type Actor } from '../../domain/policy';
import { isoDate, ZONE } from '../../domain/time';
import { bodyTarget } from '../bodies/target';
import type { Queryable } from '../db/client';
import type { Body, Meeting, Milestone } from '../db/schema';
import { listBudgetMeasures } from '../measures/lists';
import { feedTokenOf, feedUrl, webcalUrl } from './feeds';
import { authorizeCalendar, getMilestone, hasMilestones } from './milestones';
import { draftYearPlan } from './plan';
import { calendarEntries, calendarYear } from './year';

/** The year of the region as wheel and list, filtered by level or body, with each body's rhythm and the statutory checks. */
export function calendarPage(
	db: Queryable,
	actor: Actor,
	year: number,
	filter: CalendarFilter,
	origin: string,
	now = new Date()
) {
	const calendar = calendarYear(db, actor, actor.regionId, year);
	const chosenBody = calendar.bodies.find((b) => b.id === filter.bodyId) ?? null;
	const bodyFilter = { level: filter.level, bodyId: chosenBody?.id ?? null };
	const names = new Map(calendar.bodies.map((b) => [b.id, b.name]));
	const personalFeed = feedUrl(origin, feedTokenOf(db, actor, now));
	return {
		year,
		/** Today in Helsinki, YYYY-MM-DD: the wheel and the list need no time-zone arithmetic of their own. */
		today: isoDate(now),
		filter: bodyFilter,
		entries: applyFilter(calendarEntries(calendar), bodyFilter, chosenBody?.level ?? null),
		bodies: calendar.bodies.map((b) => ({
			id: b.id,
			name: b.name,
			level: b.level,
			canPlan: can(actor, 'meeting.manage', bodyTarget(b))
		})),
		cadence: calendar.cadence
			.filter((c) =>
				bodyFilter.bodyId
					? c.bodyId === bodyFilter.bodyId
					: !bodyFilter.level || c.level === bodyFilter.level
			)
			.map((c) => ({ ...c, bodyName: names.get(c.bodyId) ?? '' })),
		statutory: calendar.statutory,
		canManage: can(actor, 'calendar.manage', { regionId: actor.regionId }),
		feedUrl: personalFeed,
		feedWebcalUrl: webcalUrl(personalFeed)
	};
}

/** One month of the region's calendar (`month` 1–12); a milestone running through it shows on its first day in the month. */
export function calendarMonthPage(
	db: Queryable,
	actor: Actor,
	year: number,
	month: number,
	now = new Date()
) {
	const start = DateTime.fromObject({ year, month }, { zone: ZONE });
	const prefix = start.toFormat('yyyy-MM');
	const firstDay = start.toISODate()!;
	const lastDay = start.endOf('month').toISODate()!;
	const entries = calendarEntries(calendarYear(db, actor, actor.regionId, year))
		.filter((e) =>
			e.type === 'meeting'
				? e.startsOn.startsWith(prefix)
				: e.startsOn <= lastDay && (e.endsOn ?? e.startsOn) >= firstDay
		)
		// A milestone that began last month shows on the 1st, with its own dates beside it.
		.map((e) => ({ ...e, shownOn: e.startsOn < firstDay ? firstDay : e.startsOn }));
	return {
		year,
		month,
		daysInMonth: start.daysInMonth!,
		/** 1 = Monday: where the first day sits in the week. */
		firstWeekday: start.weekday,
		previous: start.minus({ months: 1 }).toFormat('yyyy-MM'),
		next: start.plus({ months: 1 }).toFormat('yyyy-MM'),
		/** Today in Helsinki, YYYY-MM-DD: the page needs no time-zone arithmetic of its own. */
		today: isoDate(now),
		entries
	};
}

/** The form's values for an existing milestone. */
function milestoneValues(m: Milestone): Record<string, unknown> {
	return {
		kind: m.kind,
		title: m.title,
		description: m.description,
		startsOn: m.startsOn,
		endsOn: m.endsOn ?? '',
		level: m.level ?? '',
		meetingId: m.meetingId ?? ''
	};
}

/** Meetings a milestone can be linked to: the year's meetings the reader can see. */
function meetingChoices(
	rows: readonly { meeting: Meeting; body: Body }[]
): { id: number; title: string }[] {
	return rows.map((r) => ({
		id: r.meeting.id,
		title: `${r.body.name} ${meetingNumber(r.meeting.sequence, r.meeting.year)}`
	}));
}

/** A year's milestones for those who keep the region's calendar. */
export function milestonesPage(db: Queryable, actor: Actor, year: number) {
	authorizeCalendar(actor, actor.regionId);
	const calendar = calendarYear(db, actor, actor.regionId, year);
	return {
		year,
		milestones: calendar.milestones,
		nextYearEmpty: !hasMilestones(db, actor.regionId, year + 1),
		meetings: meetingChoices(calendar.meetings)
	};
}

/** One milestone; at the September planning milestone, the measures that need money in next year's budget. */
export function milestonePage(db: Queryable, actor: Actor, milestoneId: number) {
	const milestone = getMilestone(db, actor, milestoneId);
	const meetings = meetingChoices(
		calendarYear(db, actor, milestone.regionId, milestone.year).meetings
	);
	return {
		milestone,
		values: milestoneValues(milestone),
		linkedMeeting: meetings.find((m) => m.id === milestone.meetingId) ?? null,
		meetings,
		canManage: can(actor, 'calendar.manage', { regionId: milestone.regionId }),
		budget:
			milestone.kind === 'annual_plan'
				? {
						year: milestone.year + 1,
						rows: listBudgetMeasures(db, actor, milestone.regionId, milestone.year + 1)
					}
				: null
	};
}

/** "Plan the year" for a body: its meetings of the year and the proposed ones. */
export function yearPlanPage(
	db: Queryable,
	actor: Actor,
	bodyId: number,
	year: number,
	now = new Date()
) {
	const draft = draftYearPlan(db, actor, bodyId, year, now);
	return {
		year,
		body: {
			id: draft.body.id,
			name: draft.body.name,
			level: draft.body.level,
			min: draft.body.cadenceMin,
			max: draft.body.cadenceMax
		},
		existing: draft.existing.map((m) => ({
			id: m.id,
			number: meetingNumber(m.sequence, m.year),
			startsAt: m.startsAt,
			endsAt: m.endsAt
		})),
		proposals: draft.proposals
	};
}
