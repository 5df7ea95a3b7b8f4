/** The shapes of the measures integration API (README, "Integration API"). */
import type { Actor } from '../../domain/policy';
import type { Queryable } from '../db/client';
import { notFound } from '../errors';
import { listMeasures, type MeasureListRow } from './lists';

function measureForApi(m: MeasureListRow, origin: string) {
	return {
		id: m.id,
		kind: m.kind,
		title: m.title,
		ownerOrganisationIds: m.owners.map((o) => o.id),
		bodyId: m.bodyId,
		sourceMeetingId: m.sourceMeetingId,
		budgetYear: m.budgetYear,
		dueDate: m.dueDate,
		status: m.status,
		overdue: m.overdue,
		lastUpdate: m.lastUpdate
			? {
					status: m.lastUpdate.status,
					comment: m.lastUpdate.comment,
					by: m.lastUpdate.userName,
					at: m.lastUpdate.createdAt.toISOString()
				}
			: null,
		url: `${origin}/measures/${m.id}`
	};
}

/** The measures of the user's region they may read, of one budget year when given (like `/api/calendar`). */
export function measuresForApi(
	db: Queryable,
	actor: Actor,
	budgetYear: number | undefined,
	origin: string
) {
	return listMeasures(db, actor, { regionId: actor.regionId, budgetYear }).map((m) =>
		measureForApi(m, origin)
	);
}

/** One measure the actor may read, as the API returns it (after a follow-up). */
export function measureOfApi(db: Queryable, actor: Actor, measureId: number, origin: string) {
	const [row] = listMeasures(db, actor, { id: measureId });
	if (!row) throw notFound();
	return measureForApi(row, origin);
}
