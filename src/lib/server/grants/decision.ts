/**
 * The deciding body's decision on a call: recorded in its meeting while the
 * minutes are written (the amounts per application, and the decision wording
 * in the grant item of the minutes), and settled when the minutes are
 * approved: outcomes, instalments, reporting duties and the applicants told.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { appendParagraphs, readItems, textOf } from '../../documents/doc-schema';
import { docName } from '../../domain/doc-name';
import { decisionMinutesText, reportDuties } from '../../domain/grant-minutes';
import {
	goesToDecision,
	instalmentsFor,
	isGranted,
	outcomeOf,
	paymentScheduleSchema,
	proposalTotals
} from '../../domain/grants';
import { minutesEditable, numberOf } from '../../domain/meetings';
import { can, type Actor, type BodyTarget } from '../../domain/policy';
import { isoDate } from '../../domain/time';
import { assertCan } from '../access';
import { recordAudit } from '../audit/log';
import { bodyTarget } from '../bodies/target';
import { changeLiveDoc } from '../collab/store';
import type { Queryable } from '../db/client';
import {
	body,
	grantApplication,
	grantCall,
	grantInstalment,
	grantReport,
	meeting,
	user,
	type Body,
	type GrantCallRow,
	type Meeting
} from '../db/schema';
import { parseStored } from '../db/stored';
import { conflict, invalid, notFound } from '../errors';
import { notify } from '../notifications/service';
import { basketOf, decisionRows, type DecisionRow } from './decision-rows';
import { callStaff, callTarget } from './readable';

/** The call's handlers, and those who read the minutes of the meeting that decides it. */
function readsDecision(
	db: Queryable,
	actor: Actor,
	call: GrantCallRow,
	target: BodyTarget,
	now: Date
): boolean {
	return (
		can(actor, 'minutes.read', target) ||
		can(actor, 'grantCall.handle', callTarget(call, callStaff(db, call.id), now))
	);
}

/**
 * The call and the meeting that decides it, for those who read its decision;
 * the call is not found for anyone else, nor before its proposal is on an agenda.
 */
function decisionAccess(db: Queryable, actor: Actor, callId: number, now: Date) {
	const call = db.select().from(grantCall).where(eq(grantCall.id, callId)).get();
	if (!call || call.decisionMeetingId === null || call.decisionItemKey === null) throw notFound();
	const row = db
		.select({ meeting, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.id, call.decisionMeetingId))
		.get()!;
	const target = bodyTarget(row.body);
	if (!readsDecision(db, actor, call, target, now)) throw notFound();
	return { call, itemKey: call.decisionItemKey, meeting: row.meeting, body: row.body, target };
}

/** The decision page: each application with its proposal and the amount decided, and who may record it now. */
export function decisionView(db: Queryable, actor: Actor, callId: number, now = new Date()) {
	const { call, meeting: m, body: b, target } = decisionAccess(db, actor, callId, now);
	const rows = decisionRows(db, callId);
	const basket = basketOf(db, call);
	const amounts = rows.map((r) => r.amountGrantedCents ?? r.decidedCents ?? r.proposedCents);
	return {
		call: {
			id: call.id,
			title: call.title,
			budgetYear: call.budgetYear,
			decidedAt: call.decidedAt
		},
		meeting: { id: m.id, label: `${b.name} ${numberOf(m)}`, status: m.status },
		applications: rows.map((r) => ({
			id: r.id,
			organisation: r.organisation,
			title: r.title,
			amountRequestedCents: r.amountRequestedCents,
			proposedCents: r.proposedCents,
			proposalReason: r.proposalReason,
			/** What the form shows: the decision once recorded, else the proposal. */
			decidedCents: r.amountGrantedCents ?? r.decidedCents ?? r.proposedCents,
			decisionReason: r.decisionReason,
			recorded: r.decidedCents !== null,
			status: r.status
		})),
		totals: proposalTotals(amounts, basket.appropriationCents),
		canRecord:
			call.decidedAt === null && minutesEditable(m.status) && can(actor, 'minutes.edit', target)
	};
}

/** Whoever may edit the deciding meeting's minutes: not found for one who does not read the call's decision. */
export function authorizeDecisionRecording(
	db: Queryable,
	actor: Actor,
	callId: number,
	now = new Date()
) {
	const access = decisionAccess(db, actor, callId, now);
	assertCan(actor, 'minutes.edit', access.target);
	return access;
}

/**
 * The calls a meeting decides, as links from its page to their decision
 * pages, for those who may read the decision.
 */
export function meetingGrantDecisions(
	db: Queryable,
	actor: Actor,
	m: Meeting,
	b: Body,
	now = new Date()
): { callId: number; title: string; href: string }[] {
	return db
		.select()
		.from(grantCall)
		.where(eq(grantCall.decisionMeetingId, m.id))
		.all()
		.filter((call) => readsDecision(db, actor, call, bodyTarget(b), now))
		.map((call) => ({
			callId: call.id,
			title: call.title,
			href: `/grants/calls/${call.id}/decision`
		}));
}

export interface DecisionEntry {
	applicationId: number;
	cents: number;
	grounds: string;
}

/**
 * Records the body's decision: the amount and grounds of every application,
 * and the wording in the decision of the grant item of the minutes (written
 * over what it said, as the decision is recorded again when it changes).
 */
export function recordDecision(
	db: Queryable,
	actor: Actor,
	callId: number,
	entries: readonly DecisionEntry[],
	now = new Date()
): void {
	const access = authorizeDecisionRecording(db, actor, callId, now);
	if (access.call.decidedAt !== null || !minutesEditable(access.meeting.status))
		throw conflict('grantDecisions.decision.notRunning');
	const rows = decisionRows(db, callId);
	const byId = new Map(entries.map((e) => [e.applicationId, e]));
	if (entries.some((e) => !rows.some((r) => r.id === e.applicationId))) throw notFound();
	const missing = rows.filter((r) => !byId.has(r.id));
	if (missing.length > 0)
		throw invalid(
			'grantDecisions.decision.fix',
			Object.fromEntries(missing.map((r) => [`amount-${r.id}`, 'validation.required']))
		);
	const wording = decisionMinutesText(
		rows.map((r) => ({
			organisation: r.organisation,
			purpose: r.title,
			cents: byId.get(r.id)!.cents,
			proposedCents: r.proposedCents,
			grounds: byId.get(r.id)!.grounds
		}))
	);
	db.transaction((tx) => {
		for (const entry of entries)
			tx.update(grantApplication)
				.set({ decidedCents: entry.cents, decisionReason: entry.grounds, updatedAt: now })
				.where(eq(grantApplication.id, entry.applicationId))
				.run();
		changeLiveDoc(tx, docName('minutes', access.meeting.id), (doc) => {
			if (!readItems(doc).some((item) => item.id === access.itemKey))
				throw conflict('grantDecisions.decision.itemRemoved');
			const decision = textOf(doc, 'decision', access.itemKey);
			decision.delete(0, decision.length);
			appendParagraphs(decision, wording);
		});
		recordAudit(
			tx,
			{
				regionId: access.call.regionId,
				userId: actor.userId,
				action: 'grant.decisionRecorded',
				targetType: 'grantCall',
				targetId: callId,
				summary: `${access.call.title}: ${entries.reduce((s, e) => s + e.cents, 0) / 100} €`
			},
			now
		);
	});
}

/** The active users of each organisation, for telling the applicants. */
function usersByOrganisation(db: Queryable, organisationIds: number[]): Map<number, number[]> {
	const users = new Map<number, number[]>();
	if (organisationIds.length === 0) return users;
	for (const u of db
		.select({ id: user.id, organisationId: user.organisationId })
		.from(user)
		.where(and(inArray(user.organisationId, organisationIds), eq(user.active, true)))
		.all())
		users.set(u.organisationId, [...(users.get(u.organisationId) ?? []), u.id]);
	return users;
}

function settleCall(
	db: Queryable,
	call: GrantCallRow,
	meetingId: number,
	userId: number,
	now: Date
): void {
	const decided = decisionRows(db, call.id).filter(
		(r): r is DecisionRow & { decidedCents: number } =>
			r.decidedCents !== null && goesToDecision(r.status)
	);
	// The body did not decide the item (it was tabled): the call waits for another meeting.
	if (decided.length === 0) return;
	const schedule = parseStored(
		paymentScheduleSchema,
		call.paymentSchedule,
		`grant_call ${call.id} payment_schedule`
	);
	const duties = reportDuties({
		basket: basketOf(db, call).kind,
		budgetYear: call.budgetYear,
		reportDueOn: call.reportDueOn
	});
	const decisionDay = isoDate(now);
	const people = usersByOrganisation(db, [...new Set(decided.map((r) => r.organisationId))]);
	for (const row of decided) {
		const status = outcomeOf(row.amountRequestedCents, row.decidedCents);
		db.update(grantApplication)
			.set({
				amountGrantedCents: row.decidedCents,
				status,
				decisionMeetingId: meetingId,
				decidedAt: now,
				updatedAt: now
			})
			.where(eq(grantApplication.id, row.id))
			.run();
		if (isGranted(status)) {
			const instalments = instalmentsFor(row.decidedCents, schedule, decisionDay);
			db.insert(grantInstalment)
				.values(instalments.map((i) => ({ applicationId: row.id, ...i })))
				.run();
			db.insert(grantReport)
				.values(duties.map((d) => ({ applicationId: row.id, ...d })))
				.run();
		}
		recordAudit(
			db,
			{
				regionId: call.regionId,
				userId,
				action: 'grant.decided',
				targetType: 'grantApplication',
				targetId: row.id,
				summary: `${call.title}, ${row.organisation}: ${status} ${row.decidedCents / 100} €`
			},
			now
		);
		notify(
			db,
			{
				userIds: people.get(row.organisationId) ?? [],
				kind: 'grant_decided',
				params: { title: call.title, organisation: row.organisation, status },
				link: `/grants/applications/${row.id}/grant`
			},
			now
		);
	}
	db.update(grantCall).set({ decidedAt: now }).where(eq(grantCall.id, call.id)).run();
}

/**
 * Called inside the transaction that approves a meeting's minutes: every call
 * that meeting decided gets its outcomes, each grant its instalments and
 * reports, and each applicant's people are told. `userId` gave the last approval.
 */
export function settleGrantDecisions(
	db: Queryable,
	meetingId: number,
	userId: number,
	now: Date
): void {
	const calls = db
		.select()
		.from(grantCall)
		.where(and(eq(grantCall.decisionMeetingId, meetingId), isNull(grantCall.decidedAt)))
		.all();
	for (const call of calls) settleCall(db, call, meetingId, userId, now);
}
