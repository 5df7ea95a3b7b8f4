/** Lists of goals and measures as their readers see them: per year, body and organisation. */
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { meetingNumber } from '../../domain/meetings';
import {
	belongsToBudgetList,
	compareFollowUp,
	isOverdue,
	openCommitments,
	type MeasureKind,
	type MeasureStatus
} from '../../domain/measures';
import { can, type Actor } from '../../domain/policy';
import { isoDate } from '../../domain/time';
import { assertCan } from '../access';
import type { Queryable } from '../db/client';
import {
	body,
	measure,
	measureOwner,
	measureUpdate,
	meeting,
	organisation,
	user
} from '../db/schema';
import { notFound } from '../errors';
import { measureTarget, ownerIdsOf } from './rows';

export interface LastUpdate {
	status: MeasureStatus;
	comment: string;
	userName: string;
	createdAt: Date;
}

export interface MeasureListRow {
	id: number;
	kind: MeasureKind;
	title: string;
	status: MeasureStatus;
	overdue: boolean;
	budgetYear: number;
	dueDate: string | null;
	amountEuros: number | null;
	needsNextYearBudget: boolean;
	regionId: number;
	bodyId: number;
	bodyName: string;
	sourceMeetingId: number;
	meetingNumber: string;
	sourceItemKey: string | null;
	owners: { id: number; name: string }[];
	responsible: string;
	lastUpdate: LastUpdate | null;
}

export interface MeasureFilter {
	id?: number;
	regionId?: number;
	budgetYear?: number;
	status?: MeasureStatus;
	bodyId?: number;
	organisationId?: number;
	sourceMeetingId?: number;
}

function lastUpdates(db: Queryable, measureIds: number[]): Map<number, LastUpdate> {
	const latest = new Map<number, LastUpdate>();
	if (measureIds.length === 0) return latest;
	const rows = db
		.select({
			measureId: measureUpdate.measureId,
			status: measureUpdate.status,
			comment: measureUpdate.comment,
			userName: user.name,
			createdAt: measureUpdate.createdAt
		})
		.from(measureUpdate)
		.innerJoin(user, eq(measureUpdate.userId, user.id))
		.where(inArray(measureUpdate.measureId, measureIds))
		.orderBy(desc(measureUpdate.createdAt), desc(measureUpdate.id))
		.all();
	for (const { measureId, ...update } of rows)
		if (!latest.has(measureId)) latest.set(measureId, update);
	return latest;
}

/**
 * Goals and measures the actor may read, newest budget year first, then by
 * due date. `today` (YYYY-MM-DD, Helsinki) decides what is overdue.
 */
export function listMeasures(
	db: Queryable,
	actor: Actor,
	filter: MeasureFilter,
	today = isoDate(new Date())
): MeasureListRow[] {
	const conditions: SQL[] = [];
	if (filter.id !== undefined) conditions.push(eq(measure.id, filter.id));
	if (filter.regionId !== undefined) conditions.push(eq(measure.regionId, filter.regionId));
	if (filter.budgetYear !== undefined) conditions.push(eq(measure.budgetYear, filter.budgetYear));
	if (filter.status !== undefined) conditions.push(eq(measure.status, filter.status));
	if (filter.bodyId !== undefined) conditions.push(eq(measure.bodyId, filter.bodyId));
	if (filter.sourceMeetingId !== undefined)
		conditions.push(eq(measure.sourceMeetingId, filter.sourceMeetingId));
	if (filter.organisationId !== undefined) {
		const owned = db
			.select({ id: measureOwner.measureId })
			.from(measureOwner)
			.where(eq(measureOwner.organisationId, filter.organisationId));
		conditions.push(inArray(measure.id, owned));
	}
	const rows = db
		.select({
			measure,
			bodyName: body.name,
			sequence: meeting.sequence,
			year: meeting.year,
			responsibleUser: user.name
		})
		.from(measure)
		.innerJoin(body, eq(measure.bodyId, body.id))
		.innerJoin(meeting, eq(measure.sourceMeetingId, meeting.id))
		.leftJoin(user, eq(measure.responsibleUserId, user.id))
		.where(and(...conditions))
		.orderBy(desc(measure.budgetYear), asc(measure.title))
		.all();
	const ids = rows.map((r) => r.measure.id);
	const owners = ownerIdsOf(db, ids);
	const visible = rows.filter((r) =>
		can(actor, 'measure.read', measureTarget(r.measure, owners.get(r.measure.id) ?? []))
	);
	const names = organisationNames(db, [
		...new Set(visible.flatMap((r) => owners.get(r.measure.id) ?? []))
	]);
	const updates = lastUpdates(
		db,
		visible.map((r) => r.measure.id)
	);
	const listed: MeasureListRow[] = visible.map(
		({ measure: m, bodyName, sequence, year, responsibleUser }) => ({
			id: m.id,
			kind: m.kind,
			title: m.title,
			status: m.status,
			overdue: isOverdue(m, today),
			budgetYear: m.budgetYear,
			dueDate: m.dueDate,
			amountEuros: m.amountEuros,
			needsNextYearBudget: m.needsNextYearBudget,
			regionId: m.regionId,
			bodyId: m.bodyId,
			bodyName,
			sourceMeetingId: m.sourceMeetingId,
			meetingNumber: meetingNumber(sequence, year),
			sourceItemKey: m.sourceItemKey,
			owners: (owners.get(m.id) ?? [])
				.map((id) => ({ id, name: names.get(id) ?? '' }))
				.sort((a, b) => a.name.localeCompare(b.name, 'fi')),
			responsible: responsibleOf(responsibleUser, m.responsibleName),
			lastUpdate: updates.get(m.id) ?? null
		})
	);
	// A stable sort: equal rows keep the title order from the query.
	return listed.sort((a, b) => b.budgetYear - a.budgetYear || compareFollowUp(a, b));
}

/** The person as recorded: the account's name, with the free-text note when both are given. */
function responsibleOf(userName: string | null, freeText: string): string {
	if (userName && freeText) return `${userName} (${freeText})`;
	return userName ?? freeText;
}

function organisationNames(db: Queryable, ids: number[]): Map<number, string> {
	if (ids.length === 0) return new Map();
	return new Map(
		db
			.select({ id: organisation.id, name: organisation.name })
			.from(organisation)
			.where(inArray(organisation.id, ids))
			.all()
			.map((o) => [o.id, o.name])
	);
}

/**
 * The September planning milestone: measures of `budgetYear` that need money
 * in that year's budget (domain rule `belongsToBudgetList`).
 */
export function listBudgetMeasures(
	db: Queryable,
	actor: Actor,
	regionId: number,
	budgetYear: number
): MeasureListRow[] {
	assertCan(actor, 'structure.read', { regionId });
	return listMeasures(db, actor, { regionId, budgetYear: budgetYear - 1 }).filter((m) =>
		belongsToBudgetList(m, budgetYear)
	);
}

/** An organisation's commitments across all bodies and years ("what has Liperi agreed to, and where is it?"). */
export function getOrganisationCommitments(
	db: Queryable,
	actor: Actor,
	organisationId: number,
	today = isoDate(new Date())
) {
	const org = db.select().from(organisation).where(eq(organisation.id, organisationId)).get();
	if (!org) throw notFound();
	assertCan(actor, 'structure.read', { regionId: org.regionId });
	return {
		organisation: org,
		measures: listMeasures(db, actor, { regionId: org.regionId, organisationId }, today)
	};
}

/**
 * What the measures page opens on for the people of an owner organisation:
 * their organisation's open goals and measures of every budget year, overdue
 * first (`openCommitments`).
 */
export function getOwnCommitments(db: Queryable, actor: Actor, today = isoDate(new Date())) {
	const { organisation: own, measures } = getOrganisationCommitments(
		db,
		actor,
		actor.organisationId,
		today
	);
	return { organisation: { id: own.id, name: own.name }, measures: openCommitments(measures) };
}
