/**
 * The one place that decides who may do what. Pure and deny by default:
 * pages, form actions, API routes, use cases and the collaboration server all
 * ask `can`, and anything not granted below is refused.
 */
import type { Level } from './levels';
import { OFFICER_ROLES, type BodyRole, type OrganisationKind, type SiteRole } from './roles';

export interface Membership {
	bodyId: number;
	role: BodyRole;
}

/** The signed-in user as the policy sees them; `null` is an anonymous visitor. */
export interface Actor {
	userId: number;
	siteRole: SiteRole;
	organisationId: number;
	organisationKind: OrganisationKind;
	regionId: number;
	memberships: readonly Membership[];
}

export interface RegionTarget {
	regionId: number;
}

export interface BodyTarget {
	id: number;
	regionId: number;
	level: Level;
	public: boolean;
	membersCoEditMinutes: boolean;
}

/** The minutes of one meeting: its body plus the minute checkers named for it. */
export interface MinutesTarget extends BodyTarget {
	checkerUserIds: readonly number[];
}

export interface RoleGrantTarget {
	regionId: number;
	siteRole: SiteRole;
}

export interface UserTarget {
	id: number;
}

interface ActionTargets {
	/** Open the administration area at all. */
	'admin.access': null;
	'organisation.manage': RegionTarget;
	'user.manage': RegionTarget;
	/** Give a user a site role; only an administrator can make administrators. */
	'user.assignRole': RoleGrantTarget;
	'body.manage': RegionTarget;
	'membership.manage': BodyTarget;
	'feedback.read': null;
	/** See the region's cooperation structure: bodies, members, officers. */
	'structure.read': RegionTarget;
	'body.read': BodyTarget;
	'meeting.read': BodyTarget;
	'meeting.manage': BodyTarget;
	'agenda.edit': BodyTarget;
	'minutes.read': BodyTarget;
	'minutes.edit': BodyTarget;
	'minutes.approve': MinutesTarget;
	/** Publish approved minutes of a public body in the open archive. */
	'minutes.publish': BodyTarget;
	/** Record a correction to approved minutes (who, when, why). */
	'minutes.correct': BodyTarget;
	/** Read the region's audit log. */
	'audit.read': RegionTarget;
	'account.edit': UserTarget;
}

export type Action = keyof ActionTargets;
export type TargetOf<A extends Action> = ActionTargets[A];

export function can<A extends Action>(actor: Actor | null, action: A, target: TargetOf<A>): boolean {
	if (!actor) return false;
	if (actor.siteRole === 'admin') return true;
	const rule = RULES[action] as Rule<A>;
	return rule(actor, target);
}

type Rule<A extends Action> = (actor: Actor, target: TargetOf<A>) => boolean;

function roleIn(actor: Actor, bodyId: number): BodyRole | undefined {
	return actor.memberships.find((m) => m.bodyId === bodyId)?.role;
}

function isRegionCoordinator(actor: Actor, regionId: number): boolean {
	return actor.siteRole === 'coordinator' && actor.regionId === regionId;
}

function isOfficer(actor: Actor, body: BodyTarget): boolean {
	const role = roleIn(actor, body.id);
	return role !== undefined && OFFICER_ROLES.includes(role);
}

/**
 * NGO representatives comment and take part, but the county's documents are
 * written by its own people: no role in a body lets them write agendas or minutes.
 */
function mayWriteRecords(actor: Actor): boolean {
	return actor.organisationKind !== 'ngo';
}

const RULES: { [A in Action]: Rule<A> } = {
	'admin.access': (actor) => actor.siteRole === 'coordinator',
	'organisation.manage': (actor, region) => isRegionCoordinator(actor, region.regionId),
	'user.manage': (actor, region) => isRegionCoordinator(actor, region.regionId),
	'user.assignRole': (actor, grant) =>
		isRegionCoordinator(actor, grant.regionId) && grant.siteRole !== 'admin',
	'body.manage': (actor, region) => isRegionCoordinator(actor, region.regionId),
	'membership.manage': (actor, body) => isRegionCoordinator(actor, body.regionId),
	'feedback.read': (actor) => actor.siteRole === 'coordinator',
	'structure.read': (actor, region) => actor.regionId === region.regionId,
	'body.read': (actor, body) =>
		actor.regionId === body.regionId || roleIn(actor, body.id) !== undefined,
	'meeting.read': (actor, body) =>
		isRegionCoordinator(actor, body.regionId) || roleIn(actor, body.id) !== undefined,
	'meeting.manage': (actor, body) =>
		mayWriteRecords(actor) && (isRegionCoordinator(actor, body.regionId) || isOfficer(actor, body)),
	'agenda.edit': (actor, body) =>
		mayWriteRecords(actor) && (isRegionCoordinator(actor, body.regionId) || isOfficer(actor, body)),
	// Guests see the agenda they were invited to, not the draft minutes.
	'minutes.read': (actor, body) => {
		const role = roleIn(actor, body.id);
		return isRegionCoordinator(actor, body.regionId) || (role !== undefined && role !== 'guest');
	},
	'minutes.edit': (actor, body) => {
		if (!mayWriteRecords(actor)) return false;
		if (isRegionCoordinator(actor, body.regionId) || isOfficer(actor, body)) return true;
		return body.membersCoEditMinutes && roleIn(actor, body.id) === 'member';
	},
	// Approving is vouching for the record, not writing it: an NGO chair of a forum signs its minutes too.
	'minutes.approve': (actor, minutes) => {
		const role = roleIn(actor, minutes.id);
		return role === 'chair' || role === 'secretary' || minutes.checkerUserIds.includes(actor.userId);
	},
	'minutes.publish': (actor, body) =>
		mayWriteRecords(actor) && (isRegionCoordinator(actor, body.regionId) || roleIn(actor, body.id) === 'secretary'),
	'minutes.correct': (actor, body) =>
		mayWriteRecords(actor) && (isRegionCoordinator(actor, body.regionId) || roleIn(actor, body.id) === 'secretary'),
	'audit.read': (actor, region) => isRegionCoordinator(actor, region.regionId),
	'account.edit': (actor, user) => actor.userId === user.id
};
