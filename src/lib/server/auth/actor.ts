import { eq } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import type { Queryable } from '../db/client';
import { membership, organisation, type User } from '../db/schema';

/** Builds the policy's view of a user: their organisation, region and body roles. */
export function loadActor(db: Queryable, user: User): Actor {
	const org = db
		.select({ kind: organisation.kind, regionId: organisation.regionId })
		.from(organisation)
		.where(eq(organisation.id, user.organisationId))
		.get();
	if (!org) throw new Error(`user ${user.id} has no organisation`);
	const memberships = db
		.select({ bodyId: membership.bodyId, role: membership.role })
		.from(membership)
		.where(eq(membership.userId, user.id))
		.all();
	return {
		userId: user.id,
		siteRole: user.siteRole,
		organisationId: user.organisationId,
		organisationKind: org.kind,
		regionId: org.regionId,
		nationalRole: user.nationalRole,
		memberships
	};
}
