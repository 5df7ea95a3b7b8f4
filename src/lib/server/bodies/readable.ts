/** Bodies as the actor may see them, and the check every action on one body starts with. */
import { eq, inArray, or } from 'drizzle-orm';
import { can, type Actor } from '../../domain/policy';
import type { BodyRole } from '../../domain/roles';
import { assertCan, assertCanRead } from '../access';
import type { Queryable } from '../db/client';
import { body, type Body } from '../db/schema';
import { byLevelThenName, findBody } from './rows';
import { bodyTarget } from './target';

/**
 * Bodies the actor may see, strategic first. The query keeps to the actor's
 * region and own bodies (an administrator's reach is every region); the policy
 * still has the last word on each row.
 */
export function listVisibleBodies(db: Queryable, actor: Actor | null): Body[] {
	if (!actor) return [];
	const ownBodyIds = actor.memberships.map((m) => m.bodyId);
	const reach =
		actor.siteRole === 'admin'
			? undefined
			: ownBodyIds.length === 0
				? eq(body.regionId, actor.regionId)
				: or(eq(body.regionId, actor.regionId), inArray(body.id, ownBodyIds));
	return db
		.select()
		.from(body)
		.where(reach)
		.all()
		.filter((row) => can(actor, 'body.read', bodyTarget(row)))
		.sort(byLevelThenName);
}

export function getBody(db: Queryable, actor: Actor | null, bodyId: number): Body {
	const row = findBody(db, bodyId);
	assertCanRead(actor, 'body.read', bodyTarget(row));
	return row;
}

/** What a person may do on a body's own page (beyond seeing it). */
export type BodyAction = 'meeting.manage' | 'item.receive';

/** The body, once the actor may see it (else 404/403) and do `action` in it (else 403). */
export function authorizeBody(
	db: Queryable,
	actor: Actor,
	bodyId: number,
	action: BodyAction
): Body {
	const row = getBody(db, actor, bodyId);
	assertCan(actor, action, bodyTarget(row));
	return row;
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
		.sort(byLevelThenName)
		.map((row) => ({ ...row, role: roles.get(row.id)! }));
}
