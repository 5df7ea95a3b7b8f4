/**
 * An NGO's profile, kept once and reused in every application: its
 * identifiers, bank account, language and contact details, its board and
 * contact people, the county's one-time verification, and who acts for it.
 * Every use case asks the policy first (`authorizeProfile`), then checks the
 * ids the form names.
 */
import { and, asc, eq } from 'drizzle-orm';
import {
	formatIban,
	mayNgoSubmit,
	normaliseIban,
	type OrganisationPersonRole,
	type RecordLanguage
} from '../../domain/organisation-profile';
import { can, type Actor, type OrganisationProfileTarget } from '../../domain/policy';
import { assertCan } from '../access';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import {
	grantCall,
	grantCallStaff,
	organisation,
	organisationPerson,
	organisationProfile,
	organisationRepresentative,
	user,
	type Organisation
} from '../db/schema';
import { notFound } from '../errors';
import { confirmedContactsOf, representativesOf } from './representatives';

export type ProfileAction =
	| 'organisationProfile.read'
	| 'organisationProfile.edit'
	| 'organisationProfile.verify'
	| 'organisationProfile.name';

/** Those named to handle any of the region's calls. */
function regionCallHandlers(db: Queryable, regionId: number): number[] {
	return db
		.selectDistinct({ userId: grantCallStaff.userId })
		.from(grantCallStaff)
		.innerJoin(grantCall, eq(grantCallStaff.callId, grantCall.id))
		.where(and(eq(grantCall.regionId, regionId), eq(grantCallStaff.duty, 'handler')))
		.all()
		.map((r) => r.userId);
}

function profileTarget(db: Queryable, row: Organisation): OrganisationProfileTarget {
	return {
		regionId: row.regionId,
		organisationId: row.id,
		representativeIds: representativesOf(db, row.id),
		confirmedContactIds: confirmedContactsOf(db, row.id),
		handlerIds: regionCallHandlers(db, row.regionId)
	};
}

/** Whether the organisation keeps a profile the actor may read: for a link to it. */
export function profileReadable(db: Queryable, actor: Actor, organisationId: number): boolean {
	const row = db.select().from(organisation).where(eq(organisation.id, organisationId)).get();
	return row?.kind === 'ngo' && can(actor, 'organisationProfile.read', profileTarget(db, row));
}

/**
 * The applicant's facts as an application shows them, from its profile, for
 * whoever may read the profile (its people and the grant handlers, not the
 * assessors); null for others.
 */
export function applicantFacts(db: Queryable, actor: Actor, organisationId: number) {
	if (!profileReadable(db, actor, organisationId)) return null;
	const profile = profileOf(db, organisationId);
	return {
		organisationId,
		businessId: profile?.businessId ?? '',
		registerNumber: profile?.registerNumber ?? '',
		iban: profile?.iban ? formatIban(profile.iban) : '',
		language: profile?.language ?? 'fi',
		verified: mayNgoSubmit(profile)
	};
}

export interface ProfileAccess {
	organisation: Organisation;
	target: OrganisationProfileTarget;
}

/** An NGO's profile the actor may take `action` on: not found unless they may read it, forbidden unless they may act. */
export function authorizeProfile(
	db: Queryable,
	actor: Actor | null,
	organisationId: number,
	action: ProfileAction
): ProfileAccess {
	const row = db.select().from(organisation).where(eq(organisation.id, organisationId)).get();
	// Only NGOs keep a profile: the county and municipalities are not applicants.
	if (!row || row.kind !== 'ngo') throw notFound();
	const target = profileTarget(db, row);
	if (!can(actor, 'organisationProfile.read', target)) throw notFound();
	assertCan(actor, action, target);
	return { organisation: row, target };
}

export function profileOf(db: Queryable, organisationId: number) {
	return db
		.select()
		.from(organisationProfile)
		.where(eq(organisationProfile.organisationId, organisationId))
		.get();
}

export interface ProfileInput {
	businessId: string;
	registerNumber: string;
	iban: string;
	language: RecordLanguage;
	email: string;
	phone: string;
	address: string;
}

/**
 * Saves the NGO's own facts. A changed business ID or register number is
 * another association as far as the register goes, so it asks the county to
 * verify again.
 */
export function saveProfile(
	db: Db,
	actor: Actor,
	organisationId: number,
	input: ProfileInput,
	now: Date
): void {
	db.transaction((tx) => {
		authorizeProfile(tx, actor, organisationId, 'organisationProfile.edit');
		const before = profileOf(tx, organisationId);
		const values = {
			...input,
			iban: normaliseIban(input.iban),
			updatedAt: now,
			updatedBy: actor.userId
		};
		// Filling in what was empty is not a change of identity.
		const changed = (was: string, given: string) => was !== '' && was !== given;
		const identityChanged =
			before !== undefined &&
			(changed(before.businessId, input.businessId) ||
				changed(before.registerNumber, input.registerNumber));
		const verification = identityChanged
			? { verifiedAt: null, verifiedBy: null, verificationNote: '' }
			: {};
		tx.insert(organisationProfile)
			.values({ organisationId, ...values })
			.onConflictDoUpdate({
				target: organisationProfile.organisationId,
				set: { ...values, ...verification }
			})
			.run();
	});
}

/** The app user with the e-mail, if one exists: a board member or contact is linked to them. */
function userByEmail(db: Queryable, email: string): number | null {
	if (email === '') return null;
	return (
		db.select({ id: user.id }).from(user).where(eq(user.email, email.toLowerCase())).get()?.id ??
		null
	);
}

export function addPerson(
	db: Db,
	actor: Actor,
	organisationId: number,
	input: { name: string; role: OrganisationPersonRole; email: string }
): void {
	db.transaction((tx) => {
		authorizeProfile(tx, actor, organisationId, 'organisationProfile.edit');
		tx.insert(organisationPerson)
			.values({ organisationId, ...input, userId: userByEmail(tx, input.email) })
			.run();
	});
}

/** Removes a person of the NGO's profile; a person of another NGO is not found here. */
export function removePerson(db: Db, actor: Actor, organisationId: number, personId: number): void {
	db.transaction((tx) => {
		authorizeProfile(tx, actor, organisationId, 'organisationProfile.edit');
		const removed = tx
			.delete(organisationPerson)
			.where(
				and(
					eq(organisationPerson.id, personId),
					eq(organisationPerson.organisationId, organisationId)
				)
			)
			.returning({ id: organisationPerson.id })
			.all();
		if (removed.length === 0) throw notFound();
	});
}

export function listPeople(db: Queryable, organisationId: number) {
	return db
		.select({
			id: organisationPerson.id,
			name: organisationPerson.name,
			role: organisationPerson.role,
			email: organisationPerson.email,
			linked: organisationPerson.userId
		})
		.from(organisationPerson)
		.where(eq(organisationPerson.organisationId, organisationId))
		.orderBy(asc(organisationPerson.role), asc(organisationPerson.name))
		.all()
		.map(({ linked, ...person }) => ({ ...person, linked: linked !== null }));
}

/** The NGO's active users: whom the county may confirm as its contact, and the contact may name. */
export function organisationUsers(db: Queryable, organisationId: number) {
	return db
		.select({ id: user.id, name: user.name, email: user.email })
		.from(user)
		.where(and(eq(user.organisationId, organisationId), eq(user.active, true)))
		.orderBy(asc(user.name))
		.all();
}

function assertOwnUser(db: Queryable, organisationId: number, userId: number): void {
	if (!organisationUsers(db, organisationId).some((u) => u.id === userId)) throw notFound();
}

/**
 * The county's handler checked the NGO and its contact person against the
 * association register by hand: who checked, when and what they noted is
 * kept, and the checked contact is the one who names who acts for the NGO.
 */
export function verifyProfile(
	db: Db,
	actor: Actor,
	organisationId: number,
	input: { contactUserId: number; note: string },
	now: Date
): void {
	db.transaction((tx) => {
		const access = authorizeProfile(tx, actor, organisationId, 'organisationProfile.verify');
		assertOwnUser(tx, organisationId, input.contactUserId);
		const verification = {
			verifiedAt: now,
			verifiedBy: actor.userId,
			verificationNote: input.note
		};
		tx.insert(organisationProfile)
			.values({ organisationId, ...verification })
			.onConflictDoUpdate({ target: organisationProfile.organisationId, set: verification })
			.run();
		tx.delete(organisationRepresentative)
			.where(
				and(
					eq(organisationRepresentative.organisationId, organisationId),
					eq(organisationRepresentative.kind, 'contact')
				)
			)
			.run();
		tx.insert(organisationRepresentative)
			.values({
				organisationId,
				userId: input.contactUserId,
				kind: 'contact',
				namedBy: actor.userId,
				namedAt: now
			})
			.onConflictDoUpdate({
				target: [organisationRepresentative.organisationId, organisationRepresentative.userId],
				set: { kind: 'contact', namedBy: actor.userId, namedAt: now }
			})
			.run();
		recordAudit(
			tx,
			{
				regionId: access.organisation.regionId,
				userId: actor.userId,
				action: 'organisation.verified',
				targetType: 'organisation',
				targetId: organisationId,
				// The audit page links the summary: never empty, whatever the note.
				summary: [access.organisation.name, input.note].filter(Boolean).join(': ')
			},
			now
		);
	});
}

/** The confirmed contact names a colleague of the NGO who may apply and report for it. */
export function nameColleague(
	db: Db,
	actor: Actor,
	organisationId: number,
	userId: number,
	now: Date
): void {
	db.transaction((tx) => {
		const access = authorizeProfile(tx, actor, organisationId, 'organisationProfile.name');
		assertOwnUser(tx, organisationId, userId);
		tx.insert(organisationRepresentative)
			.values({ organisationId, userId, kind: 'colleague', namedBy: actor.userId, namedAt: now })
			.onConflictDoNothing()
			.run();
		recordAudit(
			tx,
			{
				regionId: access.organisation.regionId,
				userId: actor.userId,
				action: 'organisation.representativeNamed',
				targetType: 'organisation',
				targetId: organisationId,
				summary: String(userId)
			},
			now
		);
	});
}

/** Takes a colleague's right to act for the NGO back; the confirmed contact stays until the county checks again. */
export function removeColleague(
	db: Db,
	actor: Actor,
	organisationId: number,
	userId: number,
	now: Date
): void {
	db.transaction((tx) => {
		const access = authorizeProfile(tx, actor, organisationId, 'organisationProfile.name');
		const removed = tx
			.delete(organisationRepresentative)
			.where(
				and(
					eq(organisationRepresentative.organisationId, organisationId),
					eq(organisationRepresentative.userId, userId),
					eq(organisationRepresentative.kind, 'colleague')
				)
			)
			.returning({ userId: organisationRepresentative.userId })
			.all();
		if (removed.length === 0) throw notFound();
		recordAudit(
			tx,
			{
				regionId: access.organisation.regionId,
				userId: actor.userId,
				action: 'organisation.representativeRemoved',
				targetType: 'organisation',
				targetId: organisationId,
				summary: String(userId)
			},
			now
		);
	});
}

/** Who acts for the NGO now, the confirmed contact first. */
export function listRepresentatives(db: Queryable, organisationId: number) {
	return db
		.select({
			userId: organisationRepresentative.userId,
			kind: organisationRepresentative.kind,
			name: user.name
		})
		.from(organisationRepresentative)
		.innerJoin(user, eq(organisationRepresentative.userId, user.id))
		.where(eq(organisationRepresentative.organisationId, organisationId))
		.orderBy(asc(organisationRepresentative.kind), asc(user.name))
		.all();
}
