/**
 * The handler's list of a call's applications, `/grants/calls/<id>/applications`:
 * every sent application with its organisation, class, amount, status, the
 * assessments done and the mean weighted score. Set-based: three queries
 * whatever the number of applications (`npm run bench:grants`).
 */
import { and, eq, ne, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { meanScore, type ApplicationStatus } from '../../domain/grants';
import type { Actor } from '../../domain/policy';
import type { Queryable } from '../db/client';
import {
	grantActivityClass,
	grantApplication,
	grantAssessment,
	organisation,
	user
} from '../db/schema';
import { assessmentDone, assessmentState, byApplication } from './assessment';
import type { PaperMark } from './paper-applications';
import { authorizeCall, criteriaOf } from './readable';

export const LIST_ORDERS = ['organisation', 'amount', 'status', 'score'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];

export function listOrder(value: string | null): ListOrder {
	return LIST_ORDERS.find((order) => order === value) ?? 'organisation';
}

export interface HandlerRow {
	id: number;
	title: string;
	organisationName: string;
	activityClassName: string | null;
	amountRequestedCents: number | null;
	status: ApplicationStatus;
	eligibilityChecked: boolean;
	assessmentsDone: number;
	meanScore: number | null;
	/** Entered from paper: by whom, and the day it arrived. */
	paper: PaperMark | null;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'fi');

/** Highest first for amounts and scores, those without one last; names in Finnish alphabetical order. */
const COMPARE: Record<ListOrder, (a: HandlerRow, b: HandlerRow) => number> = {
	organisation: (a, b) => byText(a.organisationName, b.organisationName) || a.id - b.id,
	amount: (a, b) => (b.amountRequestedCents ?? -1) - (a.amountRequestedCents ?? -1) || a.id - b.id,
	status: (a, b) => byText(a.status, b.status) || a.id - b.id,
	score: (a, b) => (b.meanScore ?? -1) - (a.meanScore ?? -1) || a.id - b.id
};

export function handlerList(
	db: Queryable,
	actor: Actor,
	callId: number,
	order: ListOrder,
	now: Date
) {
	const { call, target } = authorizeCall(db, actor, callId, 'grantCall.handle', now);
	const criteria = criteriaOf(call);
	const enterer = alias(user, 'enterer');
	const applications = db
		.select({
			id: grantApplication.id,
			title: grantApplication.title,
			organisationName: organisation.name,
			activityClassName: grantActivityClass.name,
			amountRequestedCents: grantApplication.amountRequestedCents,
			status: grantApplication.status,
			eligibilityCheckedAt: grantApplication.eligibilityCheckedAt,
			receivedOn: grantApplication.receivedOn,
			enteredBy: enterer.name
		})
		.from(grantApplication)
		.innerJoin(organisation, eq(grantApplication.organisationId, organisation.id))
		.leftJoin(grantActivityClass, eq(grantApplication.activityClassId, grantActivityClass.id))
		.leftJoin(enterer, eq(grantApplication.enteredBy, enterer.id))
		.where(
			and(
				eq(grantApplication.callId, callId),
				// A paper draft is the handlers' own work in progress: listed so they find it again.
				or(ne(grantApplication.status, 'draft'), eq(grantApplication.channel, 'paper'))
			)
		)
		.all();
	const assessments = byApplication(
		db
			.select({ assessment: grantAssessment })
			.from(grantAssessment)
			.innerJoin(grantApplication, eq(grantAssessment.applicationId, grantApplication.id))
			.where(eq(grantApplication.callId, callId))
			.all()
			.map((row) => row.assessment)
	);
	const assessors = new Set(target.assessorIds);
	const rows: HandlerRow[] = applications.map(
		({ eligibilityCheckedAt, receivedOn, enteredBy, ...application }) => {
			const own = assessments.get(application.id) ?? [];
			return {
				...application,
				paper: enteredBy === null ? null : { enteredBy, receivedOn: receivedOn ?? '' },
				eligibilityChecked: eligibilityCheckedAt !== null,
				assessmentsDone: own.filter((a) => assessors.has(a.assessorId) && assessmentDone(a)).length,
				meanScore: meanScore(criteria, own.map(assessmentState))
			};
		}
	);
	return {
		call: { id: call.id, title: call.title, status: target.status },
		assessorCount: assessors.size,
		order,
		applications: rows.sort(COMPARE[order])
	};
}
