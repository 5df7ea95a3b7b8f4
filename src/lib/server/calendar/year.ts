/** One year of a region's calendar as a reader sees it: milestones, meetings, and each body's rhythm. */
import { and, asc, eq, gte, inArray, lt, lte, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import {
	bodyCadence,
	statutoryStatus,
	type BodyCadence,
	type CadenceMeeting,
	type StatutoryStatus
} from '../../domain/cadence';
import { councilTerm, currentMilestone } from '../../domain/calendar';
import { isInPublicArchive, numberOf } from '../../domain/meetings';
import { can, type Actor } from '../../domain/policy';
import { helsinkiYear, isoDate, ZONE } from '../../domain/time';
import type { CalendarEntry, GrantEntry } from '../../calendar/entries';
import { bodyTarget } from '../bodies/target';
import { listVisibleBodies } from '../bodies/readable';
import type { Queryable } from '../db/client';
import { body, meeting, milestone, type Body, type Meeting, type Milestone } from '../db/schema';
import { assertCan } from '../access';
import { grantCalendarEntries } from '../grants/calendar';

export interface CalendarMeeting {
	meeting: Meeting;
	body: Body;
	/** The actor may open the meeting page; otherwise only its time and title are shown. */
	canOpen: boolean;
}

export interface CalendarYear {
	year: number;
	milestones: Milestone[];
	meetings: CalendarMeeting[];
	/** The grants' dates: published calls' application periods, payment dates the actor may read. */
	grants: GrantEntry[];
	bodies: Body[];
	cadence: BodyCadence[];
	statutory: StatutoryStatus[];
}

const yearRanges = new Map<string, { from: Date; to: Date }>();

/** From 1 January of `first` to the end of `last`, Helsinki time (remembered: every calendar request asks). */
function yearRange(first: number, last = first): { from: Date; to: Date } {
	const key = `${first}-${last}`;
	let range = yearRanges.get(key);
	if (!range) {
		range = {
			from: DateTime.fromObject({ year: first }, { zone: ZONE }).toJSDate(),
			to: DateTime.fromObject({ year: last + 1 }, { zone: ZONE }).toJSDate()
		};
		yearRanges.set(key, range);
	}
	return range;
}

/** Meetings (with their bodies) that start in the years `first`..`last` and match `where`, soonest first. */
export function meetingsInYears(
	db: Queryable,
	where: SQL | undefined,
	first: number,
	last = first
): { meeting: Meeting; body: Body }[] {
	const { from, to } = yearRange(first, last);
	return db
		.select({ meeting, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(and(where, gte(meeting.startsAt, from), lt(meeting.startsAt, to)))
		.orderBy(meeting.startsAt)
		.all();
}

const regionBodies = (db: Queryable, actor: Actor, regionId: number): Body[] =>
	listVisibleBodies(db, actor).filter((b) => b.regionId === regionId);

/** A region's milestones of the years `first`..`last`, in calendar order. */
function milestonesInYears(
	db: Queryable,
	regionId: number,
	first: number,
	last: number
): Milestone[] {
	return db
		.select()
		.from(milestone)
		.where(
			and(eq(milestone.regionId, regionId), gte(milestone.year, first), lte(milestone.year, last))
		)
		.orderBy(asc(milestone.startsOn), asc(milestone.id))
		.all();
}

/**
 * What the rhythm and the statutory checks need of each meeting of the region's
 * bodies in the years `first`..`last`: a council term of a busy region is
 * hundreds of meetings, and mapping whole rows was most of a page's time.
 */
function cadenceMeetings(
	db: Queryable,
	bodies: readonly Body[],
	first: number,
	last = first
): CadenceMeeting[] {
	if (bodies.length === 0) return [];
	const { from, to } = yearRange(first, last);
	return db
		.select({
			id: meeting.id,
			bodyId: meeting.bodyId,
			level: body.level,
			startsAt: meeting.startsAt,
			status: meeting.status
		})
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(
			and(
				inArray(
					meeting.bodyId,
					bodies.map((b) => b.id)
				),
				gte(meeting.startsAt, from),
				lt(meeting.startsAt, to)
			)
		)
		.orderBy(meeting.startsAt)
		.all();
}

/**
 * Meetings are listed when the actor may read them, or when their body is
 * public (a public body's meeting times are public). Cadence counts every
 * meeting of the region, seen or not, so the rhythm is the same for everyone.
 * The council term's milestones and meetings are one query each (the year's
 * are a part of both); only the year's meetings are read as whole rows.
 */
export function calendarYear(
	db: Queryable,
	actor: Actor,
	regionId: number,
	year: number
): CalendarYear {
	assertCan(actor, 'calendar.read', { regionId });
	const bodies = regionBodies(db, actor, regionId);
	const term = councilTerm(year);
	const termMilestones = milestonesInYears(db, regionId, term.first, term.last);
	const termMeetings = cadenceMeetings(db, bodies, term.first, term.last);
	const milestones = termMilestones.filter((m) => m.year === year);
	const { from, to } = yearRange(year);
	const counted = termMeetings.filter((m) => m.startsAt >= from && m.startsAt < to);
	const shown =
		bodies.length === 0
			? []
			: meetingsInYears(
					db,
					inArray(
						meeting.bodyId,
						bodies.map((b) => b.id)
					),
					year
				);
	return {
		year,
		milestones,
		meetings: shown
			.map((r) => ({ ...r, canOpen: can(actor, 'meeting.read', bodyTarget(r.body)) }))
			.filter((r) => r.canOpen || r.body.public),
		grants: grantCalendarEntries(db, actor, regionId, year),
		bodies,
		cadence: bodies.map((b) => bodyCadence(b, counted, milestones)),
		statutory: statutoryStatus(year, counted, termMilestones, termMeetings)
	};
}

/** A region's visible bodies, the year's milestones, and each body's rhythm in the year (no statutory checks). */
function yearRhythm(
	db: Queryable,
	actor: Actor,
	regionId: number,
	year: number
): { bodies: Body[]; milestones: Milestone[]; cadence: BodyCadence[] } {
	assertCan(actor, 'calendar.read', { regionId });
	const bodies = regionBodies(db, actor, regionId);
	const milestones = milestonesInYears(db, regionId, year, year);
	const meetings = cadenceMeetings(db, bodies, year);
	return { bodies, milestones, cadence: bodies.map((b) => bodyCadence(b, meetings, milestones)) };
}

/** Each visible body's rhythm in a year, as `calendarYear` gives it, for pages that show a rhythm but not the statutory checks. */
export function cadenceOfYear(
	db: Queryable,
	actor: Actor,
	regionId: number,
	year: number
): BodyCadence[] {
	return yearRhythm(db, actor, regionId, year).cadence;
}

/** The year as the calendar views draw it. */
export function calendarEntries(
	year: Pick<CalendarYear, 'milestones' | 'meetings' | 'grants'>
): CalendarEntry[] {
	const milestones: CalendarEntry[] = year.milestones.map((m) => ({
		type: 'milestone',
		id: m.id,
		title: m.title,
		kind: m.kind,
		startsOn: m.startsOn,
		endsOn: m.endsOn,
		level: m.level,
		href: `/calendar/milestones/${m.id}`
	}));
	const meetings: CalendarEntry[] = year.meetings.map(({ meeting: m, body: b, canOpen }) => ({
		type: 'meeting',
		id: m.id,
		title: `${b.name} ${numberOf(m)}`,
		bodyId: b.id,
		bodyName: b.name,
		level: b.level,
		startsOn: isoDate(m.startsAt),
		startsAt: m.startsAt,
		endsAt: m.endsAt,
		status: m.status,
		href: meetingHref(m, b, canOpen)
	}));
	return [...milestones, ...meetings, ...year.grants];
}

/**
 * Where a calendar entry of a meeting leads: the meeting page for those who
 * may open it; for others one public page, the same in every view: the
 * archive's page while its agenda or minutes are public there, else its body.
 */
export function meetingHref(
	m: Pick<Meeting, 'id' | 'status' | 'invitedAt'>,
	b: Pick<Body, 'id' | 'public'>,
	canOpen: boolean
): string {
	if (canOpen) return `/meetings/${m.id}`;
	return isInPublicArchive(m, b) ? `/archive/meetings/${m.id}` : `/bodies/${b.id}`;
}

/**
 * The front page's glance at the calendar: the milestone under way or next, and the bodies
 * short of their rhythm (for those who keep the calendar, the whole region; for others, their own bodies).
 */
export function calendarGlance(db: Queryable, actor: Actor, now = new Date()) {
	const year = helsinkiYear(now);
	const calendar = yearRhythm(db, actor, actor.regionId, year);
	const today = isoDate(now);
	const mine = new Set(actor.memberships.map((m) => m.bodyId));
	const wholeRegion = can(actor, 'calendar.manage', { regionId: actor.regionId });
	const names = new Map(calendar.bodies.map((b) => [b.id, b.name]));
	return {
		year,
		milestone: currentMilestone(calendar.milestones, today),
		warnings: calendar.cadence
			.filter((c) => c.status === 'warning' && (wholeRegion || mine.has(c.bodyId)))
			.map((c) => ({ ...c, bodyName: names.get(c.bodyId) ?? '' }))
	};
}
