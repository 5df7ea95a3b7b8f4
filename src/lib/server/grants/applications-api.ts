/** `GET /api/grants/applications` and `GET /api/grants/applications/<id>` (README, "Integration API"). */
import { and, asc, eq, inArray, ne, or, type SQL } from 'drizzle-orm';
import { can, type Actor } from '../../domain/policy';
import type { Queryable } from '../db/client';
import {
	grantApplication,
	grantCall,
	grantCallStaff,
	grantReport,
	type GrantApplicationRow
} from '../db/schema';
import { grantPayments } from './payments';
import { authorizeApplication, authorizeCall, callTarget } from './readable';

const euros = (cents: number | null) => (cents === null ? null : cents / 100);

function forApi(application: GrantApplicationRow) {
	return {
		id: application.id,
		callId: application.callId,
		organisationId: application.organisationId,
		amountRequestedEur: euros(application.amountRequestedCents),
		status: application.status,
		/** `online`, or `paper`: entered by a handler from a paper application. */
		channel: application.channel,
		amountGrantedEur: euros(application.amountGrantedCents),
		decisionMeetingId: application.decisionMeetingId
	};
}

/** The calls of the actor's region (every region's for an administrator) that they handle. */
function handledCallIds(db: Queryable, actor: Actor, now: Date): number[] {
	const calls = db
		.select()
		.from(grantCall)
		.where(actor.siteRole === 'admin' ? undefined : eq(grantCall.regionId, actor.regionId))
		.all();
	if (calls.length === 0) return [];
	const staff = db
		.select()
		.from(grantCallStaff)
		.where(
			inArray(
				grantCallStaff.callId,
				calls.map((c) => c.id)
			)
		)
		.all();
	const staffOf = (callId: number, duty: 'handler' | 'assessor') =>
		staff.filter((s) => s.callId === callId && s.duty === duty).map((s) => s.userId);
	return calls
		.filter((call) =>
			can(
				actor,
				'grantCall.handle',
				callTarget(
					call,
					{ handlerIds: staffOf(call.id, 'handler'), assessorIds: staffOf(call.id, 'assessor') },
					now
				)
			)
		)
		.map((call) => call.id);
}

/**
 * `GET /api/grants/applications/<id>`: one application the actor may read (not
 * found otherwise), with the recipient's answer to the grant, its payments and its reports.
 */
export function applicationForApi(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	now = new Date()
) {
	const { call, application } = authorizeApplication(
		db,
		actor,
		applicationId,
		'grantApplication.read',
		now
	);
	return {
		...forApi(application),
		acceptance: application.acceptance,
		payments: grantPayments(db, call.regionId, applicationId, now).map((p) => ({
			dueOn: p.dueOn,
			amountEur: p.amountCents / 100,
			status: p.status
		})),
		reports: db
			.select({ kind: grantReport.kind, dueOn: grantReport.dueOn, status: grantReport.status })
			.from(grantReport)
			.where(eq(grantReport.applicationId, applicationId))
			.orderBy(asc(grantReport.dueOn))
			.all()
	};
}

/**
 * The applicant organisation's own applications (drafts too), and every sent
 * application of the calls the actor handles; with `callId`, of that call only
 * (not found for a call the actor may not see).
 */
export function applicationsForApi(
	db: Queryable,
	actor: Actor,
	callId: number | null,
	now = new Date()
) {
	let handled = handledCallIds(db, actor, now);
	if (callId !== null) {
		authorizeCall(db, actor, callId, 'grantCall.read', now);
		handled = handled.filter((id) => id === callId);
	}
	const own = and(
		eq(grantApplication.organisationId, actor.organisationId),
		eq(grantCall.regionId, actor.regionId)
	);
	const sent: SQL | undefined =
		handled.length > 0
			? and(inArray(grantApplication.callId, handled), ne(grantApplication.status, 'draft'))
			: undefined;
	return db
		.select({ application: grantApplication })
		.from(grantApplication)
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.where(and(callId === null ? undefined : eq(grantApplication.callId, callId), or(own, sent)))
		.orderBy(grantApplication.id)
		.all()
		.map((row) => forApi(row.application));
}
