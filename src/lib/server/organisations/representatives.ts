/** Who acts for an NGO (`organisation_representative`), as the policy's targets need it. */
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { organisationRepresentative } from '../db/schema';

/** Those who act for the organisation, or null while it has named none (then all its people do). */
export function representativesOf(db: Queryable, organisationId: number): number[] | null {
	const ids = db
		.select({ userId: organisationRepresentative.userId })
		.from(organisationRepresentative)
		.where(eq(organisationRepresentative.organisationId, organisationId))
		.all()
		.map((r) => r.userId);
	return ids.length > 0 ? ids : null;
}

/** The contact people the county confirmed when it verified the organisation. */
export function confirmedContactsOf(db: Queryable, organisationId: number): number[] {
	return db
		.select({ userId: organisationRepresentative.userId })
		.from(organisationRepresentative)
		.where(
			and(
				eq(organisationRepresentative.organisationId, organisationId),
				eq(organisationRepresentative.kind, 'contact')
			)
		)
		.all()
		.map((r) => r.userId);
}
