/** Use cases of a region's milestones: the default year, editing, copying a year to the next. */
import { and, asc, eq } from 'drizzle-orm';
import {
	defaultMilestones,
	milestoneDatesValid,
	sameDateNextYear,
	type MilestoneKind
} from '../../domain/calendar';
import type { Level } from '../../domain/levels';
import type { Actor } from '../../domain/policy';
import { assertCan } from '../access';
import type { Queryable } from '../db/client';
import { meeting, milestone, body, type Milestone } from '../db/schema';
import { conflict, invalid, notFound } from '../errors';

export interface MilestoneInput {
	kind: MilestoneKind;
	title: string;
	description: string;
	startsOn: string;
	endsOn: string | null;
	level: Level | null;
	meetingId: number | null;
}

export function listMilestones(
	db: Queryable,
	actor: Actor | null,
	regionId: number,
	year: number
): Milestone[] {
	assertCan(actor, 'calendar.read', { regionId });
	return db
		.select()
		.from(milestone)
		.where(and(eq(milestone.regionId, regionId), eq(milestone.year, year)))
		.orderBy(asc(milestone.startsOn), asc(milestone.id))
		.all();
}

export function getMilestone(db: Queryable, actor: Actor | null, id: number): Milestone {
	const row = db.select().from(milestone).where(eq(milestone.id, id)).get();
	if (!row) throw notFound();
	assertCan(actor, 'calendar.read', { regionId: row.regionId });
	return row;
}

/** May the actor keep the region's calendar (its milestones)? The region's coordinators may. */
export function authorizeCalendar(actor: Actor, regionId: number): void {
	assertCan(actor, 'calendar.manage', { regionId });
}

/** The milestone, if the actor may keep its region's calendar. */
export function milestoneToManage(db: Queryable, actor: Actor, id: number): Milestone {
	const current = getMilestone(db, actor, id);
	authorizeCalendar(actor, current.regionId);
	return current;
}

/** Inserts the default year without checks: for a region being created, and for `startYearFromDefaults`. */
export function insertDefaultYear(db: Queryable, regionId: number, year: number): void {
	const rows = defaultMilestones(year).map((m) => ({ ...m, regionId, year }));
	if (rows.length > 0) db.insert(milestone).values(rows).run();
}

export function hasMilestones(db: Queryable, regionId: number, year: number): boolean {
	return (
		db
			.select({ id: milestone.id })
			.from(milestone)
			.where(and(eq(milestone.regionId, regionId), eq(milestone.year, year)))
			.limit(1)
			.get() !== undefined
	);
}

/** A year with no milestones yet starts from the default template. */
export function startYearFromDefaults(
	db: Queryable,
	actor: Actor,
	regionId: number,
	year: number
): void {
	authorizeCalendar(actor, regionId);
	db.transaction((tx) => {
		if (hasMilestones(tx, regionId, year)) throw conflict('calendar.yearNotEmpty');
		insertDefaultYear(tx, regionId, year);
	});
}

/** Copies every milestone of a year to the same dates next year; the next year must still be empty. */
export function copyYearToNext(
	db: Queryable,
	actor: Actor,
	regionId: number,
	year: number
): number {
	authorizeCalendar(actor, regionId);
	return db.transaction((tx) => {
		if (hasMilestones(tx, regionId, year + 1)) throw conflict('calendar.yearNotEmpty');
		const source = listMilestones(tx, actor, regionId, year);
		if (source.length === 0) throw conflict('calendar.nothingToCopy');
		tx.insert(milestone)
			.values(
				source.map((m) => ({
					regionId,
					year: year + 1,
					kind: m.kind,
					title: m.title,
					description: m.description,
					startsOn: sameDateNextYear(m.startsOn),
					endsOn: m.endsOn && sameDateNextYear(m.endsOn),
					level: m.level
				}))
			)
			.run();
		return source.length;
	});
}

function assertValid(db: Queryable, regionId: number, year: number, input: MilestoneInput): void {
	const issues: Record<string, string> = {};
	if (input.kind === 'custom' && input.title.trim() === '')
		issues.title = 'calendar.milestone.titleRequired';
	if (!milestoneDatesValid(year, input.startsOn, input.endsOn))
		issues.endsOn = 'calendar.milestone.datesInvalid';
	if (input.meetingId !== null) {
		const linked = db
			.select({ regionId: body.regionId })
			.from(meeting)
			.innerJoin(body, eq(meeting.bodyId, body.id))
			.where(eq(meeting.id, input.meetingId))
			.get();
		if (linked?.regionId !== regionId) issues.meetingId = 'calendar.milestone.meetingUnknown';
	}
	if (Object.keys(issues).length > 0) throw invalid('calendar.checkFields', issues);
}

export function createMilestone(
	db: Queryable,
	actor: Actor,
	regionId: number,
	year: number,
	input: MilestoneInput
): Milestone {
	authorizeCalendar(actor, regionId);
	assertValid(db, regionId, year, input);
	return db
		.insert(milestone)
		.values({ ...input, regionId, year })
		.returning()
		.get();
}

export function updateMilestone(
	db: Queryable,
	actor: Actor,
	id: number,
	input: MilestoneInput
): void {
	const current = milestoneToManage(db, actor, id);
	assertValid(db, current.regionId, current.year, input);
	db.update(milestone)
		.set({ ...input, revision: current.revision + 1 })
		.where(eq(milestone.id, id))
		.run();
}

/** Removes the milestone and returns it (the page goes back to its year). */
export function deleteMilestone(db: Queryable, actor: Actor, id: number): Milestone {
	const current = milestoneToManage(db, actor, id);
	db.delete(milestone).where(eq(milestone.id, id)).run();
	return current;
}
