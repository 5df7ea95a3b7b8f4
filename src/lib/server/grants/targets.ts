/**
 * Grant calls and applications as the policy's targets, read from the
 * database. Apart from readable.ts (which refuses with them) so that the
 * access module can decide on an application's live document without a cycle.
 */
import { and, desc, eq } from 'drizzle-orm';
import * as v from 'valibot';
import {
	COMPLETION_PARTS,
	openCompletionParts,
	type CompletionPart,
	type CompletionRequestState
} from '../../domain/grant-completion';
import { callStatus } from '../../domain/grants';
import type { GrantApplicationTarget, GrantCallTarget } from '../../domain/policy';
import type { Queryable } from '../db/client';
import {
	grantApplication,
	grantAssessment,
	grantCall,
	grantCallStaff,
	grantCompletionRequest,
	type GrantApplicationRow,
	type GrantCallRow
} from '../db/schema';
import { parseStored } from '../db/stored';
import { representativesOf } from '../organisations/representatives';

export interface CallStaff {
	handlerIds: number[];
	assessorIds: number[];
}

export function callStaff(db: Queryable, callId: number): CallStaff {
	const rows = db.select().from(grantCallStaff).where(eq(grantCallStaff.callId, callId)).all();
	return {
		handlerIds: rows.filter((r) => r.duty === 'handler').map((r) => r.userId),
		assessorIds: rows.filter((r) => r.duty === 'assessor').map((r) => r.userId)
	};
}

export function callTarget(call: GrantCallRow, staff: CallStaff, now: Date): GrantCallTarget {
	return {
		regionId: call.regionId,
		status: callStatus(call, now),
		published: call.publishedAt !== null,
		handlerIds: staff.handlerIds,
		assessorIds: staff.assessorIds
	};
}

export function applicationTarget(
	callTargetOf: GrantCallTarget,
	application: GrantApplicationRow,
	disqualifiedIds: readonly number[],
	representativeIds: readonly number[] | null,
	completionParts: readonly CompletionPart[]
): GrantApplicationTarget {
	return {
		...callTargetOf,
		organisationId: application.organisationId,
		applicationStatus: application.status,
		channel: application.channel,
		disqualifiedIds,
		representativeIds,
		completionParts
	};
}

const partsSchema = v.array(v.picklist(COMPLETION_PARTS));

export interface CompletionRequest extends CompletionRequestState {
	id: number;
	message: string;
	requestedAt: Date;
}

/** The application's latest request for completion, answered or not: the policy opens its parts. */
export function latestCompletionRequest(
	db: Queryable,
	applicationId: number
): CompletionRequest | null {
	const row = db
		.select()
		.from(grantCompletionRequest)
		.where(eq(grantCompletionRequest.applicationId, applicationId))
		.orderBy(desc(grantCompletionRequest.id))
		.get();
	if (!row) return null;
	return {
		id: row.id,
		parts: parseStored(partsSchema, row.parts, `grant_completion_request ${row.id} parts`),
		message: row.message,
		dueAt: row.dueAt,
		completedAt: row.completedAt,
		requestedAt: row.requestedAt
	};
}

/** The assessors who declared a conflict of interest in the application. */
export function disqualifiedAssessors(db: Queryable, applicationId: number): number[] {
	return db
		.select({ assessorId: grantAssessment.assessorId })
		.from(grantAssessment)
		.where(
			and(
				eq(grantAssessment.applicationId, applicationId),
				eq(grantAssessment.conflictDeclared, true)
			)
		)
		.all()
		.map((r) => r.assessorId);
}

/** An application with its call, and the application as the policy sees it now; null when there is none. */
export function loadApplicationTarget(db: Queryable, applicationId: number, now: Date) {
	const row = db
		.select({ application: grantApplication, call: grantCall })
		.from(grantApplication)
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.where(eq(grantApplication.id, applicationId))
		.get();
	if (!row) return null;
	const target = callTarget(row.call, callStaff(db, row.call.id), now);
	const appTarget = applicationTarget(
		target,
		row.application,
		disqualifiedAssessors(db, applicationId),
		representativesOf(db, row.application.organisationId),
		openCompletionParts(latestCompletionRequest(db, applicationId), now)
	);
	return { ...row, target, applicationTarget: appTarget };
}
