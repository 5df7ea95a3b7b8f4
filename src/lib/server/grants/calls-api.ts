/** The shapes of the grants integration API (README, "GET /api/grants/calls"). */
import type { Actor } from '../../domain/policy';
import type { Queryable } from '../db/client';
import { listCalls } from './overview';

/** The calls the user may see; the appropriation is the basket's for the call's budget year, in euros. */
export function callsForApi(db: Queryable, actor: Actor, now = new Date()) {
	return listCalls(db, actor, now).map((call) => ({
		id: call.id,
		basket: call.basket.kind,
		title: call.title,
		budgetYear: call.budgetYear,
		opensAt: call.opensAt.toISOString(),
		closesAt: call.closesAt.toISOString(),
		status: call.status,
		appropriationEur: call.appropriationCents === null ? null : call.appropriationCents / 100
	}));
}
