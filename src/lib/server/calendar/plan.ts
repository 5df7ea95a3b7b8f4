/** "Plan the year" for one body: a proposal from its cadence and the milestones, saved as the user edited it. */
import { and, eq, gte, lt, ne } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Actor } from '../../domain/policy';
import { isoDate, ZONE } from '../../domain/time';
import { proposeYear, wantedCount, type ProposedMeeting } from '../../domain/year-plan';
import { assertCan } from '../access';
import { bodyTarget } from '../bodies/queries';
import type { Queryable } from '../db/client';
import { body, meeting, type Body, type Meeting } from '../db/schema';
import { invalid, notFound } from '../errors';
import { scheduleMeeting, type MeetingInput } from '../meetings/service';
import { listMilestones } from './milestones';

export interface YearPlanDraft {
	body: Body;
	year: number;
	wanted: number;
	/** The body's meetings this year that are not cancelled. */
	existing: Meeting[];
	proposals: ProposedMeeting[];
}

function bodyFor(db: Queryable, actor: Actor, bodyId: number): Body {
	const row = db.select().from(body).where(eq(body.id, bodyId)).get();
	if (!row) throw notFound();
	assertCan(actor, 'meeting.manage', bodyTarget(row));
	return row;
}

function meetingsOfYear(db: Queryable, year: number, bodyFilter: ReturnType<typeof eq>): Meeting[] {
	const from = DateTime.fromObject({ year }, { zone: ZONE }).toJSDate();
	const to = DateTime.fromObject({ year: year + 1 }, { zone: ZONE }).toJSDate();
	return db
		.select({ meeting })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(and(bodyFilter, ne(meeting.status, 'cancelled'), gte(meeting.startsAt, from), lt(meeting.startsAt, to)))
		.orderBy(meeting.startsAt)
		.all()
		.map((r) => r.meeting);
}

export function draftYearPlan(db: Queryable, actor: Actor, bodyId: number, year: number, now = new Date()): YearPlanDraft {
	const target = bodyFor(db, actor, bodyId);
	const existing = meetingsOfYear(db, year, eq(meeting.bodyId, bodyId));
	const strategic = meetingsOfYear(db, year, and(eq(body.regionId, target.regionId), eq(body.level, 'strategic'))!);
	const cadence = { min: target.cadenceMin, max: target.cadenceMax };
	const proposals = proposeYear({
		year,
		level: target.level,
		target: cadence,
		today: isoDate(now),
		existing: existing.map((m) => isoDate(m.startsAt)),
		strategic: strategic.map((m) => isoDate(m.startsAt)),
		milestones: listMilestones(db, actor, target.regionId, year)
	});
	return { body: target, year, wanted: wantedCount(cadence), existing, proposals };
}

/** Schedules the meetings the user kept in the draft, all or none. */
export function saveYearPlan(db: Queryable, actor: Actor, bodyId: number, rows: readonly MeetingInput[], now = new Date()): Meeting[] {
	bodyFor(db, actor, bodyId);
	if (rows.length === 0) throw invalid('calendar.plan.nothingChosen');
	rows.forEach((row, index) => {
		if (row.startsAt <= now) throw invalid('calendar.plan.inPast', { [`date-${index}`]: 'calendar.plan.inPast' });
	});
	return db.transaction((tx) => rows.map((row) => scheduleMeeting(tx, actor, bodyId, row)));
}
