/**
 * Who is warned of a tie to an applicant before acting on a grant call: the
 * handler who prepares its proposal (and presents it by putting it on the
 * agenda), and the participants of the meeting that decides it. The ties are
 * read in ties.ts; the rules are in src/lib/domain/disqualification.ts.
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import {
	preparerRefusal,
	suggestedGround,
	tieSpecification,
	type ApplicantTie,
	type DisqualificationGround,
	type TieAnswer
} from '../../domain/disqualification';
import type { Actor } from '../../domain/policy';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import { grantCall, grantTieAnswer } from '../db/schema';
import { conflict, notFound } from '../errors';
import type { AttendeeView } from '../meetings/rows';
import { decisionRows } from './decision-rows';
import { authorizeCall } from './readable';
import { applicantTiesOf } from './ties';

/** A participant of a meeting who appears tied to an applicant of a grant item on its agenda. */
export interface MeetingTieWarning {
	itemKey: string;
	attendanceId: number;
	userId: number;
	name: string;
	organisation: string;
	tie: ApplicantTie;
	/** What a declaration from the warning records. */
	ground: DisqualificationGround;
	specification: string;
}

/**
 * The participants of a meeting tied to an applicant of a grant call decided
 * in it, per decision item: the members of the deciding body, who must declare
 * before the item is handled.
 */
export function meetingTieWarnings(
	db: Queryable,
	meetingId: number,
	attendance: readonly AttendeeView[]
): MeetingTieWarning[] {
	const calls = db
		.select({ id: grantCall.id, itemKey: grantCall.decisionItemKey })
		.from(grantCall)
		.where(and(eq(grantCall.decisionMeetingId, meetingId), isNotNull(grantCall.decisionItemKey)))
		.all();
	const participants = attendance.filter((a) => a.userId !== null);
	return calls.flatMap((call) => {
		const applicants = new Map(
			decisionRows(db, call.id).map((row) => [row.organisationId, row.organisation])
		);
		const ties = applicantTiesOf(
			db,
			participants.map((a) => a.userId!),
			[...applicants.keys()]
		);
		return participants.flatMap((a) =>
			ties
				.filter((t) => t.userId === a.userId)
				.map((t) => {
					const organisation = applicants.get(t.applicantOrganisationId)!;
					return {
						itemKey: call.itemKey!,
						attendanceId: a.id,
						userId: t.userId,
						name: a.name,
						organisation,
						tie: t.tie,
						ground: suggestedGround(t.tie),
						specification: tieSpecification(t.tie, organisation)
					};
				})
		);
	});
}

/** The handler's tie to an applicant of the call they prepare, with their answer to it. */
export interface PreparerTie {
	applicationId: number;
	organisation: string;
	title: string;
	tie: ApplicantTie;
	answer: TieAnswer;
	/** The declared ground, or the one the form offers first. */
	ground: DisqualificationGround;
	specification: string;
}

/** The handler's ties to the applicants of the call, each with their answer. */
export function preparerTies(db: Queryable, userId: number, callId: number): PreparerTie[] {
	const rows = decisionRows(db, callId);
	const ties = applicantTiesOf(
		db,
		[userId],
		rows.map((row) => row.organisationId)
	);
	if (ties.length === 0) return [];
	const answers = new Map(
		db
			.select()
			.from(grantTieAnswer)
			.where(
				and(
					eq(grantTieAnswer.userId, userId),
					inArray(
						grantTieAnswer.applicationId,
						rows.map((row) => row.id)
					)
				)
			)
			.all()
			.map((answer) => [answer.applicationId, answer])
	);
	return rows.flatMap((row) => {
		const found = ties.find((t) => t.applicantOrganisationId === row.organisationId);
		if (!found) return [];
		const answer = answers.get(row.id);
		return [
			{
				applicationId: row.id,
				organisation: row.organisation,
				title: row.title,
				tie: found.tie,
				answer: answer ? (answer.ground ? 'declared' : 'confirmed') : null,
				ground: answer?.ground ?? suggestedGround(found.tie),
				specification: answer ? answer.specification : tieSpecification(found.tie, row.organisation)
			}
		];
	});
}

const PREPARER_REFUSALS = {
	mustAnswer: 'disqualification.mustAnswerProposal',
	disqualified: 'disqualification.preparerDisqualified'
} as const;

/**
 * Refuses a handler's proposal while a tie of theirs to an applicant is
 * unanswered, or when it sets an amount for an application they declared
 * themselves disqualified on.
 */
export function assertMayPrepare(
	db: Queryable,
	actor: Actor,
	callId: number,
	entryApplicationIds: readonly number[]
): void {
	const refusal = preparerRefusal(preparerTies(db, actor.userId, callId), entryApplicationIds);
	if (refusal) throw conflict(PREPARER_REFUSALS[refusal]);
}

/**
 * The handler answers the warning of a tie to an applicant: declares a
 * disqualification with its ground (another handler then prepares that
 * application's proposal), or confirms they are not disqualified. Audited.
 */
export function answerPreparerTie(
	db: Db,
	actor: Actor,
	callId: number,
	applicationId: number,
	declared: { ground: DisqualificationGround; specification: string } | null,
	now = new Date()
): void {
	db.transaction((tx) => {
		const { call } = authorizeCall(tx, actor, callId, 'grantCall.handle', now);
		if (!decisionRows(tx, callId).some((row) => row.id === applicationId)) throw notFound();
		const tie = preparerTies(tx, actor.userId, callId).find(
			(t) => t.applicationId === applicationId
		);
		if (!tie) throw conflict('disqualification.noTie');
		if (tie.answer !== null) throw conflict('disqualification.already');
		tx.insert(grantTieAnswer)
			.values({
				applicationId,
				userId: actor.userId,
				ground: declared?.ground ?? null,
				specification: declared?.specification ?? '',
				answeredAt: now
			})
			.run();
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: declared ? 'grant.preparerDisqualified' : 'grant.preparerNotDisqualified',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: `${call.title}, ${tie.organisation}: ${
					declared ? [declared.ground, declared.specification].filter(Boolean).join(': ') : tie.tie
				}`
			},
			now
		);
	});
}
