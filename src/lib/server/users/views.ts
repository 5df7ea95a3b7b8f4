/** The pages about people: the administration's user lists and forms, one's own account and `/api/me`. */
import { eq } from 'drizzle-orm';
import { can, type Actor } from '../../domain/policy';
import { SITE_ROLES } from '../../domain/roles';
import { listMyBodies } from '../bodies/readable';
import { feedTokenOf, feedUrl } from '../calendar/feeds';
import type { Queryable } from '../db/client';
import { user, type User } from '../db/schema';
import { notFound } from '../errors';
import { findOrganisation } from '../organisations/rows';
import { organisationChoices } from '../organisations/views';
import { pickRegion, regionSlugFor } from '../regions/visible';
import { getManagedUser, listUsers } from './admin';

/** The site roles the actor may give in the region. */
function assignableRoles(actor: Actor, regionId: number) {
	return SITE_ROLES.filter((siteRole) => can(actor, 'user.assignRole', { regionId, siteRole }));
}

/** `/admin/users`: the region's users matching the search, and what the invitation form offers. */
export function adminUsersPage(
	db: Queryable,
	actor: Actor,
	regionSlug: string | null,
	query: string
) {
	const region = pickRegion(db, actor, regionSlug);
	return {
		query,
		users: listUsers(db, actor, { regionId: region.id, query }),
		organisations: organisationChoices(db, actor, region.id),
		assignableRoles: assignableRoles(actor, region.id)
	};
}

/** `/admin/users/[id]`: a user the actor may manage, and what the form offers. */
export function adminUserPage(db: Queryable, actor: Actor, userId: number) {
	const managed = getManagedUser(db, actor, userId);
	return {
		user: managed,
		isSelf: managed.id === actor.userId,
		regionSlug: regionSlugFor(db, actor, managed.regionId),
		organisations: organisationChoices(db, actor, managed.regionId),
		assignableRoles: assignableRoles(actor, managed.regionId),
		canAssignNationalRole: can(actor, 'user.assignNationalRole', null)
	};
}

function ownUser(db: Queryable, actor: Actor): User {
	const row = db.select().from(user).where(eq(user.id, actor.userId)).get();
	if (!row) throw notFound();
	return row;
}

/** The actor's own bodies as their account lists them. */
function ownMemberships(db: Queryable, actor: Actor) {
	return listMyBodies(db, actor).map((b) => ({
		id: b.id,
		name: b.name,
		level: b.level,
		role: b.role
	}));
}

/** `/account`: one's profile and the bodies one sits in. */
export function accountPage(db: Queryable, actor: Actor) {
	const own = ownUser(db, actor);
	return {
		profile: {
			name: own.name,
			title: own.title,
			email: own.email,
			preferredLanguage: own.preferredLanguage
		},
		bodies: ownMemberships(db, actor)
	};
}

/** `GET /api/me`: the signed-in user, their organisation, memberships and calendar feed. */
export function meApi(db: Queryable, actor: Actor, origin: string) {
	const own = ownUser(db, actor);
	const org = findOrganisation(db, actor.organisationId);
	return {
		id: own.id,
		email: own.email,
		name: own.name,
		title: own.title,
		siteRole: own.siteRole,
		preferredLanguage: own.preferredLanguage,
		organisation: { id: org.id, name: org.name, kind: org.kind, regionId: org.regionId },
		memberships: ownMemberships(db, actor).map((b) => ({
			bodyId: b.id,
			bodyName: b.name,
			level: b.level,
			role: b.role
		})),
		calendarFeedUrl: feedUrl(origin, feedTokenOf(db, actor))
	};
}
