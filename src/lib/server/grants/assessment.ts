/**
 * The independent assessment of an application: each named assessor scores
 * it against the call's criteria, as a draft and then completed for good, or
 * declares a conflict of interest (esteellisyys) and is barred from it. Once
 * every named assessor has done one or the other, the application is assessed.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { DisqualificationGround } from '../../domain/disqualification';
import { scoresSchema, type AssessmentState } from '../../domain/grants';
import type { Actor } from '../../domain/policy';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import { grantApplication, grantAssessment, type GrantAssessmentRow } from '../db/schema';
import { parseStored } from '../db/stored';
import { conflict, invalid } from '../errors';
import { authorizeApplication, criteriaOf } from './readable';
import { applicantTieOf } from './ties';

export function scoresOf(row: GrantAssessmentRow): (number | null)[] {
	return parseStored(scoresSchema, row.scores, `grant_assessment ${row.id} scores`);
}

/** An assessment row as the domain's score rules read it; a draft's unscored criteria count as missing. */
export function assessmentState(row: GrantAssessmentRow): AssessmentState {
	const scores = scoresOf(row);
	return {
		conflictDeclared: row.conflictDeclared,
		completedAt: row.completedAt,
		scores: scores.every((s) => s !== null) ? scores : []
	};
}

/** Assessment rows by their application. */
export function byApplication(rows: readonly GrantAssessmentRow[]) {
	const grouped = new Map<number, GrantAssessmentRow[]>();
	for (const row of rows) {
		const list = grouped.get(row.applicationId) ?? [];
		list.push(row);
		grouped.set(row.applicationId, list);
	}
	return grouped;
}

/** The assessments of the applications, set-based: one query for any number of them. */
export function assessmentsOf(
	db: Queryable,
	applicationIds: readonly number[]
): Map<number, GrantAssessmentRow[]> {
	if (applicationIds.length === 0) return new Map();
	return byApplication(
		db
			.select()
			.from(grantAssessment)
			.where(inArray(grantAssessment.applicationId, [...applicationIds]))
			.all()
	);
}

/** Whether an assessor is done with an application: completed, or declared a conflict. */
export function assessmentDone(row: Pick<GrantAssessmentRow, 'completedAt' | 'conflictDeclared'>) {
	return row.completedAt !== null || row.conflictDeclared;
}

/** Assessed once every named assessor is done with it; submitted until then. */
export function settledStatus(
	db: Queryable,
	applicationId: number,
	assessorIds: readonly number[]
): 'submitted' | 'assessed' {
	if (assessorIds.length === 0) return 'submitted';
	const done = new Set(
		(assessmentsOf(db, [applicationId]).get(applicationId) ?? [])
			.filter(assessmentDone)
			.map((row) => row.assessorId)
	);
	return assessorIds.every((id) => done.has(id)) ? 'assessed' : 'submitted';
}

function ownAssessment(db: Queryable, applicationId: number, assessorId: number) {
	return db
		.select()
		.from(grantAssessment)
		.where(
			and(
				eq(grantAssessment.applicationId, applicationId),
				eq(grantAssessment.assessorId, assessorId)
			)
		)
		.get();
}

function upsertAssessment(
	db: Queryable,
	applicationId: number,
	assessorId: number,
	values: Partial<typeof grantAssessment.$inferInsert>,
	now: Date
): void {
	db.insert(grantAssessment)
		.values({ applicationId, assessorId, ...values, updatedAt: now })
		.onConflictDoUpdate({
			target: [grantAssessment.applicationId, grantAssessment.assessorId],
			set: { ...values, updatedAt: now }
		})
		.run();
}

/** A submitted application becomes assessed when the last assessor is done; an ineligible one stays so. */
function settle(db: Queryable, applicationId: number, assessorIds: readonly number[], now: Date) {
	const current = db
		.select({ status: grantApplication.status })
		.from(grantApplication)
		.where(eq(grantApplication.id, applicationId))
		.get()!;
	if (current.status !== 'submitted') return;
	if (settledStatus(db, applicationId, assessorIds) === 'assessed')
		db.update(grantApplication)
			.set({ status: 'assessed', updatedAt: now })
			.where(eq(grantApplication.id, applicationId))
			.run();
}

export interface AssessmentInput {
	intent: 'save' | 'complete';
	comment: string;
	/** One per criterion of the call, in its order; null where not scored yet. */
	scores: (number | null)[];
}

/**
 * Saves the assessor's scores as a draft, or completes them: a completed
 * assessment is final, since the assessor then sees the others' scores.
 */
export function saveAssessment(
	db: Db,
	actor: Actor,
	applicationId: number,
	input: AssessmentInput,
	now: Date
): void {
	db.transaction((tx) => {
		const access = authorizeApplication(tx, actor, applicationId, 'grantApplication.assess', now);
		const criteria = criteriaOf(access.call);
		if (input.scores.length > criteria.length) throw invalid('validation.invalid');
		const scores = criteria.map((_, i) => input.scores[i] ?? null);
		const own = ownAssessment(tx, applicationId, actor.userId);
		if (own?.completedAt) throw conflict('grantAssessment.alreadyCompleted');
		// Tied to the applicant: declared (then barred above) or confirmed not disqualified, before scoring.
		if (
			!own?.independenceConfirmedAt &&
			applicantTieOf(tx, actor.userId, access.application.organisationId)
		)
			throw conflict('disqualification.mustConfirm');
		if (input.intent === 'complete') {
			const unscored = scores.flatMap((s, i) => (s === null ? [i] : []));
			if (unscored.length > 0)
				throw invalid(
					'grantAssessment.incomplete',
					Object.fromEntries(unscored.map((i) => [`score.${i}`, 'grantAssessment.scoreMissing']))
				);
		}
		upsertAssessment(
			tx,
			applicationId,
			actor.userId,
			{
				scores: JSON.stringify(scores),
				comment: input.comment,
				completedAt: input.intent === 'complete' ? now : null
			},
			now
		);
		settle(tx, applicationId, access.target.assessorIds, now);
	});
}

/**
 * The assessor declares a conflict of interest with its ground: from then on
 * the policy bars them from assessing the application, and any score they
 * gave no longer counts.
 */
export function declareConflict(
	db: Db,
	actor: Actor,
	applicationId: number,
	declared: { ground: DisqualificationGround; specification: string },
	now: Date
): void {
	db.transaction((tx) => {
		const access = authorizeApplication(tx, actor, applicationId, 'grantApplication.assess', now);
		upsertAssessment(
			tx,
			applicationId,
			actor.userId,
			{
				conflictDeclared: true,
				conflictGround: declared.ground,
				conflictSpecification: declared.specification
			},
			now
		);
		recordAudit(
			tx,
			{
				regionId: access.call.regionId,
				userId: actor.userId,
				action: 'grantAssessment.conflictDeclared',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: [declared.ground, declared.specification].filter(Boolean).join(': ')
			},
			now
		);
		settle(tx, applicationId, access.target.assessorIds, now);
	});
}

/**
 * An assessor whom the app finds tied to the applicant confirms they are not
 * disqualified (e.g. they left its board): logged, and scoring opens.
 */
export function confirmNotDisqualified(
	db: Db,
	actor: Actor,
	applicationId: number,
	now: Date
): void {
	db.transaction((tx) => {
		const access = authorizeApplication(tx, actor, applicationId, 'grantApplication.assess', now);
		const tie = applicantTieOf(tx, actor.userId, access.application.organisationId);
		if (!tie) throw conflict('disqualification.noTie');
		upsertAssessment(tx, applicationId, actor.userId, { independenceConfirmedAt: now }, now);
		recordAudit(
			tx,
			{
				regionId: access.call.regionId,
				userId: actor.userId,
				action: 'grantAssessment.notDisqualifiedConfirmed',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: tie
			},
			now
		);
	});
}
