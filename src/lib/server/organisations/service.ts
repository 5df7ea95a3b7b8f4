/** The region's organisations, as coordinators maintain them in the administration area. */
import { asc, count, eq } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import type { OrganisationKind } from '../../domain/roles';
import { matchesQuery, sameName } from '../../domain/search';
import { assertCan } from '../access';
import type { Queryable } from '../db/client';
import { organisation, region, user, type Organisation } from '../db/schema';
import { conflict, notFound } from '../errors';
import { findOrganisation } from './rows';

export interface OrganisationInput {
	name: string;
	kind: OrganisationKind;
}

export interface OrganisationListItem extends Organisation {
	userCount: number;
}

export function listOrganisations(
	db: Queryable,
	actor: Actor,
	{ regionId, query }: { regionId: number; query?: string }
): OrganisationListItem[] {
	assertCan(actor, 'organisation.manage', { regionId });
	const rows = db
		.select({ organisation, userCount: count(user.id) })
		.from(organisation)
		.leftJoin(user, eq(user.organisationId, organisation.id))
		.where(eq(organisation.regionId, regionId))
		.groupBy(organisation.id)
		.orderBy(asc(organisation.name))
		.all();
	return rows
		.map((row) => ({ ...row.organisation, userCount: row.userCount }))
		.filter((row) => matchesQuery(query, row.name));
}

/** The organisation, if the actor may maintain it; it runs before any form is read. */
export function getOrganisation(db: Queryable, actor: Actor, organisationId: number): Organisation {
	const row = findOrganisation(db, organisationId);
	assertCan(actor, 'organisation.manage', { regionId: row.regionId });
	return row;
}

/** The region's organisation of that name (ignoring case), other than `exceptId`. */
export function findOrganisationByName(
	db: Queryable,
	regionId: number,
	name: string,
	exceptId?: number
): Organisation | undefined {
	return db
		.select()
		.from(organisation)
		.where(eq(organisation.regionId, regionId))
		.all()
		.find((row) => row.id !== exceptId && sameName(row.name, name));
}

function assertNameFree(db: Queryable, regionId: number, name: string, exceptId?: number): void {
	if (findOrganisationByName(db, regionId, name, exceptId)) {
		throw conflict('admin.organisations.nameTaken', { name: 'admin.organisations.nameTaken' });
	}
}

export function createOrganisation(
	db: Queryable,
	actor: Actor,
	input: OrganisationInput & { regionId: number }
): Organisation {
	assertCan(actor, 'organisation.manage', { regionId: input.regionId });
	if (!db.select({ id: region.id }).from(region).where(eq(region.id, input.regionId)).get())
		throw notFound();
	assertNameFree(db, input.regionId, input.name);
	return db.insert(organisation).values(input).returning().get();
}

export function updateOrganisation(
	db: Queryable,
	actor: Actor,
	organisationId: number,
	input: OrganisationInput
): Organisation {
	const current = getOrganisation(db, actor, organisationId);
	assertNameFree(db, current.regionId, input.name, current.id);
	return db
		.update(organisation)
		.set(input)
		.where(eq(organisation.id, current.id))
		.returning()
		.get();
}
