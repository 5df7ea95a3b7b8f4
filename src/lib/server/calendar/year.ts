/** One year of a region's calendar as a reader sees it: milestones, meetings, and each body's rhythm. */
import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { bodyCadence, statutoryStatus, type BodyCadence, type CadenceMeeting, type StatutoryStatus } from '../../domain/cadence';
import { councilTerm } from '../../domain/calendar';
import { can, type Actor } from '../../domain/policy';
import { isoDate, ZONE } from '../../domain/time';
import type { CalendarEntry } from '../../calendar/entries';
import { numberOf } from '../meetings/queries';
import { bodyTarget, listVisibleBodies } from '../bodies/queries';
import type { Queryable } from '../db/client';
import { body, meeting, milestone, type Body, type Meeting, type Milestone } from '../db/schema';
import { listMilestones } from './milestones';

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
	bodies: Body[];
	cadence: BodyCadence[];
	statutory: StatutoryStatus[];
}

function yearRange(first: number, last = first): { from: Date; to: Date } {
	return {
		from: DateTime.fromObject({ year: first }, { zone: ZONE }).toJSDate(),
		to: DateTime.fromObject({ year: last + 1 }, { zone: ZONE }).toJSDate()
	};
}

function meetingsBetween(db: Queryable, bodyIds: number[], from: Date, to: Date): { meeting: Meeting; body: Body }[] {
	if (bodyIds.length === 0) return [];
	return db
		.select({ meeting, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(and(inArray(meeting.bodyId, bodyIds), gte(meeting.startsAt, from), lt(meeting.startsAt, to)))
		.orderBy(meeting.startsAt)
		.all();
}

const cadenceMeeting = (r: { meeting: Meeting; body: Body }): CadenceMeeting => ({
	id: r.meeting.id,
	bodyId: r.body.id,
	level: r.body.level,
	startsAt: r.meeting.startsAt,
	status: r.meeting.status
});

/**
 * Meetings are listed when the actor may read them, or when their body is
 * public (a public body's meeting times are public). Cadence counts every
 * meeting of the region, seen or not, so the rhythm is the same for everyone.
 */
export function calendarYear(db: Queryable, actor: Actor, regionId: number, year: number): CalendarYear {
	const milestones = listMilestones(db, actor, regionId, year);
	const bodies = listVisibleBodies(db, actor).filter((b) => b.regionId === regionId);
	const { from, to } = yearRange(year);
	const all = meetingsBetween(db, bodies.map((b) => b.id), from, to);
	const meetings = all
		.map((r) => ({ ...r, canOpen: can(actor, 'meeting.read', bodyTarget(r.body)) }))
		.filter((r) => r.canOpen || r.body.public);

	const yearMeetings = all.map(cadenceMeeting);
	const term = councilTerm(year);
	const termRange = yearRange(term.first, term.last);
	const termMilestones = db
		.select()
		.from(milestone)
		.where(and(eq(milestone.regionId, regionId), gte(milestone.year, term.first), lt(milestone.year, term.last + 1)))
		.all();
	const termMeetings = meetingsBetween(db, bodies.map((b) => b.id), termRange.from, termRange.to).map(cadenceMeeting);
	return {
		year,
		milestones,
		meetings,
		bodies,
		cadence: bodies.map((b) => bodyCadence(b, yearMeetings, milestones)),
		statutory: statutoryStatus(year, yearMeetings, termMilestones, termMeetings)
	};
}

/** The year as the calendar views draw it. */
export function calendarEntries(year: Pick<CalendarYear, 'milestones' | 'meetings'>): CalendarEntry[] {
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
		// A meeting the reader may not open leads to its public agenda, or to its body.
		href: canOpen ? `/meetings/${m.id}` : m.invitedAt ? `/archive/meetings/${m.id}` : `/bodies/${b.id}`
	}));
	return [...milestones, ...meetings];
}

/**
 * The front page's glance at the calendar: the next milestone, and the bodies
 * short of their rhythm (a coordinator's whole region, others their own bodies).
 */
export function calendarGlance(db: Queryable, actor: Actor, now = new Date()) {
	const year = DateTime.fromJSDate(now).setZone(ZONE).year;
	const calendar = calendarYear(db, actor, actor.regionId, year);
	const today = isoDate(now);
	const mine = new Set(actor.memberships.map((m) => m.bodyId));
	const names = new Map(calendar.bodies.map((b) => [b.id, b.name]));
	return {
		year,
		nextMilestone: calendar.milestones.find((m) => (m.endsOn ?? m.startsOn) >= today) ?? null,
		warnings: calendar.cadence
			.filter((c) => c.status === 'warning' && (actor.siteRole !== 'member' || mine.has(c.bodyId)))
			.map((c) => ({ ...c, bodyName: names.get(c.bodyId) ?? '' }))
	};
}
