/** One year of a region's calendar as a reader sees it: milestones, meetings, and each body's rhythm. */
import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { bodyCadence, statutoryStatus, type BodyCadence, type CadenceMeeting, type StatutoryStatus } from '../../domain/cadence';
import { councilTerm } from '../../domain/calendar';
import { can, type Actor } from '../../domain/policy';
import { ZONE } from '../../domain/time';
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
