/**
 * The applications of a call that its deciding body decides on, with what the
 * handler proposed and what the body decided: set-based reads (one query for
 * the applications, one for their assessments) for the proposal, the decision
 * and its settlement. Reads that take no actor: for the use cases and views only.
 */
import { and, asc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import {
	APPLICATION_STATUSES,
	goesToDecision,
	meanScore,
	type AssessmentState,
	type Criterion
} from '../../domain/grants';
import type { Queryable } from '../db/client';
import {
	grantActivityClass,
	grantApplication,
	grantAppropriation,
	grantAssessment,
	grantBasket,
	organisation,
	type GrantCallRow
} from '../db/schema';
import { assessmentState } from './assessment';

const TO_DECIDE = APPLICATION_STATUSES.filter(goesToDecision);

export interface DecisionRow {
	id: number;
	organisationId: number;
	organisation: string;
	title: string;
	activityClass: string | null;
	status: (typeof APPLICATION_STATUSES)[number];
	amountRequestedCents: number;
	proposedCents: number | null;
	proposalReason: string;
	decidedCents: number | null;
	decisionReason: string;
	amountGrantedCents: number | null;
}

/**
 * The applications that go to the decision, and once decided those the
 * decision settled, by organisation name.
 */
export function decisionRows(db: Queryable, callId: number): DecisionRow[] {
	return db
		.select({
			id: grantApplication.id,
			organisationId: grantApplication.organisationId,
			organisation: organisation.name,
			title: grantApplication.title,
			activityClass: grantActivityClass.name,
			status: grantApplication.status,
			amountRequestedCents: grantApplication.amountRequestedCents,
			proposedCents: grantApplication.proposedCents,
			proposalReason: grantApplication.proposalReason,
			decidedCents: grantApplication.decidedCents,
			decisionReason: grantApplication.decisionReason,
			amountGrantedCents: grantApplication.amountGrantedCents
		})
		.from(grantApplication)
		.innerJoin(organisation, eq(grantApplication.organisationId, organisation.id))
		.leftJoin(grantActivityClass, eq(grantApplication.activityClassId, grantActivityClass.id))
		.where(
			and(
				eq(grantApplication.callId, callId),
				or(inArray(grantApplication.status, TO_DECIDE), isNotNull(grantApplication.decidedAt))
			)
		)
		.orderBy(asc(organisation.name), asc(grantApplication.id))
		.all()
		.map((r) => ({ ...r, amountRequestedCents: r.amountRequestedCents ?? 0 }));
}

export interface AssessmentSummary {
	/** The mean weighted score of the completed, unconflicted assessments. */
	mean: number | null;
	completed: number;
	conflicts: number;
}

/** Each assessed application of the call: its mean score and how many assessed it or declared a conflict. */
export function assessmentSummaries(
	db: Queryable,
	callId: number,
	criteria: readonly Criterion[]
): Map<number, AssessmentSummary> {
	const byApplication = new Map<number, AssessmentState[]>();
	const rows = db
		.select({ assessment: grantAssessment })
		.from(grantAssessment)
		.innerJoin(grantApplication, eq(grantAssessment.applicationId, grantApplication.id))
		.where(eq(grantApplication.callId, callId))
		.all();
	for (const { assessment } of rows) {
		const list = byApplication.get(assessment.applicationId) ?? [];
		list.push(assessmentState(assessment));
		byApplication.set(assessment.applicationId, list);
	}
	return new Map(
		[...byApplication].map(([applicationId, states]) => [
			applicationId,
			{
				mean: meanScore(criteria, states),
				completed: states.filter((s) => !s.conflictDeclared && s.completedAt !== null).length,
				conflicts: states.filter((s) => s.conflictDeclared).length
			}
		])
	);
}

/** The call's basket and its appropriation for the call's budget year (0 when none is set). */
export function basketOf(
	db: Queryable,
	call: GrantCallRow
): { name: string; kind: typeof grantBasket.$inferSelect.kind; appropriationCents: number } {
	const row = db
		.select({
			name: grantBasket.name,
			kind: grantBasket.kind,
			appropriationCents: grantAppropriation.amountCents
		})
		.from(grantBasket)
		.leftJoin(
			grantAppropriation,
			and(
				eq(grantAppropriation.basketId, grantBasket.id),
				eq(grantAppropriation.year, call.budgetYear)
			)
		)
		.where(eq(grantBasket.id, call.basketId))
		.get()!;
	return { ...row, appropriationCents: row.appropriationCents ?? 0 };
}
