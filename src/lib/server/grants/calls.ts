/**
 * A call for applications (haku): written as a draft by those who manage the
 * region's grants, edited by its handlers, then published to the region. A
 * published call's terms stay as the NGOs read them; only its closing time
 * may still move, and that is logged.
 */
import {
	REPORT_QUESTION_KINDS,
	REPORT_QUESTION_ROUNDS,
	type ReportQuestion
} from '../../domain/grant-report-questions';
import { and, eq, inArray } from 'drizzle-orm';
import { finnishDateTime } from '../../domain/consultations';
import { scheduleIsWhole, type Criterion, type InstalmentPlan } from '../../domain/grants';
import type { Actor } from '../../domain/policy';
import { isIsoDate, isoDate } from '../../domain/time';
import type { CallInput } from '../../schemas/grant-calls';
import { assertCan } from '../access';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import {
	body,
	grantActivityClass,
	grantBasket,
	grantCall,
	grantCallClass,
	grantCallStaff,
	organisation,
	user,
	type GrantCallRow
} from '../db/schema';
import { conflict, invalid } from '../errors';
import { notify } from '../notifications/service';
import { pinDocuments } from './documents';
import { assertProposalOpen, authorizeCall } from './readable';

/** Who may handle or assess a call: the active people of the region's county and municipalities. */
export function callStaffChoices(db: Queryable, regionId: number) {
	return db
		.select({ id: user.id, name: user.name, organisation: organisation.name })
		.from(user)
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.where(
			and(
				eq(organisation.regionId, regionId),
				inArray(organisation.kind, ['county', 'municipality']),
				eq(user.active, true)
			)
		)
		.orderBy(user.name)
		.all();
}

const idsIn = (
	db: Queryable,
	table: typeof grantBasket | typeof body | typeof grantActivityClass,
	ids: readonly number[],
	regionId: number
): Set<number> =>
	new Set(
		ids.length === 0
			? []
			: db
					.select({ id: table.id })
					.from(table)
					.where(and(inArray(table.id, [...ids]), eq(table.regionId, regionId)))
					.all()
					.map((r) => r.id)
	);

const WEIGHT = /^\d{1,3}$/;

interface CallValues {
	criteria: Criterion[];
	schedule: InstalmentPlan[];
	reportQuestions: ReportQuestion[];
}

/**
 * Checks a call against itself and the region: its basket, classes, body and
 * people are the region's, it closes after it opens, each criterion has a
 * name and a weight 1–100, the instalments have dates and add up to 100 %.
 * Every problem is named by its field, and nothing is stored.
 */
function checkCall(db: Queryable, regionId: number, input: CallInput): CallValues {
	const issues: Record<string, string> = {};
	if (!idsIn(db, grantBasket, [input.basketId], regionId).size) issues.basket = 'validation.choose';
	if (!idsIn(db, body, [input.decidingBodyId], regionId).size)
		issues.decidingBody = 'validation.choose';
	if (idsIn(db, grantActivityClass, input.classIds, regionId).size !== new Set(input.classIds).size)
		issues.classIds = 'validation.choose';
	const staff = new Set(callStaffChoices(db, regionId).map((p) => p.id));
	if (!input.handlerIds.every((id) => staff.has(id))) issues.handlerIds = 'validation.choose';
	if (!input.assessorIds.every((id) => staff.has(id))) issues.assessorIds = 'validation.choose';
	if (input.closesAt <= input.opensAt)
		issues.closesDate = 'grantCalls.validation.closesBeforeOpens';
	if (input.reportDueOn !== null && input.reportDueOn < isoDate(input.closesAt))
		issues.reportDueOn = 'grantCalls.validation.reportBeforeClosing';

	const criteria: Criterion[] = [];
	for (const { row, name, weight } of input.criteria) {
		if (name === '') issues[`criterionName${row}`] = 'validation.required';
		else if (name.length > 200) issues[`criterionName${row}`] = 'validation.tooLong';
		const points = Number(weight);
		if (!WEIGHT.test(weight) || points < 1 || points > 100)
			issues[`criterionWeight${row}`] = 'grantCalls.validation.weight';
		criteria.push({ name, weight: points });
	}

	const schedule: InstalmentPlan[] = [];
	for (const { row, dueOn, percent } of input.schedule) {
		if (!isIsoDate(dueOn)) issues[`instalmentDate${row}`] = 'validation.date';
		const share = Number(percent);
		if (!WEIGHT.test(percent) || share < 1 || share > 100)
			issues[`instalmentPercent${row}`] = 'grantCalls.validation.instalmentPercent';
		schedule.push({ dueOn, percent: share });
	}
	const firstRow = input.schedule[0]?.row;
	if (
		firstRow !== undefined &&
		!issues[`instalmentPercent${firstRow}`] &&
		!scheduleIsWhole(schedule)
	)
		issues[`instalmentPercent${firstRow}`] = 'grantCalls.validation.scheduleSum';

	const reportQuestions: ReportQuestion[] = [];
	for (const { row, text, kind, asked, required } of input.reportQuestions) {
		if (text.length > 500) issues[`questionText${row}`] = 'validation.tooLong';
		const knownKind = REPORT_QUESTION_KINDS.find((k) => k === kind);
		const knownRound = REPORT_QUESTION_ROUNDS.find((r) => r === asked);
		if (!knownKind) issues[`questionKind${row}`] = 'validation.choose';
		if (!knownRound) issues[`questionAsked${row}`] = 'validation.choose';
		if (knownKind && knownRound)
			reportQuestions.push({ text, kind: knownKind, asked: knownRound, required });
	}

	if (Object.keys(issues).length > 0) throw invalid('common.formHasErrors', issues);
	return {
		criteria,
		schedule: schedule.sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
		reportQuestions
	};
}

function callColumns(input: CallInput, values: CallValues) {
	return {
		basketId: input.basketId,
		budgetYear: input.budgetYear,
		title: input.title,
		instructions: input.instructions,
		criteria: JSON.stringify(values.criteria),
		conditions: input.conditions,
		requiredAttachments: JSON.stringify([...new Set(input.requiredAttachments)]),
		paymentSchedule: JSON.stringify(values.schedule),
		reportQuestions: JSON.stringify(values.reportQuestions),
		reportDueOn: input.reportDueOn,
		paymentType: input.paymentType,
		costCentre: input.costCentre,
		account: input.account,
		opensAt: input.opensAt,
		closesAt: input.closesAt,
		decidingBodyId: input.decidingBodyId
	};
}

/** The call's classes and named people, as the form last gave them. */
function replaceClassesAndStaff(db: Queryable, callId: number, input: CallInput): void {
	db.delete(grantCallClass).where(eq(grantCallClass.callId, callId)).run();
	db.delete(grantCallStaff).where(eq(grantCallStaff.callId, callId)).run();
	const classIds = [...new Set(input.classIds)];
	if (classIds.length)
		db.insert(grantCallClass)
			.values(classIds.map((classId) => ({ callId, classId })))
			.run();
	const staff = [
		...[...new Set(input.handlerIds)].map((userId) => ({
			callId,
			userId,
			duty: 'handler' as const
		})),
		...[...new Set(input.assessorIds)].map((userId) => ({
			callId,
			userId,
			duty: 'assessor' as const
		}))
	];
	if (staff.length) db.insert(grantCallStaff).values(staff).run();
}

export function authorizeNewCall(actor: Actor): void {
	assertCan(actor, 'grant.manage', { regionId: actor.regionId });
}

/** A draft call of the actor's region; nobody but its handlers sees it until it is published. */
export function createCall(db: Db, actor: Actor, input: CallInput, now = new Date()): GrantCallRow {
	authorizeNewCall(actor);
	const values = checkCall(db, actor.regionId, input);
	return db.transaction((tx) => {
		const call = tx
			.insert(grantCall)
			.values({
				regionId: actor.regionId,
				...callColumns(input, values),
				createdBy: actor.userId,
				createdAt: now
			})
			.returning()
			.get();
		replaceClassesAndStaff(tx, call.id, input);
		return call;
	});
}

/** Changes a draft call; a published one keeps its terms (only its closing time moves). */
export function updateCall(
	db: Db,
	actor: Actor,
	callId: number,
	input: CallInput,
	now = new Date()
): void {
	const { call } = authorizeCall(db, actor, callId, 'grantCall.handle', now);
	if (call.publishedAt) throw conflict('grantCalls.edit.published');
	const values = checkCall(db, call.regionId, input);
	db.transaction((tx) => {
		tx.update(grantCall).set(callColumns(input, values)).where(eq(grantCall.id, callId)).run();
		replaceClassesAndStaff(tx, callId, input);
	});
}

/** Everyone the call is for: the active people of the region's NGOs. */
export function regionNgoUserIds(db: Queryable, regionId: number): number[] {
	return db
		.select({ id: user.id })
		.from(user)
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.where(
			and(eq(organisation.regionId, regionId), eq(organisation.kind, 'ngo'), eq(user.active, true))
		)
		.all()
		.map((r) => r.id);
}

/**
 * Publishes a call: from now on the whole region sees it, and every NGO of the
 * region is told. The terms and appeal instructions in force are pinned to it. A call whose application period is already over is not published.
 */
export function publishCall(db: Db, actor: Actor, callId: number, now = new Date()): void {
	const { call } = authorizeCall(db, actor, callId, 'grantCall.handle', now);
	if (call.publishedAt) throw conflict('grantCalls.publish.already');
	if (call.closesAt <= now) throw conflict('grantCalls.publish.closed');
	db.transaction((tx) => {
		tx.update(grantCall).set({ publishedAt: now }).where(eq(grantCall.id, callId)).run();
		pinDocuments(tx, call, now);
		notify(
			tx,
			{
				userIds: regionNgoUserIds(tx, call.regionId),
				kind: 'grant_call_opened',
				params: { title: call.title, closesAt: call.closesAt.toISOString() },
				link: `/grants/calls/${call.id}`
			},
			now
		);
	});
}

/**
 * Moves a published call's deadline: later to give more time, or earlier.
 * Logged, since it decides whose application is still on time.
 */
export function changeCallClosing(
	db: Db,
	actor: Actor,
	callId: number,
	closesAt: Date,
	now = new Date()
): void {
	const { call } = authorizeCall(db, actor, callId, 'grantCall.handle', now);
	if (!call.publishedAt) throw conflict('grantCalls.closing.draft');
	if (call.decidedAt) throw conflict('grantCalls.closing.decided');
	// Reopening the call would let its applications change under the proposal on the agenda.
	assertProposalOpen(db, call);
	if (closesAt <= call.opensAt)
		throw invalid('common.formHasErrors', {
			closesDate: 'grantCalls.validation.closesBeforeOpens'
		});
	db.transaction((tx) => {
		tx.update(grantCall).set({ closesAt }).where(eq(grantCall.id, callId)).run();
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: 'grantCall.closingChanged',
				targetType: 'grantCall',
				targetId: callId,
				summary: `${call.title}: ${finnishDateTime(call.closesAt)} → ${finnishDateTime(closesAt)}`
			},
			now
		);
	});
}
