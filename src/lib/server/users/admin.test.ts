import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import { userForPasswordToken } from '../auth/password-token';
import { createSession, validateSessionToken } from '../auth/session';
import type { Db } from '../db/client';
import { auditEvent, user } from '../db/schema';
import { createTestDb } from '../db/testing';
import {
	insertActor,
	insertRegion,
	actorOf,
	insertUser,
	refusal,
	type TestRegion
} from '../testing/fixtures';
import {
	inviteUser,
	issueNewPasswordLink,
	listUsers,
	setNationalRole,
	setUserActive,
	updateUser
} from './admin';

let db: Db;
let area: TestRegion;
let other: TestRegion;
let coordinator: Actor;

beforeEach(() => {
	db = createTestDb();
	area = insertRegion(db, 'pk');
	other = insertRegion(db, 'ks');
	coordinator = insertActor(db, area.countyId, 'koordinaattori@pk.fi', 'coordinator');
});

const invitation = (overrides: Partial<Parameters<typeof inviteUser>[2]> = {}) => ({
	regionId: area.regionId,
	email: 'Uusi.Kayttaja@PK.fi',
	name: 'Uusi Käyttäjä',
	title: '',
	organisationId: area.municipalityId,
	siteRole: 'member' as const,
	preferredLanguage: 'fi' as const,
	...overrides
});

describe('inviteUser', () => {
	it('creates the user without a password, lower-cases the email and returns a working link', () => {
		const { user: created, token } = inviteUser(db, coordinator, invitation());
		expect(created.email).toBe('uusi.kayttaja@pk.fi');
		expect(created.passwordHash).toBeNull();
		expect(userForPasswordToken(db, token)?.id).toBe(created.id);
	});

	it('refuses an email already in use, whatever its case', () => {
		inviteUser(db, coordinator, invitation());
		const err = refusal(() =>
			inviteUser(db, coordinator, invitation({ email: 'UUSI.kayttaja@pk.fi', name: 'Toinen' }))
		);
		expect(err.code).toBe('conflict');
		expect(err.issues).toEqual({ email: 'admin.users.emailTaken' });
	});

	it('lets a coordinator invite coordinators but not administrators', () => {
		expect(inviteUser(db, coordinator, invitation({ siteRole: 'coordinator' })).user.siteRole).toBe(
			'coordinator'
		);
		const err = refusal(() =>
			inviteUser(db, coordinator, invitation({ email: 'boss@pk.fi', siteRole: 'admin' }))
		);
		expect(err.code).toBe('forbidden');
		expect(db.select().from(user).where(eq(user.email, 'boss@pk.fi')).get()).toBeUndefined();
	});

	it('refuses an organisation of another region', () => {
		const err = refusal(() =>
			inviteUser(db, coordinator, invitation({ organisationId: other.municipalityId }))
		);
		expect(err.issues).toEqual({ organisationId: 'admin.users.organisationNotInRegion' });
	});
});

describe('managing another region', () => {
	it('is forbidden to a coordinator', () => {
		const stranger = insertUser(db, other.municipalityId, 'vieras@ks.fi');
		expect(refusal(() => listUsers(db, coordinator, { regionId: other.regionId })).code).toBe(
			'forbidden'
		);
		expect(
			refusal(() =>
				inviteUser(
					db,
					coordinator,
					invitation({ regionId: other.regionId, organisationId: other.municipalityId })
				)
			).code
		).toBe('forbidden');
		expect(refusal(() => setUserActive(db, coordinator, stranger.id, false)).code).toBe(
			'forbidden'
		);
		expect(refusal(() => issueNewPasswordLink(db, coordinator, stranger.id)).code).toBe(
			'forbidden'
		);
		expect(db.select().from(user).where(eq(user.id, stranger.id)).get()?.active).toBe(true);
	});
});

describe('updateUser', () => {
	it('does not let a coordinator make someone an administrator', () => {
		const member = insertUser(db, area.municipalityId, 'jasen@pk.fi');
		const details = { name: 'Jäsen', title: '', organisationId: area.municipalityId };
		expect(
			refusal(() => updateUser(db, coordinator, member.id, { ...details, siteRole: 'admin' })).code
		).toBe('forbidden');
		expect(db.select().from(user).where(eq(user.id, member.id)).get()?.siteRole).toBe('member');
		expect(
			updateUser(db, coordinator, member.id, { ...details, siteRole: 'coordinator' }).siteRole
		).toBe('coordinator');
	});

	it('lets an administrator make administrators', () => {
		const admin = insertActor(db, area.countyId, 'admin@pk.fi', 'admin');
		const member = insertUser(db, other.municipalityId, 'jasen@ks.fi');
		const updated = updateUser(db, admin, member.id, {
			name: 'Jäsen',
			title: '',
			organisationId: other.countyId,
			siteRole: 'admin'
		});
		expect(updated).toMatchObject({ siteRole: 'admin', organisationId: other.countyId });
	});

	it('does not let a coordinator act on an administrator’s account', () => {
		const admin = insertUser(db, area.countyId, 'admin@pk.fi', 'admin');
		expect(refusal(() => issueNewPasswordLink(db, coordinator, admin.id)).code).toBe('forbidden');
		expect(refusal(() => setUserActive(db, coordinator, admin.id, false)).code).toBe('forbidden');
	});
});

describe('setUserActive', () => {
	it('ends every session of a deactivated user', () => {
		const member = insertUser(db, area.municipalityId, 'jasen@pk.fi');
		const phone = createSession(db, member.id);
		const laptop = createSession(db, member.id);
		expect(validateSessionToken(db, phone.token).user?.id).toBe(member.id);

		setUserActive(db, coordinator, member.id, false);
		expect(validateSessionToken(db, phone.token).session).toBeNull();

		// Ended, not just refused while inactive: reactivating does not bring the session back.
		setUserActive(db, coordinator, member.id, true);
		expect(validateSessionToken(db, laptop.token).session).toBeNull();
	});

	it('does not let a user deactivate themself', () => {
		const err = refusal(() => setUserActive(db, coordinator, coordinator.userId, false));
		expect(err.code).toBe('conflict');
		expect(db.select().from(user).where(eq(user.id, coordinator.userId)).get()?.active).toBe(true);
	});
});

describe('listUsers', () => {
	it('searches name, email and organisation ignoring case, and tells who has set a password', () => {
		inviteUser(db, coordinator, invitation({ email: 'aino@pk.fi', name: 'Äijälä Aino' }));
		insertUser(db, other.municipalityId, 'aijala@ks.fi');
		const found = listUsers(db, coordinator, { regionId: area.regionId, query: 'äijälä' });
		expect(found.map((u) => [u.email, u.hasPassword])).toEqual([['aino@pk.fi', false]]);
		expect(
			listUsers(db, coordinator, { regionId: area.regionId, query: 'KUNTA PK' }).map((u) => u.email)
		).toEqual(['aino@pk.fi']);
	});
});

describe('the national role', () => {
	it('is given and removed by an administrator, shown in the user list and recorded in the audit log', () => {
		const admin = insertActor(db, other.countyId, 'admin@ks.fi', 'admin');
		const person = insertUser(db, area.municipalityId, 'neuvottelukunta@pk.fi');
		setNationalRole(db, admin, person.id, true);
		expect(actorOf(db, person.id).nationalRole).toBe(true);
		expect(
			listUsers(db, admin, { regionId: area.regionId }).find((u) => u.id === person.id)
		).toMatchObject({ nationalRole: true });
		setNationalRole(db, admin, person.id, false);
		expect(actorOf(db, person.id).nationalRole).toBe(false);
		expect(
			db
				.select({ action: auditEvent.action, regionId: auditEvent.regionId })
				.from(auditEvent)
				.where(eq(auditEvent.targetId, person.id))
				.all()
		).toEqual([
			{ action: 'user.nationalRoleGranted', regionId: area.regionId },
			{ action: 'user.nationalRoleRemoved', regionId: area.regionId }
		]);
	});

	it('is not the coordinator’s to give, not even in their own region', () => {
		const person = insertUser(db, area.municipalityId, 'neuvottelukunta@pk.fi');
		expect(refusal(() => setNationalRole(db, coordinator, person.id, true)).code).toBe('forbidden');
		expect(actorOf(db, person.id).nationalRole).toBe(false);
	});
});
