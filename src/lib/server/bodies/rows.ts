/** Reads of bodies and their members that check no access: for the use cases and views only. */
import { eq, inArray } from 'drizzle-orm';
import { LEVELS } from '../../domain/levels';
import { BODY_ROLES, type BodyRole } from '../../domain/roles';
import type { Queryable } from '../db/client';
import { body, membership, organisation, user, type Body } from '../db/schema';
import { notFound } from '../errors';

export interface Member {
	userId: number;
	name: string;
	title: string;
	organisationName: string;
	role: BodyRole;
	active: boolean;
}

/** Officers first (chair, vice chair, secretary), then members and guests, each by name. */
function byRoleThenName(a: Member, b: Member): number {
	return (
		BODY_ROLES.indexOf(a.role) - BODY_ROLES.indexOf(b.role) || a.name.localeCompare(b.name, 'fi')
	);
}

export function listMembers(db: Queryable, bodyIds: number[]): Map<number, Member[]> {
	const byBody = new Map<number, Member[]>(bodyIds.map((id) => [id, []]));
	if (bodyIds.length === 0) return byBody;
	const rows = db
		.select({
			bodyId: membership.bodyId,
			userId: user.id,
			name: user.name,
			title: user.title,
			organisationName: organisation.name,
			role: membership.role,
			active: user.active
		})
		.from(membership)
		.innerJoin(user, eq(membership.userId, user.id))
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.where(inArray(membership.bodyId, bodyIds))
		.all();
	for (const { bodyId, ...member } of rows) byBody.get(bodyId)?.push(member);
	for (const members of byBody.values()) members.sort(byRoleThenName);
	return byBody;
}

/** Strategic bodies first, each level by name. */
export function byLevelThenName(a: Body, b: Body): number {
	return LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.name.localeCompare(b.name, 'fi');
}

export function findBody(db: Queryable, bodyId: number): Body {
	const row = db.select().from(body).where(eq(body.id, bodyId)).get();
	if (!row) throw notFound();
	return row;
}
