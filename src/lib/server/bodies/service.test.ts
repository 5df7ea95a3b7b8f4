import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import type { Db } from '../db/client';
import { createTestDb } from '../db/testing';
import {
	insertActor,
	insertRegion,
	insertUser,
	refusal,
	type TestRegion
} from '../testing/fixtures';
import { listMembers } from './rows';
import {
	addMembership,
	authorizeBodyManagement,
	authorizeMembershipChange,
	changeMembershipRole,
	createBody,
	removeMembership,
	updateBody
} from './service';

let db: Db;
let area: TestRegion;
let coordinator: Actor;

beforeEach(() => {
	db = createTestDb();
	area = insertRegion(db, 'pk');
	coordinator = insertActor(db, area.countyId, 'koordinaattori@pk.fi', 'coordinator');
});

const network = () =>
	createBody(db, coordinator, {
		regionId: area.regionId,
		name: 'Hyvinvointikoordinaattoriverkosto',
		level: 'coordinator_network',
		description: '',
		public: true
	});

const rolesOf = (bodyId: number) =>
	listMembers(db, [bodyId])
		.get(bodyId)
		?.map((m) => [m.name, m.role]);

describe('createBody', () => {
	it('takes the cadence and co-editing from the level when left empty', () => {
		expect(network()).toMatchObject({ cadenceMin: 6, cadenceMax: 8, membersCoEditMinutes: true });
		const forum = createBody(db, coordinator, {
			regionId: area.regionId,
			name: 'HYTE-foorumi',
			level: 'forum',
			description: '',
			cadenceMax: 4,
			public: true,
			membersCoEditMinutes: true
		});
		expect(forum).toMatchObject({ cadenceMin: 1, cadenceMax: 4, membersCoEditMinutes: true });
	});

	it('refuses a maximum below the minimum', () => {
		const body = network();
		const err = refusal(() =>
			updateBody(db, coordinator, body.id, { ...body, cadenceMin: 5, cadenceMax: 3 })
		);
		expect(err.issues).toEqual({ cadenceMax: 'validation.cadenceOrder' });
	});

	it('is forbidden in another region', () => {
		const other = insertRegion(db, 'ks');
		const err = refusal(() =>
			createBody(db, coordinator, {
				regionId: other.regionId,
				name: 'Foorumi',
				level: 'forum',
				description: '',
				public: true
			})
		);
		expect(err.code).toBe('forbidden');
	});
});

describe('memberships', () => {
	it('allows one chair and one secretary, but several members', () => {
		const body = network();
		const [anna, bertta, cecilia, daniel] = ['anna', 'bertta', 'cecilia', 'daniel'].map(
			(name) => insertUser(db, area.municipalityId, `${name}@pk.fi`).id
		);
		addMembership(db, coordinator, body.id, { userId: anna, role: 'chair' });
		addMembership(db, coordinator, body.id, { userId: bertta, role: 'secretary' });

		const secondChair = refusal(() =>
			addMembership(db, coordinator, body.id, { userId: cecilia, role: 'chair' })
		);
		expect(secondChair.code).toBe('conflict');
		expect(secondChair.issues).toEqual({ role: 'admin.members.chairTaken' });

		addMembership(db, coordinator, body.id, { userId: cecilia, role: 'member' });
		addMembership(db, coordinator, body.id, { userId: daniel, role: 'member' });
		const secondSecretary = refusal(() =>
			changeMembershipRole(db, coordinator, body.id, cecilia, 'secretary')
		);
		expect(secondSecretary.issues).toEqual({ role: 'admin.members.secretaryTaken' });

		// The holder may keep their role, and the role is free again once they leave it.
		changeMembershipRole(db, coordinator, body.id, anna, 'chair');
		changeMembershipRole(db, coordinator, body.id, anna, 'member');
		changeMembershipRole(db, coordinator, body.id, cecilia, 'chair');
		expect(rolesOf(body.id)).toEqual([
			['cecilia', 'chair'],
			['bertta', 'secretary'],
			['anna', 'member'],
			['daniel', 'member']
		]);
	});

	it('refuses a second membership of the same user and users of another region', () => {
		const body = network();
		const member = insertUser(db, area.municipalityId, 'jasen@pk.fi').id;
		addMembership(db, coordinator, body.id, { userId: member, role: 'member' });
		expect(
			refusal(() => addMembership(db, coordinator, body.id, { userId: member, role: 'guest' }))
				.issues
		).toEqual({
			userId: 'admin.members.alreadyMember'
		});
		const stranger = insertUser(db, insertRegion(db, 'ks').municipalityId, 'vieras@ks.fi').id;
		expect(
			refusal(() => addMembership(db, coordinator, body.id, { userId: stranger, role: 'member' }))
				.issues
		).toEqual({
			userId: 'admin.members.userNotInRegion'
		});
		removeMembership(db, coordinator, body.id, member);
		expect(rolesOf(body.id)).toEqual([]);
	});

	it('is forbidden to a coordinator of another region', () => {
		const body = network();
		const other = insertRegion(db, 'ks');
		const outsider = insertActor(db, other.countyId, 'koordinaattori@ks.fi', 'coordinator');
		const member = insertUser(db, area.municipalityId, 'jasen@pk.fi').id;
		expect(
			refusal(() => addMembership(db, outsider, body.id, { userId: member, role: 'member' })).code
		).toBe('forbidden');
		expect(rolesOf(body.id)).toEqual([]);
	});
});

describe('a membership named in the form belongs to the body in the address', () => {
	it('changes and removes only members of that body', () => {
		const body = network();
		const other = createBody(db, coordinator, {
			regionId: area.regionId,
			name: 'HYTE-foorumi',
			level: 'forum',
			description: '',
			public: true
		});
		const elsewhere = insertUser(db, area.municipalityId, 'muualla@pk.fi').id;
		addMembership(db, coordinator, other.id, { userId: elsewhere, role: 'member' });

		expect(
			refusal(() => changeMembershipRole(db, coordinator, body.id, elsewhere, 'chair')).code
		).toBe('not_found');
		expect(refusal(() => removeMembership(db, coordinator, body.id, elsewhere)).code).toBe(
			'not_found'
		);
		expect(rolesOf(other.id)).toEqual([['muualla', 'member']]);
	});
});

describe('authorizing the administration of a body', () => {
	it('refuses a member and another region’s coordinator before the form is read', () => {
		const body = network();
		const member = insertActor(db, area.municipalityId, 'jasen@pk.fi', 'member');
		const outsider = insertActor(
			db,
			insertRegion(db, 'ks').countyId,
			'koordinaattori@ks.fi',
			'coordinator'
		);
		for (const actor of [member, outsider]) {
			expect(refusal(() => authorizeBodyManagement(db, actor, body.id)).code).toBe('forbidden');
			expect(refusal(() => authorizeMembershipChange(db, actor, body.id)).code).toBe('forbidden');
		}
		expect(refusal(() => authorizeMembershipChange(db, coordinator, body.id + 99)).code).toBe(
			'not_found'
		);
	});
});
