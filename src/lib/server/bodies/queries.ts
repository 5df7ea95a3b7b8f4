import { asc, eq, inArray } from 'drizzle-orm';
import { LEVELS, type Level } from '../../domain/levels';
import { can, type Actor, type BodyTarget } from '../../domain/policy';
import { BODY_ROLES, type BodyRole } from '../../domain/roles';
import { assertCan } from '../access';
import type { Queryable } from '../db/client';
import { body, membership, organisation, region, user, type Body } from '../db/schema';
import { notFound } from '../errors';

export function bodyTarget(row: Body): BodyTarget {
	return {
		id: row.id,
		regionId: row.regionId,
		level: row.level,
		public: row.public,
		membersCoEditMinutes: row.membersCoEditMinutes
	};
}

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

function levelOrder(a: Body, b: Body): number {
	return LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.name.localeCompare(b.name, 'fi');
}

/** Bodies the actor may see, strategic first. */
export function listVisibleBodies(db: Queryable, actor: Actor | null): Body[] {
	return db
		.select()
		.from(body)
		.all()
		.filter((row) => can(actor, 'body.read', bodyTarget(row)))
		.sort(levelOrder);
}

export function getBody(db: Queryable, actor: Actor | null, bodyId: number): Body {
	const row = db.select().from(body).where(eq(body.id, bodyId)).get();
	if (!row) throw notFound();
	assertCan(actor, 'body.read', bodyTarget(row));
	return row;
}

export interface BodyWithMembers extends Body {
	members: Member[];
}

export interface LevelGroup {
	level: Level;
	bodies: BodyWithMembers[];
}

/** The region's cooperation structure: every level, strategic at the top, with its bodies. */
export function getRegionStructure(db: Queryable, actor: Actor | null, regionId: number) {
	assertCan(actor, 'structure.read', { regionId });
	const regionRow = db.select().from(region).where(eq(region.id, regionId)).get();
	if (!regionRow) throw notFound();
	const bodies = db
		.select()
		.from(body)
		.where(eq(body.regionId, regionId))
		.orderBy(asc(body.name))
		.all();
	const members = listMembers(
		db,
		bodies.map((b) => b.id)
	);
	const levels: LevelGroup[] = LEVELS.map((level) => ({
		level,
		bodies: bodies
			.filter((b) => b.level === level)
			.map((b) => ({ ...b, members: members.get(b.id) ?? [] }))
	}));
	return { region: regionRow, levels };
}

/** The actor's own bodies with their role in each, strategic first. */
export function listMyBodies(db: Queryable, actor: Actor): (Body & { role: BodyRole })[] {
	if (actor.memberships.length === 0) return [];
	const roles = new Map(actor.memberships.map((m) => [m.bodyId, m.role]));
	return db
		.select()
		.from(body)
		.where(inArray(body.id, [...roles.keys()]))
		.all()
		.sort(levelOrder)
		.map((row) => ({ ...row, role: roles.get(row.id)! }));
}
