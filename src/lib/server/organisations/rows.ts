/** Reads of organisations that check no access: for the use cases and views only. */
import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { organisation, type Organisation } from '../db/schema';
import { notFound } from '../errors';

export function findOrganisation(db: Queryable, organisationId: number): Organisation {
	const row = db.select().from(organisation).where(eq(organisation.id, organisationId)).get();
	if (!row) throw notFound();
	return row;
}
