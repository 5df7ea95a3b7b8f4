/** "Plan the year" for one body: a proposal from its cadence and the milestones, saved as the user edited it. */
import { and, eq, ne } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import { isoDate } from '../../domain/time';
import { proposeYear, wantedCount, type ProposedMeeting } from '../../domain/year-plan';
import { assertCan } from '../access';
import { bodyTarget } from '../bodies/target';
import type { Queryable } from '../db/client';
import { body, meeting, type Body, type Meeting } from '../db/schema';
import { invalid, notFound } from '../errors';
import { scheduleMeeting, type MeetingInput } from '../meetings/service';
import { listMilestones } from './milestones';
import { meetingsInYears } from './year';

export interface YearPlanDraft {
	body: Body;
	year: number;
	wanted: number;
	/** The body's meetings this year that are not cancelled. */
	existing: Meeting[];
	proposals: ProposedMeeting[];
}

/** May the actor plan the body's year? Those who manage its meetings may. */
export function authorizeYearPlan(db: Queryable, actor: Actor, bodyId: number): Body {
	const row = db.select().from(body).where(eq(body.id, bodyId)).get();
	if (!row) throw notFound();
	assertCan(actor, 'meeting.manage', bodyTarget(row));
	return row;
}

export function draftYearPlan(
	db: Queryable,
	actor: Actor,
	bodyId: number,
	year: number,
	now = new Date()
): YearPlanDraft {
	const target = authorizeYearPlan(db, actor, bodyId);
	const notCancelled = ne(meeting.status, 'cancelled');
	const existing = meetingsInYears(db, and(eq(meeting.bodyId, bodyId), notCancelled), year).map(
		(r) => r.meeting
	);
	const strategic = meetingsInYears(
		db,
		and(eq(body.regionId, target.regionId), eq(body.level, 'strategic'), notCancelled),
		year
	).map((r) => r.meeting);
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
export function saveYearPlan(
	db: Queryable,
	actor: Actor,
	bodyId: number,
	rows: readonly MeetingInput[],
	now = new Date()
): Meeting[] {
	authorizeYearPlan(db, actor, bodyId);
	if (rows.length === 0) throw invalid('calendar.plan.nothingChosen');
	rows.forEach((row, index) => {
		if (row.startsAt <= now)
			throw invalid('calendar.plan.inPast', { [`date-${index}`]: 'calendar.plan.inPast' });
	});
	return db.transaction((tx) => rows.map((row) => scheduleMeeting(tx, actor, bodyId, row)));
}
