/** Use cases of goals and measures: recording them from a decision, correcting them, following them up. */
import { and, eq, inArray } from 'drizzle-orm';
import {
	canMoveMeasure,
	followUpAction,
	recordsFromMinutes,
	type MeasureKind,
	type MeasureStatus
} from '../../domain/measures';
import type { Actor } from '../../domain/policy';
import { assertCan } from '../access';
import type { Db, Queryable } from '../db/client';
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
	type Measure
} from '../db/schema';
import { conflict, invalid, notFound } from '../errors';
import { notify } from '../notifications/service';
import { loadMeasure, measureTarget } from './rows';

export interface MeasureInput {
	kind: MeasureKind;
	/** The goal a measure serves. */
	parentId: number | null;
	title: string;
	description: string;
	ownerOrganisationIds: number[];
	responsibleUserId: number | null;
	responsibleName: string;
	budgetYear: number;
	amountEuros: number | null;
	needsNextYearBudget: boolean;
	/** YYYY-MM-DD */
	dueDate: string | null;
	indicatorIds: number[];
}

export interface MeasureSource {
	meetingId: number;
	/** The decided item; null for a decision of the meeting as a whole. */
	itemKey: string | null;
}

function idsIn(
	db: Queryable,
	table: typeof organisation | typeof indicator,
	ids: number[],
	regionId: number
): boolean {
	if (ids.length === 0) return true;
	const found = db
		.select({ id: table.id })
		.from(table)
		.where(and(inArray(table.id, ids), eq(table.regionId, regionId)))
		.all();
	return found.length === new Set(ids).size;
}

/** References must stay inside the measure's region; each refusal names its field. */
function assertReferences(
	db: Queryable,
	regionId: number,
	input: MeasureInput,
	selfId?: number
): void {
	const issues: Record<string, string> = {};
	if (input.ownerOrganisationIds.length === 0)
		issues.ownerOrganisationIds = 'measures.ownersRequired';
	else if (!idsIn(db, organisation, input.ownerOrganisationIds, regionId))
		issues.ownerOrganisationIds = 'validation.choose';
	if (!idsIn(db, indicator, input.indicatorIds, regionId))
		issues.indicatorIds = 'validation.choose';
	if (input.responsibleUserId !== null) {
		const person = db
			.select({ regionId: organisation.regionId })
			.from(user)
			.innerJoin(organisation, eq(user.organisationId, organisation.id))
			.where(eq(user.id, input.responsibleUserId))
			.get();
		if (person?.regionId !== regionId) issues.responsibleUserId = 'validation.choose';
	}
	if (input.parentId !== null) {
		const parent = db.select().from(measure).where(eq(measure.id, input.parentId)).get();
		// Goals stand on their own; measures may serve one goal of the same region.
		if (
			input.kind === 'goal' ||
			!parent ||
			parent.kind !== 'goal' ||
			parent.regionId !== regionId ||
			parent.id === selfId
		) {
			issues.parentId = 'measures.parentInvalid';
		}
	}
	if (Object.keys(issues).length > 0) throw invalid('measures.fixErrors', issues);
}

function writeLinks(db: Queryable, measureId: number, input: MeasureInput): void {
	db.delete(measureOwner).where(eq(measureOwner.measureId, measureId)).run();
	db.delete(measureIndicator).where(eq(measureIndicator.measureId, measureId)).run();
	db.insert(measureOwner)
		.values(
			[...new Set(input.ownerOrganisationIds)].map((organisationId) => ({
				measureId,
				organisationId
			}))
		)
		.run();
	const indicatorIds = [...new Set(input.indicatorIds)];
	if (indicatorIds.length > 0)
		db.insert(measureIndicator)
			.values(indicatorIds.map((indicatorId) => ({ measureId, indicatorId })))
			.run();
}

function columnsOf(input: MeasureInput) {
	const { ownerOrganisationIds: _owners, indicatorIds: _indicators, ...columns } = input;
	return columns;
}

/**
 * May the actor record goals and measures from the meeting's decisions? The region's coordinators
 * and the officers of its body may (whoever the owners will be).
 */
export function authorizeRecording(db: Queryable, actor: Actor, meetingId: number) {
	const row = db
		.select({ meeting, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.id, meetingId))
		.get();
	if (!row) throw notFound();
	const target = measureTarget({ regionId: row.body.regionId, bodyId: row.body.id }, []);
	assertCan(actor, 'measure.record', target);
	return { ...row, target };
}

/**
 * Records a goal or measure agreed in a meeting, from settled minutes (in
 * review, approved or published), linked back to the decided item.
 */
export function recordMeasure(
	db: Db,
	actor: Actor,
	source: MeasureSource,
	input: MeasureInput,
	now = new Date()
): Measure {
	const row = authorizeRecording(db, actor, source.meetingId);
	const regionId = row.body.regionId;
	if (!recordsFromMinutes(row.meeting.status)) throw conflict('measures.minutesNotSettled');
	if (source.itemKey !== null) {
		const item = db
			.select({ id: agendaItem.id })
			.from(agendaItem)
			.where(and(eq(agendaItem.meetingId, source.meetingId), eq(agendaItem.key, source.itemKey)))
			.get();
		if (!item) throw notFound();
	}
	assertReferences(db, regionId, input);
	return db.transaction((tx) => {
		const created = tx
			.insert(measure)
			.values({
				...columnsOf(input),
				regionId,
				bodyId: row.body.id,
				sourceMeetingId: source.meetingId,
				sourceItemKey: source.itemKey,
				status: 'not_started',
				createdBy: actor.userId,
				createdAt: now,
				updatedAt: now
			})
			.returning()
			.get();
		writeLinks(tx, created.id, input);
		return created;
	});
}

/** May the actor correct what was recorded? Those who may record in its body may. */
export function authorizeMeasureCorrection(db: Queryable, actor: Actor, measureId: number) {
	const loaded = loadMeasure(db, measureId);
	assertCan(actor, 'measure.record', loaded.target);
	return loaded;
}

/** Corrects what was recorded (title, owners, money, dates…); the status goes through follow-up. */
export function updateMeasureDetails(
	db: Db,
	actor: Actor,
	measureId: number,
	input: MeasureInput,
	now = new Date()
): void {
	const { row } = authorizeMeasureCorrection(db, actor, measureId);
	assertReferences(db, row.regionId, input, row.id);
	db.transaction((tx) => {
		tx.update(measure)
			.set({ ...columnsOf(input), updatedAt: now })
			.where(eq(measure.id, row.id))
			.run();
		writeLinks(tx, row.id, input);
	});
}

export interface StatusUpdateInput {
	status: MeasureStatus;
	comment: string;
}

/** May the actor follow the measure up at all? Asked before reading what they sent, so outsiders get 403, not 400. */
export function assertMayFollowUp(db: Queryable, actor: Actor, measureId: number): void {
	const { target } = loadMeasure(db, measureId);
	assertCan(actor, 'measure.reopen', target);
}

/**
 * Follow-up by an owner (or a coordinator): a new status with a comment, kept
 * in the history with who and when. The owners' people are told.
 */
export function updateMeasureStatus(
	db: Db,
	actor: Actor,
	measureId: number,
	input: StatusUpdateInput,
	now = new Date()
): Measure {
	const { row, target } = loadMeasure(db, measureId);
	// Reopening is the recorders' call, whether or not they are owners; everything else is the owners'.
	assertCan(actor, followUpAction(row.status, input.status), target);
	if (!canMoveMeasure(row.status, input.status))
		throw invalid('measures.cannotMove', { status: 'measures.cannotMove' });
	// A note without a change of status is only worth keeping with something said.
	if (row.status === input.status && input.comment === '')
		throw invalid('measures.commentRequired', { comment: 'measures.commentRequired' });
	return db.transaction((tx) => {
		tx.insert(measureUpdate)
			.values({
				measureId,
				status: input.status,
				comment: input.comment,
				userId: actor.userId,
				createdAt: now
			})
			.run();
		const updated = tx
			.update(measure)
			.set({ status: input.status, updatedAt: now })
			.where(eq(measure.id, measureId))
			.returning()
			.get();
		notify(
			tx,
			{
				userIds: recipientsOf(tx, row, target.ownerOrganisationIds).filter(
					(id) => id !== actor.userId
				),
				kind: 'measure_updated',
				params: { title: row.title, status: input.status },
				link: `/measures/${measureId}`
			},
			now
		);
		return updated;
	});
}

/** The owners' people and the responsible person. */
function recipientsOf(
	db: Queryable,
	row: Measure,
	ownerOrganisationIds: readonly number[]
): number[] {
	const owners = ownerOrganisationIds.length
		? db
				.select({ id: user.id })
				.from(user)
				.where(inArray(user.organisationId, [...ownerOrganisationIds]))
				.all()
				.map((u) => u.id)
		: [];
	return row.responsibleUserId === null ? owners : [...owners, row.responsibleUserId];
}
