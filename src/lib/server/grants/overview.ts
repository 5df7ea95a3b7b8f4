/**
 * The region's calls as each reader may see them: published calls for
 * everyone of the region, drafts for their handlers, with the basket and its
 * appropriation for the call's budget year. Read by the grants overview and
 * the integration API.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { CallStatus, GrantBasket } from '../../domain/grants';
import { can, type Actor } from '../../domain/policy';
import type { Queryable } from '../db/client';
import { grantAppropriation, grantBasket, grantCall, grantCallStaff } from '../db/schema';
import { applyTarget, callTarget, type CallStaff } from './readable';

export interface CallListRow {
	id: number;
	title: string;
	basket: { id: number; kind: GrantBasket; name: string };
	budgetYear: number;
	opensAt: Date;
	closesAt: Date;
	published: boolean;
	status: CallStatus;
	/** The basket's appropriation for the call's budget year; null until the budget sets it. */
	appropriationCents: number | null;
	canHandle: boolean;
	canApply: boolean;
}

/** The named handlers and assessors of many calls, in one query. */
function staffOf(db: Queryable, callIds: readonly number[]): Map<number, CallStaff> {
	const rows = callIds.length
		? db
				.select()
				.from(grantCallStaff)
				.where(inArray(grantCallStaff.callId, [...callIds]))
				.all()
		: [];
	return new Map(
		callIds.map((id) => [
			id,
			{
				handlerIds: rows
					.filter((r) => r.callId === id && r.duty === 'handler')
					.map((r) => r.userId),
				assessorIds: rows
					.filter((r) => r.callId === id && r.duty === 'assessor')
					.map((r) => r.userId)
			}
		])
	);
}

const STATUS_ORDER: Record<CallStatus, number> = { open: 0, upcoming: 1, closed: 2, decided: 3 };

/**
 * The calls of the actor's region they may read: open ones first (the nearest
 * deadline first), then upcoming, then closed and decided (the latest first).
 */
export function listCalls(db: Queryable, actor: Actor, now = new Date()): CallListRow[] {
	const rows = db
		.select({
			call: grantCall,
			basket: grantBasket,
			appropriationCents: grantAppropriation.amountCents
		})
		.from(grantCall)
		.innerJoin(grantBasket, eq(grantCall.basketId, grantBasket.id))
		.leftJoin(
			grantAppropriation,
			and(
				eq(grantAppropriation.basketId, grantCall.basketId),
				eq(grantAppropriation.year, grantCall.budgetYear)
			)
		)
		.where(eq(grantCall.regionId, actor.regionId))
		.orderBy(desc(grantCall.closesAt))
		.all();
	const staff = staffOf(
		db,
		rows.map((r) => r.call.id)
	);
	return rows
		.map(({ call, basket, appropriationCents }) => {
			const target = callTarget(call, staff.get(call.id)!, now);
			return {
				readable: can(actor, 'grantCall.read', target),
				row: {
					id: call.id,
					title: call.title,
					basket: { id: basket.id, kind: basket.kind, name: basket.name },
					budgetYear: call.budgetYear,
					opensAt: call.opensAt,
					closesAt: call.closesAt,
					published: call.publishedAt !== null,
					status: target.status,
					appropriationCents,
					canHandle: can(actor, 'grantCall.handle', target),
					canApply: can(actor, 'grantCall.apply', applyTarget(db, actor, target))
				}
			};
		})
		.filter((r) => r.readable)
		.map((r) => r.row)
		.sort(
			(a, b) =>
				STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
				(a.status === 'open' || a.status === 'upcoming'
					? a.closesAt.getTime() - b.closesAt.getTime()
					: b.closesAt.getTime() - a.closesAt.getTime())
		);
}

/** The grants overview: published calls, the reader's drafts, and what they may do next. */
export function grantsOverview(db: Queryable, actor: Actor, now = new Date()) {
	const calls = listCalls(db, actor, now);
	return {
		calls: calls.filter((c) => c.published),
		drafts: calls.filter((c) => !c.published),
		isNgo: actor.organisationKind === 'ngo',
		/** An NGO's people keep its profile, reused in every application. */
		ownOrganisationId: actor.organisationId,
		canManage: can(actor, 'grant.manage', { regionId: actor.regionId }),
		canHandlePayments: can(actor, 'grantPayment.handle', { regionId: actor.regionId })
	};
}
