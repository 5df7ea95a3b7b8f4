/** The administration area's frame and its front page. */
import { can, type Actor } from '../../domain/policy';
import { assertCan } from '../access';
import { listBodiesByLevel } from '../bodies/service';
import type { Queryable } from '../db/client';
import { listFeedback } from '../feedback/admin';
import { listOrganisations } from '../organisations/service';
import { listActorRegions, pickRegion } from '../regions/visible';
import { listUsers } from '../users/admin';

/** Navigation and the region chooser only: every page and action checks its own access. */
export function adminLayout(db: Queryable, actor: Actor, regionSlug: string | null) {
	assertCan(actor, 'admin.access', null);
	const region = pickRegion(db, actor, regionSlug);
	const regions = listActorRegions(db, actor);
	return {
		region: { name: region.name, slug: region.slug },
		regions: regions.length > 1 ? regions.map((r) => ({ name: r.name, slug: r.slug })) : [],
		regionSlug: regions.length > 1 ? region.slug : null,
		canReadFeedback: can(actor, 'feedback.read', null),
		canManageRegions: can(actor, 'region.create', null),
		canReadAudit: can(actor, 'audit.read', { regionId: region.id })
	};
}

/** `/admin`: what the region has, and the gaps a coordinator can fill. */
export function adminOverview(db: Queryable, actor: Actor, regionSlug: string | null) {
	assertCan(actor, 'admin.access', null);
	const region = pickRegion(db, actor, regionSlug);
	const users = listUsers(db, actor, { regionId: region.id }).filter((user) => user.active);
	const levels = listBodiesByLevel(db, actor, region.id);
	const bodies = levels.flatMap((group) => group.bodies);
	return {
		organisations: listOrganisations(db, actor, { regionId: region.id }).length,
		users: users.length,
		usersWithoutPassword: users.filter((user) => !user.hasPassword).length,
		bodies: bodies.length,
		bodiesWithoutMembers: bodies.filter((body) => body.memberCount === 0).length,
		levelsWithoutBodies: levels
			.filter((group) => group.bodies.length === 0)
			.map((group) => group.level),
		feedback: can(actor, 'feedback.read', null) ? listFeedback(db, actor).length : null
	};
}
