/**
 * The handler's proposal (who gets how much, with the reasons) against the
 * basket's appropriation, and putting it on the agenda of the deciding body's
 * meeting as one item, with the assessments as a non-public attachment.
 */
import { and, asc, eq } from 'drizzle-orm';
import { insertItemBeforeClosing } from '../../documents/doc-schema';
import { docName } from '../../domain/doc-name';
import { proposalItemTitle, proposalMinutesText } from '../../domain/grant-minutes';
import { callStatus, proposalTotals } from '../../domain/grants';
import { agendaEditable, numberOf } from '../../domain/meetings';
import type { Actor } from '../../domain/policy';
import { storeAttachment } from '../attachments/service';
import { attachmentDir } from '../files/stored-files';
import { recordAudit } from '../audit/log';
import { changeLiveDoc } from '../collab/store';
import type { Db, Queryable } from '../db/client';
import { body, grantApplication, grantCall, meeting, type GrantCallRow } from '../db/schema';
import { conflict, notFound } from '../errors';
import { projectItems } from '../meetings/projection';
import { reindexMeeting } from '../search/index';
import { renderAssessmentSummaryPdf } from './assessment-summary';
import { assessmentSummaries, basketOf, decisionRows } from './decision-rows';
import { assertProposalOpen, authorizeCall, criteriaOf, proposalHeldBy } from './readable';
import { assertMayPrepare, preparerTies } from './tie-warnings';

/** The proposal page: each application with its mean score and proposal, the totals, and where it can go. */
export function proposalView(db: Queryable, actor: Actor, callId: number, now = new Date()) {
	const { call, target } = authorizeCall(db, actor, callId, 'grantCall.handle', now);
	const criteria = criteriaOf(call);
	const scores = assessmentSummaries(db, callId, criteria);
	const rows = decisionRows(db, callId);
	const basket = basketOf(db, call);
	const held = proposalHeldBy(db, call);
	const agenda = held || call.decidedAt ? agendaOf(db, call) : null;
	const editable = !held && target.status !== 'decided';
	return {
		call: {
			id: call.id,
			title: call.title,
			budgetYear: call.budgetYear,
			status: target.status,
			basket: basket.name
		},
		scored: criteria.length > 0,
		applications: rows.map((r) => ({
			id: r.id,
			organisation: r.organisation,
			title: r.title,
			activityClass: r.activityClass,
			amountRequestedCents: r.amountRequestedCents,
			meanScore: scores.get(r.id)?.mean ?? null,
			proposedCents: r.proposedCents,
			proposalReason: r.proposalReason
		})),
		totals: proposalTotals(
			rows.map((r) => r.proposedCents),
			basket.appropriationCents
		),
		missingProposals: rows.filter((r) => r.proposedCents === null).length,
		canEdit: editable,
		/** The handler's ties to applicants: answered before the proposal is saved or goes to the agenda. */
		ties: editable ? preparerTies(db, actor.userId, callId) : [],
		agenda,
		/** The deciding body's meetings that still take items, once the call has closed. */
		meetings:
			editable && target.status === 'closed' ? plannedMeetings(db, call.decidingBodyId) : [],
		decisionHref: agenda ? `/grants/calls/${call.id}/decision` : null
	};
}

function agendaOf(db: Queryable, call: GrantCallRow) {
	if (call.decisionMeetingId === null) return null;
	const row = db
		.select({ meeting, bodyName: body.name })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.id, call.decisionMeetingId))
		.get()!;
	return {
		meetingId: row.meeting.id,
		label: `${row.bodyName} ${numberOf(row.meeting)}`,
		startsAt: row.meeting.startsAt,
		itemKey: call.decisionItemKey
	};
}

function plannedMeetings(db: Queryable, bodyId: number) {
	return db
		.select({
			id: meeting.id,
			sequence: meeting.sequence,
			year: meeting.year,
			startsAt: meeting.startsAt,
			bodyName: body.name
		})
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(and(eq(meeting.bodyId, bodyId), eq(meeting.status, 'planned')))
		.orderBy(asc(meeting.startsAt))
		.all()
		.map((m) => ({ id: m.id, label: `${m.bodyName} ${numberOf(m)}`, startsAt: m.startsAt }));
}

export interface ProposalEntry {
	applicationId: number;
	/** Null: not proposed yet. 0 proposes a rejection. */
	cents: number | null;
	reason: string;
}

/** Stores the proposed amounts and reasons; going beyond the appropriation saves, the page warns. */
export function saveProposal(
	db: Queryable,
	actor: Actor,
	callId: number,
	entries: readonly ProposalEntry[],
	now = new Date()
): void {
	const { call } = authorizeCall(db, actor, callId, 'grantCall.handle', now);
	const ids = new Set(decisionRows(db, callId).map((r) => r.id));
	if (entries.some((e) => !ids.has(e.applicationId))) throw notFound();
	assertProposalOpen(db, call);
	assertMayPrepare(
		db,
		actor,
		callId,
		entries.map((e) => e.applicationId)
	);
	db.transaction((tx) => {
		for (const entry of entries)
			tx.update(grantApplication)
				.set({ proposedCents: entry.cents, proposalReason: entry.reason, updatedAt: now })
				.where(eq(grantApplication.id, entry.applicationId))
				.run();
	});
}

/**
 * Puts the proposal on the agenda of a planned meeting of the deciding body,
 * once the call has closed and every application has its proposal. Beyond the
 * appropriation it must be confirmed. Where applications were assessed, the
 * assessments go with the item as a non-public attachment.
 */
export async function putProposalOnAgenda(
	db: Db,
	actor: Actor,
	callId: number,
	input: { meetingId: number; confirmed: boolean },
	now = new Date(),
	dir = attachmentDir()
): Promise<{ meetingId: number; itemKey: string }> {
	const { call } = authorizeCall(db, actor, callId, 'grantCall.handle', now);
	// The form offers only the deciding body's meetings: another one names nothing here.
	const target = db.select().from(meeting).where(eq(meeting.id, input.meetingId)).get();
	if (target?.bodyId !== call.decidingBodyId) throw notFound();
	assertProposalOpen(db, call);
	// The one who puts the proposal on the agenda presents it: their ties are answered first.
	assertMayPrepare(db, actor, callId, []);
	if (callStatus(call, now) !== 'closed') throw conflict('grantDecisions.agenda.notClosed');
	if (!agendaEditable(target.status))
		throw conflict('grantDecisions.agenda.meetingClosed', {
			meetingId: 'grantDecisions.agenda.meetingClosed'
		});
	const rows = decisionRows(db, callId);
	if (rows.length === 0) throw conflict('grantDecisions.agenda.nothingToDecide');
	if (rows.some((r) => r.proposedCents === null))
		throw conflict('grantDecisions.agenda.incomplete');
	const basket = basketOf(db, call);
	const totals = proposalTotals(
		rows.map((r) => r.proposedCents),
		basket.appropriationCents
	);
	// Beyond the appropriation the page asks first, and the handler confirms.
	if (totals.overAppropriation && !input.confirmed)
		throw conflict('grantDecisions.agenda.confirmOver', {
			confirm: 'grantDecisions.agenda.confirmOver'
		});
	const scores = assessmentSummaries(db, callId, criteriaOf(call));
	// Rendered before anything is written: a failure here leaves the agenda as it was.
	const summary =
		scores.size > 0
			? await renderAssessmentSummaryPdf({
					callTitle: call.title,
					budgetYear: call.budgetYear,
					rows: rows.map((r) => ({ ...r, summary: scores.get(r.id) ?? null }))
				})
			: null;
	const itemKey = db.transaction((tx) => {
		// Checked again after the wait for the PDF: a second click, or a change to the proposal
		// or the meeting meanwhile, must not put a second or a different item on the agenda.
		assertProposalOpen(tx, tx.select().from(grantCall).where(eq(grantCall.id, callId)).get()!);
		const meetingNow = tx.select().from(meeting).where(eq(meeting.id, target.id)).get()!;
		if (!agendaEditable(meetingNow.status))
			throw conflict('grantDecisions.agenda.meetingClosed', {
				meetingId: 'grantDecisions.agenda.meetingClosed'
			});
		const proposed = (list: typeof rows) =>
			JSON.stringify(list.map((r) => [r.id, r.proposedCents, r.proposalReason]));
		if (proposed(decisionRows(tx, callId)) !== proposed(rows))
			throw conflict('grantDecisions.agenda.changed');
		let key = '';
		const agenda = changeLiveDoc(tx, docName('agenda', target.id), (doc) => {
			key = insertItemBeforeClosing(doc, {
				title: proposalItemTitle(call.title),
				proposal: proposalMinutesText({
					callTitle: call.title,
					budgetYear: call.budgetYear,
					appropriationCents: basket.appropriationCents,
					lines: rows.map((r) => ({
						organisation: r.organisation,
						purpose: r.title,
						cents: r.proposedCents ?? 0
					}))
				})
			});
		});
		projectItems(tx, target.id, agenda);
		reindexMeeting(tx, target.id);
		tx.update(grantCall)
			.set({ decisionMeetingId: target.id, decisionItemKey: key })
			.where(eq(grantCall.id, callId))
			.run();
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: 'grant.proposalOnAgenda',
				targetType: 'grantCall',
				targetId: callId,
				summary: `${call.title}: ${totals.totalCents / 100} € / ${totals.appropriationCents / 100} €`
			},
			now
		);
		return key;
	});
	if (summary)
		await storeAttachment(
			db,
			actor,
			target.id,
			{
				itemKey,
				filename: `arvioinnit-${call.budgetYear}.pdf`,
				bytes: summary,
				public: false
			},
			// The handler added the item; the attachment follows it while the agenda is open.
			(q) => {
				const current = q.select().from(meeting).where(eq(meeting.id, target.id)).get();
				if (!current || !agendaEditable(current.status)) throw conflict('attachment.locked');
			},
			dir
		);
	return { meetingId: target.id, itemKey };
}
