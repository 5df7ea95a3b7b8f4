/** Reading goals and measures: lists per year, body and organisation, one measure with its history. */
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { readItems, plainText, textOf } from '../../documents/doc-schema';
import { docName } from '../../domain/doc-name';
import { agendaEditable, meetingNumber, type MeetingStatus } from '../../domain/meetings';
import {
	belongsToBudgetList,
	compareFollowUp,
	evaluatedYear,
	isOverdue,
	offersEvaluation,
	openCommitments,
	recordsFromMinutes,
	type MeasureKind,
	type MeasureStatus
} from '../../domain/measures';
import { can, type Actor, type MeasureTarget } from '../../domain/policy';
import { richTextToPlain } from '../../domain/rich-text';
import { isoDate } from '../../domain/time';
import { assertCan } from '../access';
import { bodyTarget } from '../bodies/target';
import { loadDoc } from '../collab/store';
import type { Queryable } from '../db/client';
import {
	agendaItem,
	body,
	indicator,
	measure,
	measureIndicator,
	measureOwner,
	measureUpdate,
	meeting,
	organisation,
	user,
	type Body,
	type Measure
} from '../db/schema';
import { notFound } from '../errors';
import { effectiveRecord } from '../records/stored';

export function ownerIdsOf(db: Queryable, measureIds: readonly number[]): Map<number, number[]> {
	const byMeasure = new Map<number, number[]>(measureIds.map((id) => [id, []]));
	if (measureIds.length === 0) return byMeasure;
	const rows = db
		.select()
		.from(measureOwner)
		.where(inArray(measureOwner.measureId, [...measureIds]))
		.all();
	for (const row of rows) byMeasure.get(row.measureId)?.push(row.organisationId);
	return byMeasure;
}

export function measureTarget(
	row: Pick<Measure, 'regionId' | 'bodyId'>,
	ownerOrganisationIds: readonly number[]
): MeasureTarget {
	return { regionId: row.regionId, bodyId: row.bodyId, ownerOrganisationIds };
}

/** The measure and its target, if it exists; the caller checks the action. */
export function loadMeasure(
	db: Queryable,
	measureId: number
): { row: Measure; target: MeasureTarget } {
	const row = db.select().from(measure).where(eq(measure.id, measureId)).get();
	if (!row) throw notFound();
	return { row, target: measureTarget(row, ownerIdsOf(db, [row.id]).get(row.id) ?? []) };
}

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

export interface DecidedItem {
	key: string;
	number: number;
	title: string;
	decision: string;
}

/**
 * The items of a meeting's minutes that have a decision written: what goals
 * and measures come from. Approved minutes are their frozen record (with its
 * corrections); minutes in review are still only the live document.
 */
export function decidedItems(db: Queryable, meetingId: number): DecidedItem[] {
	const record = effectiveRecord(db, meetingId);
	const items = record
		? record.items.map((item) => ({
				key: item.key,
				number: item.number,
				title: item.title,
				decision: richTextToPlain(item.decision)
			}))
		: liveDecisions(db, meetingId);
	return items.filter((item) => item.decision !== '');
}

function liveDecisions(db: Queryable, meetingId: number): DecidedItem[] {
	const loaded = loadDoc(db, docName('minutes', meetingId));
	if (!loaded) return [];
	return readItems(loaded.doc).map((item, index) => ({
		key: item.id,
		number: index + 1,
		title: item.title,
		decision: plainText(textOf(loaded.doc, 'decision', item.id))
	}));
}

/** One goal or measure with everything its page shows. */
export function getMeasure(
	db: Queryable,
	actor: Actor,
	measureId: number,
	today = isoDate(new Date())
) {
	const { row, target } = loadMeasure(db, measureId);
	assertCan(actor, 'measure.read', target);
	const [listed] = listMeasures(db, actor, { id: row.id }, today);
	const source = db
		.select({ meeting, bodyName: body.name })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.id, row.sourceMeetingId))
		.get()!;
	const item = row.sourceItemKey
		? db
				.select()
				.from(agendaItem)
				.where(
					and(eq(agendaItem.meetingId, row.sourceMeetingId), eq(agendaItem.key, row.sourceItemKey))
				)
				.get()
		: undefined;
	const history = db
		.select({
			id: measureUpdate.id,
			status: measureUpdate.status,
			comment: measureUpdate.comment,
			userName: user.name,
			createdAt: measureUpdate.createdAt
		})
		.from(measureUpdate)
		.innerJoin(user, eq(measureUpdate.userId, user.id))
		.where(eq(measureUpdate.measureId, row.id))
		.orderBy(desc(measureUpdate.createdAt), desc(measureUpdate.id))
		.all();
	const creator = db.select({ name: user.name }).from(user).where(eq(user.id, row.createdBy)).get();
	const parent = row.parentId
		? db
				.select({ id: measure.id, title: measure.title })
				.from(measure)
				.where(eq(measure.id, row.parentId))
				.get()
		: undefined;
	const children = db
		.select({ id: measure.id, title: measure.title, status: measure.status })
		.from(measure)
		.where(eq(measure.parentId, row.id))
		.orderBy(asc(measure.title))
		.all();
	const indicators = db
		.select({ id: indicator.id, name: indicator.name, unit: indicator.unit })
		.from(measureIndicator)
		.innerJoin(indicator, eq(measureIndicator.indicatorId, indicator.id))
		.where(eq(measureIndicator.measureId, row.id))
		.orderBy(asc(indicator.name))
		.all();
	return {
		measure: {
			...listed,
			description: row.description,
			parentId: row.parentId,
			responsibleUserId: row.responsibleUserId,
			responsibleName: row.responsibleName
		},
		source: {
			meetingId: source.meeting.id,
			meetingTitle: source.meeting.title,
			meetingNumber: meetingNumber(source.meeting.sequence, source.meeting.year),
			startsAt: source.meeting.startsAt,
			bodyName: source.bodyName,
			itemKey: row.sourceItemKey,
			itemNumber: item ? item.position + 1 : null,
			itemTitle: item?.title ?? null
		},
		created: { by: creator?.name ?? '', at: row.createdAt },
		parent: parent ?? null,
		children,
		indicatorIds: indicators.map((i) => i.id),
		indicators,
		history,
		target
	};
}

/** What the recording form offers: the region's organisations, people, goals and indicators. */
export function recordingOptions(db: Queryable, actor: Actor, target: MeasureTarget) {
	assertCan(actor, 'measure.record', target);
	const { regionId } = target;
	const organisations = db
		.select({ id: organisation.id, name: organisation.name, kind: organisation.kind })
		.from(organisation)
		.where(eq(organisation.regionId, regionId))
		.orderBy(asc(organisation.name))
		.all();
	const people = db
		.select({ id: user.id, name: user.name, organisationName: organisation.name })
		.from(user)
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.where(and(eq(organisation.regionId, regionId), eq(user.active, true)))
		.orderBy(asc(user.name))
		.all();
	const goals = db
		.select({ id: measure.id, title: measure.title, budgetYear: measure.budgetYear })
		.from(measure)
		.where(and(eq(measure.regionId, regionId), eq(measure.kind, 'goal')))
		.orderBy(desc(measure.budgetYear), asc(measure.title))
		.all();
	const indicators = db
		.select({ id: indicator.id, name: indicator.name, unit: indicator.unit })
		.from(indicator)
		.where(eq(indicator.regionId, regionId))
		.orderBy(asc(indicator.name))
		.all();
	return { organisations, people, goals, indicators };
}

/** The filters of the measures list: the region's budget years (and the ones shown), bodies and organisations. */
export function listFilterOptions(
	db: Queryable,
	actor: Actor,
	regionId: number,
	shownYears: readonly number[]
) {
	assertCan(actor, 'structure.read', { regionId });
	const years = db
		.selectDistinct({ year: measure.budgetYear })
		.from(measure)
		.where(eq(measure.regionId, regionId))
		.all()
		.map((r) => r.year);
	return {
		years: [...new Set([...years, ...shownYears])].sort((a, b) => b - a),
		bodies: db
			.select({ id: body.id, name: body.name })
			.from(body)
			.where(eq(body.regionId, regionId))
			.orderBy(asc(body.name))
			.all(),
		organisations: db
			.select({ id: organisation.id, name: organisation.name })
			.from(organisation)
			.where(eq(organisation.regionId, regionId))
			.orderBy(asc(organisation.name))
			.all()
	};
}

/** What the meeting page shows: decided items to record from, the measures already recorded, the evaluation action. */
export function meetingMeasures(
	db: Queryable,
	actor: Actor,
	m: { id: number; status: MeetingStatus; year: number },
	b: Body
) {
	const target = measureTarget({ regionId: b.regionId, bodyId: b.id }, []);
	const settled = recordsFromMinutes(m.status);
	return {
		canRecord: settled && can(actor, 'measure.record', target),
		items: settled
			? decidedItems(db, m.id).map(({ key, number, title }) => ({ key, number, title }))
			: [],
		recorded:
			settled && can(actor, 'measure.read', target)
				? listMeasures(db, actor, { regionId: b.regionId, sourceMeetingId: m.id })
				: [],
		evaluation:
			agendaEditable(m.status) &&
			offersEvaluation(b.level) &&
			can(actor, 'agenda.edit', bodyTarget(b))
				? { year: evaluatedYear(m.year) }
				: null
	};
}
