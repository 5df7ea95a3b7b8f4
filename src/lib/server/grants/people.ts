/** Who is told about an application: the applicant's people on one side, the call's handlers on the other. */
import { and, eq, inArray, ne, or } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { organisation, user, type GrantCallRow } from '../db/schema';
import type { CallStaff } from './readable';

/** The applicant organisation's active users. */
export function applicantUserIds(db: Queryable, organisationId: number): number[] {
	return db
		.select({ id: user.id })
		.from(user)
		.where(and(eq(user.organisationId, organisationId), eq(user.active, true)))
		.all()
		.map((r) => r.id);
}

/**
 * Those who handle the call: its named handlers and the region's coordinators
 * of the county's own organisations (the policy's `handlesCall`).
 */
export function handlerUserIds(db: Queryable, call: GrantCallRow, staff: CallStaff): number[] {
	const coordinators = db
		.select({ id: user.id })
		.from(user)
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.where(
			and(
				eq(organisation.regionId, call.regionId),
				ne(organisation.kind, 'ngo'),
				eq(user.active, true),
				or(
					eq(user.siteRole, 'coordinator'),
					staff.handlerIds.length > 0 ? inArray(user.id, staff.handlerIds) : undefined
				)
			)
		)
		.all()
		.map((r) => r.id);
	return [...new Set(coordinators)];
}
