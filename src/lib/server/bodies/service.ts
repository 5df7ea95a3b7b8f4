/** Coordinators set up the region's bodies and keep their member lists. */
import { and, asc, count, eq } from 'drizzle-orm';
import {
	DEFAULT_CADENCE,
	LEVELS,
	defaultMembersCoEditMinutes,
	type Level
} from '../../domain/levels';
import type { Actor } from '../../domain/policy';
import type { BodyRole } from '../../domain/roles';
import { assertCan } from '../access';
import { emitAfterCommit } from '../events';
import { recordAudit, type AuditAction } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import { body, membership, organisation, region, user, type Body } from '../db/schema';
import { conflict, invalid, notFound } from '../errors';
import { findBody, listMembers, type Member } from './rows';
import { bodyTarget } from './target';

export interface BodyInput {
	name: string;
	level: Level;
	description: string;
	/** Left out: the level's usual number of meetings a year. */
	cadenceMin?: number;
	cadenceMax?: number;
	public: boolean;
	/** Left out: what the level usually does (coordinator networks write together). */
	membersCoEditMinutes?: boolean;
	/** Keeps a "pöytäkirja" signed "Pöytäkirjan vakuudeksi" instead of a "muistio". */
	formal?: boolean;
	/** Minute checkers approve the minutes with the chair and the secretary. */
	usesMinuteCheckers?: boolean;
}

/** A body leads its meetings with one chair and one secretary; other roles may repeat. */
const SINGLE_HOLDER_ROLES: readonly BodyRole[] = ['chair', 'secretary'];

function bodyValues(input: BodyInput) {
	const cadenceMin = input.cadenceMin ?? DEFAULT_CADENCE[input.level].min;
	const cadenceMax = input.cadenceMax ?? Math.max(cadenceMin, DEFAULT_CADENCE[input.level].max);
	if (cadenceMax < cadenceMin) {
		throw invalid('validation.cadenceOrder', { cadenceMax: 'validation.cadenceOrder' });
	}
	return {
		name: input.name,
		level: input.level,
		description: input.description,
		cadenceMin,
		cadenceMax,
		public: input.public,
		formal: input.formal ?? false,
		usesMinuteCheckers: input.usesMinuteCheckers ?? false,
		membersCoEditMinutes: input.membersCoEditMinutes ?? defaultMembersCoEditMinutes(input.level)
	};
}

export interface AdminBodyListItem extends Body {
	memberCount: number;
}

/** The region's bodies grouped by level, strategic first, every level present even when empty. */
export function listBodiesByLevel(
	db: Queryable,
	actor: Actor,
	regionId: number
): { level: Level; bodies: AdminBodyListItem[] }[] {
	assertCan(actor, 'body.manage', { regionId });
	const rows = db
		.select({ body, memberCount: count(membership.id) })
		.from(body)
		.leftJoin(membership, eq(membership.bodyId, body.id))
		.where(eq(body.regionId, regionId))
		.groupBy(body.id)
		.orderBy(asc(body.name))
		.all()
		.map((row) => ({ ...row.body, memberCount: row.memberCount }));
	return LEVELS.map((level) => ({ level, bodies: rows.filter((row) => row.level === level) }));
}

/** The body, if the actor may set it up (its details, who may join it); it runs before any form is read. */
export function authorizeBodyManagement(db: Queryable, actor: Actor, bodyId: number): Body {
	const row = findBody(db, bodyId);
	assertCan(actor, 'body.manage', { regionId: row.regionId });
	return row;
}

/** The body, if the actor may change its members; it runs before any form is read. */
export function authorizeMembershipChange(db: Queryable, actor: Actor, bodyId: number): Body {
	const row = findBody(db, bodyId);
	assertCan(actor, 'membership.manage', bodyTarget(row));
	return row;
}

export interface MemberCandidate {
	id: number;
	name: string;
	organisationName: string;
}

/** A body with its members and the region's active users who could still join it. */
export function getBodyForAdmin(
	db: Queryable,
	actor: Actor,
	bodyId: number
): { body: Body; members: Member[]; candidates: MemberCandidate[] } {
	const row = authorizeBodyManagement(db, actor, bodyId);
	const members = listMembers(db, [row.id]).get(row.id) ?? [];
	const memberIds = new Set(members.map((m) => m.userId));
	const candidates = db
		.select({ id: user.id, name: user.name, organisationName: organisation.name })
		.from(user)
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.where(and(eq(organisation.regionId, row.regionId), eq(user.active, true)))
		.orderBy(asc(user.name))
		.all()
		.filter((candidate) => !memberIds.has(candidate.id));
	return { body: row, members, candidates };
}

export function createBody(
	db: Queryable,
	actor: Actor,
	input: BodyInput & { regionId: number }
): Body {
	assertCan(actor, 'body.manage', { regionId: input.regionId });
	if (!db.select({ id: region.id }).from(region).where(eq(region.id, input.regionId)).get())
		throw notFound();
	return db
		.insert(body)
		.values({ regionId: input.regionId, ...bodyValues(input) })
		.returning()
		.get();
}

export function updateBody(db: Queryable, actor: Actor, bodyId: number, input: BodyInput): Body {
	authorizeBodyManagement(db, actor, bodyId);
	const updated = db
		.update(body)
		.set(bodyValues(input))
		.where(eq(body.id, bodyId))
		.returning()
		.get();
	// Whether members co-edit the minutes may have changed: open documents re-check their members.
	for (const { userId } of db
		.select({ userId: membership.userId })
		.from(membership)
		.where(eq(membership.bodyId, bodyId))
		.all()) {
		emitAfterCommit('userAccessChanged', userId);
	}
	return updated;
}

function assertRoleFree(
	db: Queryable,
	bodyId: number,
	role: BodyRole,
	exceptUserId?: number
): void {
	if (!SINGLE_HOLDER_ROLES.includes(role)) return;
	const holder = db
		.select({ userId: membership.userId })
		.from(membership)
		.where(and(eq(membership.bodyId, bodyId), eq(membership.role, role)))
		.get();
	if (holder && holder.userId !== exceptUserId) {
		const key = `admin.members.${role}Taken`;
		throw conflict(key, { role: key });
	}
}

/** Membership changes go to the audit log with the names a reader needs. */
function auditMembership(
	db: Queryable,
	actor: Actor,
	target: Body,
	userId: number,
	action: AuditAction,
	role?: BodyRole
): void {
	const member = db.select({ name: user.name }).from(user).where(eq(user.id, userId)).get();
	const summary = `${target.name}: ${member?.name ?? userId}${role ? ` (${role})` : ''}`;
	recordAudit(db, {
		regionId: target.regionId,
		userId: actor.userId,
		action,
		targetType: 'body',
		targetId: target.id,
		summary
	});
}

function findMembership(db: Queryable, bodyId: number, userId: number) {
	return db
		.select()
		.from(membership)
		.where(and(eq(membership.bodyId, bodyId), eq(membership.userId, userId)))
		.get();
}

export function addMembership(
	db: Db,
	actor: Actor,
	bodyId: number,
	input: { userId: number; role: BodyRole }
): void {
	const target = authorizeMembershipChange(db, actor, bodyId);
	const member = db
		.select({ regionId: organisation.regionId })
		.from(user)
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.where(eq(user.id, input.userId))
		.get();
	if (member?.regionId !== target.regionId) {
		throw invalid('admin.members.userNotInRegion', { userId: 'admin.members.userNotInRegion' });
	}
	// Checked and written together, so two coordinators cannot both seat a chair.
	db.transaction((tx) => {
		if (findMembership(tx, bodyId, input.userId)) {
			throw conflict('admin.members.alreadyMember', { userId: 'admin.members.alreadyMember' });
		}
		assertRoleFree(tx, bodyId, input.role);
		tx.insert(membership).values({ bodyId, userId: input.userId, role: input.role }).run();
		auditMembership(tx, actor, target, input.userId, 'membership.added', input.role);
	});
	emitAfterCommit('userAccessChanged', input.userId);
}

export function changeMembershipRole(
	db: Db,
	actor: Actor,
	bodyId: number,
	userId: number,
	role: BodyRole
): void {
	const target = authorizeMembershipChange(db, actor, bodyId);
	db.transaction((tx) => {
		if (!findMembership(tx, bodyId, userId)) throw notFound();
		assertRoleFree(tx, bodyId, role, userId);
		tx.update(membership)
			.set({ role })
			.where(and(eq(membership.bodyId, bodyId), eq(membership.userId, userId)))
			.run();
		auditMembership(tx, actor, target, userId, 'membership.roleChanged', role);
	});
	emitAfterCommit('userAccessChanged', userId);
}

export function removeMembership(
	db: Queryable,
	actor: Actor,
	bodyId: number,
	userId: number
): void {
	const target = authorizeMembershipChange(db, actor, bodyId);
	const removed = db
		.delete(membership)
		.where(and(eq(membership.bodyId, bodyId), eq(membership.userId, userId)))
		.returning({ id: membership.id })
		.get();
	if (!removed) throw notFound();
	auditMembership(db, actor, target, userId, 'membership.removed');
	emitAfterCommit('userAccessChanged', userId);
}
