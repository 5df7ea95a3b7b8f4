/**
 * Coordinators manage their region's users: invitations, details, site roles,
 * deactivation and new password links. Users never get a password from
 * someone else: they set it themselves through a one-time link.
 */
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import type { Language, SiteRole } from '../../domain/roles';
import { matchesQuery } from '../../domain/search';
import { assertCan } from '../access';
import { normaliseEmail } from '../auth/login';
import { issuePasswordToken } from '../auth/password-token';
import { invalidateUserSessions } from '../auth/session';
import { emitAfterCommit } from '../events';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import { organisation, user, type User } from '../db/schema';
import { conflict, invalid, notFound } from '../errors';

export type AdminUser = {
	id: number;
	email: string;
	name: string;
	title: string;
	organisationId: number;
	organisationName: string;
	regionId: number;
	siteRole: SiteRole;
	nationalRole: boolean;
	preferredLanguage: Language;
	active: boolean;
	hasPassword: boolean;
};

export interface UserDetailsInput {
	name: string;
	title: string;
	organisationId: number;
	siteRole: SiteRole;
}

export interface InviteUserInput extends UserDetailsInput {
	regionId: number;
	email: string;
	preferredLanguage: Language;
}

function selectAdminUsers(db: Queryable) {
	return db
		.select({
			id: user.id,
			email: user.email,
			name: user.name,
			title: user.title,
			organisationId: user.organisationId,
			organisationName: organisation.name,
			regionId: organisation.regionId,
			siteRole: user.siteRole,
			nationalRole: user.nationalRole,
			preferredLanguage: user.preferredLanguage,
			active: user.active,
			passwordHash: user.passwordHash
		})
		.from(user)
		.innerJoin(organisation, eq(user.organisationId, organisation.id));
}

type AdminUserRow = Omit<AdminUser, 'hasPassword'> & { passwordHash: string | null };

function toAdminUser({ passwordHash, ...row }: AdminUserRow): AdminUser {
	return { ...row, hasPassword: passwordHash !== null };
}

export function listUsers(
	db: Queryable,
	actor: Actor,
	{ regionId, query }: { regionId: number; query?: string }
): AdminUser[] {
	assertCan(actor, 'user.manage', { regionId });
	return selectAdminUsers(db)
		.where(eq(organisation.regionId, regionId))
		.orderBy(asc(user.name))
		.all()
		.filter((row) => matchesQuery(query, row.name, row.email, row.organisationName))
		.map(toAdminUser);
}

/**
 * A user the actor may manage. Only those who could grant a user's role may
 * act on that user, so a coordinator cannot take over an administrator's
 * account with a new password link, nor lock them out.
 */
export function getManagedUser(db: Queryable, actor: Actor, userId: number): AdminUser {
	const row = selectAdminUsers(db).where(eq(user.id, userId)).get();
	if (!row) throw notFound();
	assertCan(actor, 'user.manage', { regionId: row.regionId });
	assertCan(actor, 'user.assignRole', { regionId: row.regionId, siteRole: row.siteRole });
	return toAdminUser(row);
}

function assertOrganisationInRegion(db: Queryable, organisationId: number, regionId: number): void {
	const org = db
		.select({ regionId: organisation.regionId })
		.from(organisation)
		.where(eq(organisation.id, organisationId))
		.get();
	if (org?.regionId !== regionId) {
		throw invalid('admin.users.organisationNotInRegion', {
			organisationId: 'admin.users.organisationNotInRegion'
		});
	}
}

/** Emails are stored lower-case, so the unique index and this check both ignore case. */
export function isEmailTaken(db: Queryable, email: string): boolean {
	return (
		db
			.select({ id: user.id })
			.from(user)
			.where(eq(user.email, normaliseEmail(email)))
			.get() !== undefined
	);
}

/** Creates the user without a password and returns their one-time link's token (valid 7 days). */
export function inviteUser(
	db: Db,
	actor: Actor,
	input: InviteUserInput
): { user: User; token: string } {
	assertCan(actor, 'user.manage', { regionId: input.regionId });
	assertCan(actor, 'user.assignRole', { regionId: input.regionId, siteRole: input.siteRole });
	assertOrganisationInRegion(db, input.organisationId, input.regionId);
	const email = normaliseEmail(input.email);
	// One transaction: an invitation either has its link or does not exist.
	return db.transaction((tx) => {
		if (isEmailTaken(tx, email))
			throw conflict('admin.users.emailTaken', { email: 'admin.users.emailTaken' });
		const created = tx
			.insert(user)
			.values({
				email,
				name: input.name,
				title: input.title,
				organisationId: input.organisationId,
				siteRole: input.siteRole,
				preferredLanguage: input.preferredLanguage,
				passwordHash: null
			})
			.returning()
			.get();
		// better-sqlite3 runs this nested transaction as a savepoint of the one above.
		return { user: created, token: issuePasswordToken(db, created.id) };
	});
}

export function updateUser(
	db: Queryable,
	actor: Actor,
	userId: number,
	input: UserDetailsInput
): AdminUser {
	const current = getManagedUser(db, actor, userId);
	assertCan(actor, 'user.assignRole', { regionId: current.regionId, siteRole: input.siteRole });
	// Nobody demotes themself by accident and leaves the region without a coordinator.
	if (input.siteRole !== current.siteRole && userId === actor.userId) {
		throw conflict('admin.users.ownRole', { siteRole: 'admin.users.ownRole' });
	}
	assertOrganisationInRegion(db, input.organisationId, current.regionId);
	db.update(user).set(input).where(eq(user.id, userId)).run();
	if (input.siteRole !== current.siteRole) {
		recordAudit(db, {
			regionId: current.regionId,
			userId: actor.userId,
			action: 'user.roleChanged',
			targetType: 'user',
			targetId: userId,
			summary: `${current.name}: ${current.siteRole} → ${input.siteRole}`
		});
	}
	emitAfterCommit('userAccessChanged', userId);
	return getManagedUser(db, actor, userId);
}

/** Deactivating ends every session of the user at once; their data and memberships stay. */
export function setUserActive(db: Db, actor: Actor, userId: number, active: boolean): void {
	const target = getManagedUser(db, actor, userId);
	if (!active && userId === actor.userId) throw conflict('admin.users.cannotDeactivateSelf');
	db.transaction((tx) => {
		tx.update(user).set({ active }).where(eq(user.id, userId)).run();
		if (!active) invalidateUserSessions(tx, userId);
		recordAudit(tx, {
			regionId: target.regionId,
			userId: actor.userId,
			action: active ? 'user.reactivated' : 'user.deactivated',
			targetType: 'user',
			targetId: userId,
			summary: target.name
		});
	});
}

/** A user whose national role the actor may change: an administrator, on a user they manage. */
export function authorizeNationalRole(db: Queryable, actor: Actor, userId: number): AdminUser {
	const target = getManagedUser(db, actor, userId);
	assertCan(actor, 'user.assignNationalRole', null);
	return target;
}

/**
 * An administrator gives or removes the national role: the national picture's
 * surveys and answers, nothing of any region's own work (policy.ts).
 */
export function setNationalRole(db: Db, actor: Actor, userId: number, nationalRole: boolean): void {
	const target = authorizeNationalRole(db, actor, userId);
	if (target.nationalRole === nationalRole) return;
	db.transaction((tx) => {
		tx.update(user).set({ nationalRole }).where(eq(user.id, userId)).run();
		recordAudit(tx, {
			regionId: target.regionId,
			userId: actor.userId,
			action: nationalRole ? 'user.nationalRoleGranted' : 'user.nationalRoleRemoved',
			targetType: 'user',
			targetId: userId,
			summary: target.name
		});
	});
	emitAfterCommit('userAccessChanged', userId);
}

/** A new one-time link to set a password; any earlier link stops working. */
export function issueNewPasswordLink(db: Db, actor: Actor, userId: number): string {
	const target = getManagedUser(db, actor, userId);
	if (!target.active) throw conflict('admin.users.inactiveNoLink');
	return issuePasswordToken(db, userId);
}
