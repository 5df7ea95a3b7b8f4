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
import { createOrganisation, listOrganisations, updateOrganisation } from './service';

let db: Db;
let area: TestRegion;
let coordinator: Actor;

beforeEach(() => {
	db = createTestDb();
	area = insertRegion(db, 'pk');
	coordinator = insertActor(db, area.countyId, 'koordinaattori@pk.fi', 'coordinator');
});

describe('organisations', () => {
	it('lists with user counts and finds names ignoring case', () => {
		insertUser(db, area.municipalityId, 'a@pk.fi');
		insertUser(db, area.municipalityId, 'b@pk.fi');
		createOrganisation(db, coordinator, {
			regionId: area.regionId,
			name: 'Äänekosken Latu ry',
			kind: 'ngo'
		});
		const found = listOrganisations(db, coordinator, { regionId: area.regionId, query: 'ÄÄNE' });
		expect(found.map((o) => [o.name, o.userCount])).toEqual([['Äänekosken Latu ry', 0]]);
		const municipality = listOrganisations(db, coordinator, { regionId: area.regionId }).find(
			(o) => o.id === area.municipalityId
		);
		expect(municipality?.userCount).toBe(2);
	});

	it('keeps names unique within a region but not across regions', () => {
		const err = refusal(() =>
			createOrganisation(db, coordinator, {
				regionId: area.regionId,
				name: ' kunta PK ',
				kind: 'municipality'
			})
		);
		expect(err.code).toBe('conflict');
		expect(err.issues).toEqual({ name: 'admin.organisations.nameTaken' });

		const ngo = createOrganisation(db, coordinator, {
			regionId: area.regionId,
			name: 'Latu ry',
			kind: 'ngo'
		});
		expect(
			updateOrganisation(db, coordinator, ngo.id, { name: 'Latu ry', kind: 'other_public' }).kind
		).toBe('other_public');
		expect(
			refusal(() => updateOrganisation(db, coordinator, ngo.id, { name: 'Kunta pk', kind: 'ngo' }))
				.code
		).toBe('conflict');

		const admin = insertActor(db, area.countyId, 'admin@pk.fi', 'admin');
		const other = insertRegion(db, 'ks');
		expect(
			createOrganisation(db, admin, { regionId: other.regionId, name: 'Latu ry', kind: 'ngo' })
				.regionId
		).toBe(other.regionId);
	});

	it('is forbidden to a coordinator of another region', () => {
		const other = insertRegion(db, 'ks');
		expect(
			refusal(() => listOrganisations(db, coordinator, { regionId: other.regionId })).code
		).toBe('forbidden');
		expect(
			refusal(() =>
				updateOrganisation(db, coordinator, other.municipalityId, { name: 'X', kind: 'ngo' })
			).code
		).toBe('forbidden');
	});
});
