/**
 * From draft to record: whoever chaired, the secretary (and minute checkers, if
 * the body uses them) approve the minutes; a request for changes sends them back;
 * the last approval freezes them and stores the record; approved minutes of a
 * public body are published; later corrections are recorded, never silent.
 */
import { and, asc, eq, ne } from 'drizzle-orm';
import { barredApprovers } from '../../domain/disqualification';
import { meetingNumber } from '../../domain/meetings';
import { approversOf } from '../../domain/officers';
import { contentFingerprint, type ApproverRole, type MeetingRecord } from '../../domain/record';
import { paragraphs } from '../../domain/rich-text';
import type { Actor, MinutesTarget } from '../../domain/policy';
import { assertCan } from '../access';
import { recordAudit } from '../audit/log';
import { listMembers } from '../bodies/rows';
import { bodyTarget } from '../bodies/target';
import type { Queryable } from '../db/client';
import {
	approval,
	body,
	changeRequest,
	meeting,
	minuteChecker,
	minutesCorrection,
	minutesRecord,
	user,
	type Body,
	type Meeting
} from '../db/schema';
import { conflict, forbidden, notFound } from '../errors';
import { emitAfterCommit } from '../events';
import { settleGrantDecisions } from '../grants/decision';
import { notify, settleNotifications } from '../notifications/service';
import { reindexMeeting } from '../search/index';
import { authorizeMeeting } from '../meetings/readable';
import { nextRevision } from '../meetings/revision';
import { listDisqualifications, listItems, officersOf } from '../meetings/rows';
import { buildMeetingRecord } from './build';
import { renderRecordHtml } from './html';
import { effectiveRecord } from './stored';

export interface Approver {
	userId: number;
	name: string;
	role: ApproverRole;
	approvedAt: Date | null;
}

function meetingWithBody(
	db: Queryable,
	meetingId: number
): { meeting: Meeting; body: Body; regionId: number } {
	const row = db
		.select({ meeting, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.id, meetingId))
		.get();
	if (!row) throw notFound();
	return { ...row, regionId: row.body.regionId };
}

/** The minute checkers (pöytäkirjantarkastajat) named for a meeting of a body that uses them. */
export function listMinuteCheckers(
	db: Queryable,
	meetingId: number
): { userId: number; name: string }[] {
	return db
		.select({ userId: user.id, name: user.name })
		.from(minuteChecker)
		.innerJoin(meeting, eq(meeting.id, minuteChecker.meetingId))
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.innerJoin(user, eq(user.id, minuteChecker.userId))
		.where(and(eq(minuteChecker.meetingId, meetingId), eq(body.usesMinuteCheckers, true)))
		.all();
}

export function minutesTarget(db: Queryable, m: Meeting, b: Body): MinutesTarget {
	return {
		...bodyTarget(b),
		approverUserIds: listApprovers(db, m.id).map((a) => a.userId),
		barredUserIds: barredFromApproving(db, m.id)
	};
}

/** The signers whom a disqualification on an item bars from approving these minutes. */
export function barredFromApproving(db: Queryable, meetingId: number): number[] {
	const declared = listDisqualifications(db, meetingId);
	if (declared.length === 0) return [];
	const itemKeys = listItems(db, [meetingId]).map((item) => item.key);
	const { chairedBy } = officersOf(db, meetingId);
	const chairedByOthers = (userId: number | null) =>
		chairedBy.flatMap((turn) =>
			turn.person.userId === userId ? [] : (turn.items ?? []).map((item) => item.key)
		);
	const chairedItemKeys = (userId: number) =>
		chairedBy
			.filter((turn) => turn.person.userId === userId)
			.flatMap((turn) =>
				turn.items
					? turn.items.map((item) => item.key)
					: itemKeys.filter((key) => !chairedByOthers(userId).includes(key))
			);
	return barredApprovers(
		listApprovers(db, meetingId).map((a) => ({
			userId: a.userId,
			role: a.role,
			chairedItemKeys: a.role === 'chair' ? chairedItemKeys(a.userId) : []
		})),
		declared
	);
}

/** Who must approve this round, and who already has: whoever chaired, the secretary and any checkers (src/lib/domain/officers.ts). */
export function listApprovers(db: Queryable, meetingId: number): Approver[] {
	const { meeting: m } = meetingWithBody(db, meetingId);
	const given = new Map(
		db
			.select({ userId: approval.userId, approvedAt: approval.approvedAt })
			.from(approval)
			.where(and(eq(approval.meetingId, meetingId), eq(approval.round, m.reviewRound)))
			.all()
			.map((a) => [a.userId, a.approvedAt])
	);
	return approversOf(officersOf(db, meetingId), listMinuteCheckers(db, meetingId)).map((a) => ({
		...a,
		approvedAt: given.get(a.userId) ?? null
	}));
}

const approvalLink = (meetingId: number) => `/meetings/${meetingId}`;

/** Tells the approvers who have not approved this round (except the one sending) that the minutes await them. */
export function askForApproval(
	db: Queryable,
	m: Meeting,
	b: Body,
	senderId: number,
	now: Date
): void {
	const waiting = listApprovers(db, m.id).filter((a) => !a.approvedAt && a.userId !== senderId);
	notify(
		db,
		{
			userIds: waiting.map((a) => a.userId),
			kind: 'minutes_awaiting_approval',
			params: { body: b.name, number: meetingNumber(m.sequence, m.year) },
			link: approvalLink(m.id)
		},
		now
	);
}

export function listChangeRequests(db: Queryable, meetingId: number) {
	return db
		.select({
			id: changeRequest.id,
			comment: changeRequest.comment,
			createdAt: changeRequest.createdAt,
			round: changeRequest.round,
			name: user.name
		})
		.from(changeRequest)
		.innerJoin(user, eq(changeRequest.userId, user.id))
		.where(eq(changeRequest.meetingId, meetingId))
		.orderBy(asc(changeRequest.createdAt))
		.all();
}

/**
 * Someone who signs this round of the meeting's minutes: not found for one who
 * may not read the meeting, forbidden for a reader who is not an approver.
 */
export function authorizeApproval(db: Queryable, actor: Actor, meetingId: number) {
	const row = authorizeMeeting(db, actor, meetingId, 'meeting.read');
	const target = minutesTarget(db, row.meeting, row.body);
	// Said plainly: a signer barred by a disqualification is told why, not just refused.
	if (target.barredUserIds.includes(actor.userId)) throw forbidden('disqualification.barred');
	assertCan(actor, 'minutes.approve', target);
	return row;
}

/**
 * One approval, of the content as it stands (its fingerprint is kept with the
 * approval). The last required one freezes the minutes: the meeting becomes
 * `approved`, and the record (data and HTML, with the fingerprint all
 * approvers approved) is stored once.
 */
export function approveMinutes(
	db: Queryable,
	actor: Actor,
	meetingId: number,
	now = new Date()
): { finalised: boolean } {
	const { meeting: m, body: b } = authorizeApproval(db, actor, meetingId);
	const regionId = b.regionId;
	if (m.status !== 'minutes_review') throw conflict('signoff.notInReview');
	const approvers = listApprovers(db, meetingId);
	const me = approvers.find((a) => a.userId === actor.userId);
	if (!me) throw conflict('signoff.notAnApprover');
	if (me.approvedAt) throw conflict('signoff.alreadyApproved');
	const finalised = approvers.every((a) => a.userId === actor.userId || a.approvedAt);
	db.transaction((tx) => {
		const fingerprint = contentFingerprint(buildMeetingRecord(tx, meetingId, 'minutes'));
		// Minutes in review are read-only, so this holds; should it not, no approval may cover other text.
		const approvedOtherText = tx
			.select({ id: approval.id })
			.from(approval)
			.where(
				and(
					eq(approval.meetingId, meetingId),
					eq(approval.round, m.reviewRound),
					ne(approval.fingerprint, fingerprint)
				)
			)
			.get();
		if (approvedOtherText) throw conflict('signoff.changedSinceApproval');
		tx.insert(approval)
			.values({
				meetingId,
				userId: actor.userId,
				role: me.role,
				round: m.reviewRound,
				approvedAt: now,
				fingerprint
			})
			.run();
		settleNotifications(
			tx,
			actor.userId,
			'minutes_awaiting_approval',
			approvalLink(meetingId),
			now
		);
		recordAudit(
			tx,
			{
				regionId,
				userId: actor.userId,
				action: 'minutes.approved',
				targetType: 'meeting',
				targetId: meetingId,
				summary: `${m.title}: ${me.name} (${me.role})`
			},
			now
		);
		if (!finalised) return;
		tx.update(meeting).set({ status: 'approved' }).where(eq(meeting.id, meetingId)).run();
		const record: MeetingRecord = { ...buildMeetingRecord(tx, meetingId, 'minutes'), fingerprint };
		tx.insert(minutesRecord)
			.values({
				meetingId,
				data: JSON.stringify(record),
				html: renderRecordHtml(record),
				createdAt: now
			})
			.run();
		recordAudit(
			tx,
			{
				regionId,
				userId: actor.userId,
				action: 'minutes.finalised',
				targetType: 'meeting',
				targetId: meetingId,
				summary: m.title
			},
			now
		);
		// Grant decisions recorded in these minutes take effect with them.
		settleGrantDecisions(tx, meetingId, actor.userId, now);
		reindexMeeting(tx, meetingId);
	});
	if (finalised) emitAfterCommit('meetingAccessChanged', meetingId);
	return { finalised };
}

/** Sends the minutes back to be edited, with the reason; earlier approvals no longer count. */
export function requestChanges(
	db: Queryable,
	actor: Actor,
	meetingId: number,
	comment: string,
	now = new Date()
): void {
	const { meeting: m, body: b } = authorizeApproval(db, actor, meetingId);
	const regionId = b.regionId;
	// authorizeApproval let only those who sign for the meeting through.
	if (m.status !== 'minutes_review') throw conflict('signoff.notInReview');
	db.transaction((tx) => {
		tx.insert(changeRequest)
			.values({ meetingId, userId: actor.userId, round: m.reviewRound, comment, createdAt: now })
			.run();
		tx.update(meeting)
			.set({ status: 'in_progress', reviewRound: m.reviewRound + 1 })
			.where(eq(meeting.id, meetingId))
			.run();
		recordAudit(
			tx,
			{
				regionId,
				userId: actor.userId,
				action: 'minutes.changesRequested',
				targetType: 'meeting',
				targetId: meetingId,
				summary: `${m.title}: ${comment}`
			},
			now
		);
	});
	emitAfterCommit('meetingAccessChanged', meetingId);
}

/** Approved minutes of a public body go to the open archive. */
export function publishMinutes(
	db: Queryable,
	actor: Actor,
	meetingId: number,
	now = new Date()
): void {
	const { meeting: m, body: b } = authorizeMeeting(db, actor, meetingId, 'minutes.publish');
	const regionId = b.regionId;
	if (m.status !== 'approved') throw conflict('meeting.cannotMove.published');
	if (!b.public) throw conflict('signoff.bodyNotPublic');
	db.transaction((tx) => {
		tx.update(meeting)
			// The public feed's event now links to the minutes in the archive.
			.set({ status: 'published', publishedAt: now, revision: nextRevision })
			.where(eq(meeting.id, meetingId))
			.run();
		recordAudit(
			tx,
			{
				regionId,
				userId: actor.userId,
				action: 'minutes.published',
				targetType: 'meeting',
				targetId: meetingId,
				summary: m.title
			},
			now
		);
		reindexMeeting(tx, meetingId);
	});
}

/**
 * The meeting invitation is sent: a public body's agenda is public from now
 * on, and the body's members are told, with the join link in their email.
 */
export function inviteToMeeting(
	db: Queryable,
	actor: Actor,
	meetingId: number,
	now = new Date()
): void {
	const { meeting: m, body: b } = authorizeMeeting(db, actor, meetingId, 'meeting.manage');
	if (m.status !== 'planned') throw conflict('meeting.notPlanned');
	if (m.invitedAt) return;
	const members = listMembers(db, [b.id]).get(b.id) ?? [];
	db.transaction((tx) => {
		// The event turns from tentative to confirmed, and a public body's agenda goes public.
		tx.update(meeting)
			.set({ invitedAt: now, revision: nextRevision })
			.where(eq(meeting.id, meetingId))
			.run();
		notify(
			tx,
			{
				userIds: members.map((member) => member.userId).filter((id) => id !== actor.userId),
				kind: 'meeting_invited',
				params: {
					body: b.name,
					number: meetingNumber(m.sequence, m.year),
					startsAt: m.startsAt.toISOString(),
					onlineUrl: m.onlineUrl
				},
				link: `/meetings/${meetingId}`
			},
			now
		);
	});
}

export type CorrectedField = 'proposal' | 'discussion' | 'decision';

/** A correction after approval: the record stays as approved, the correction is kept beside it. */
export function correctMinutes(
	db: Queryable,
	actor: Actor,
	meetingId: number,
	input: { itemKey: string; field: CorrectedField; text: string; reason: string },
	now = new Date()
): void {
	const { meeting: m, body: b } = authorizeMeeting(db, actor, meetingId, 'minutes.correct');
	const regionId = b.regionId;
	// An item key of another meeting names nothing here, whatever this meeting's status.
	if (!listItems(db, [meetingId]).some((i) => i.key === input.itemKey)) throw notFound();
	if (m.status !== 'approved' && m.status !== 'published') throw conflict('signoff.notApproved');
	const record = effectiveRecord(db, meetingId);
	const item = record?.items.find((i) => i.key === input.itemKey);
	if (!record || !item) throw notFound();
	db.transaction((tx) => {
		tx.insert(minutesCorrection)
			.values({
				meetingId,
				itemKey: input.itemKey,
				field: input.field,
				before: JSON.stringify(item[input.field]),
				after: JSON.stringify(paragraphs(input.text)),
				reason: input.reason,
				userId: actor.userId,
				createdAt: now
			})
			.run();
		recordAudit(
			tx,
			{
				regionId,
				userId: actor.userId,
				action: 'minutes.corrected',
				targetType: 'meeting',
				targetId: meetingId,
				summary: `${m.title} ${item.number}. ${input.field}: ${input.reason}`
			},
			now
		);
		reindexMeeting(tx, meetingId);
	});
}
