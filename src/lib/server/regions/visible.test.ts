import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import type { Db } from '../db/client';
import { createTestDb } from '../db/testing';
import { authorizeImport } from '../import/csv';
import { insertActor, insertRegion, refusal, type TestRegion } from '../testing/fixtures';
import { authorizeRegion, listActorRegions, pickRegion, regionSlugFor } from './visible';

let db: Db;
let area: TestRegion;
let other: TestRegion;
let coordinator: Actor;
let admin: Actor;

beforeEach(() => {
	db = createTestDb();
	area = insertRegion(db, 'pk');
	other = insertRegion(db, 'ks');
	coordinator = insertActor(db, area.countyId, 'koordinaattori@pk.fi', 'coordinator');
	admin = insertActor(db, area.countyId, 'admin@pk.fi', 'admin');
});

describe('the regions a person may look at', () => {
	it('are every region for an administrator, the own one for anyone else', () => {
		expect(listActorRegions(db, admin).map((r) => r.slug)).toEqual(['ks', 'pk']);
		expect(listActorRegions(db, coordinator).map((r) => r.slug)).toEqual(['pk']);
		expect(pickRegion(db, admin, 'ks').id).toBe(other.regionId);
		// Asking for another region by its slug shows one's own.
		expect(pickRegion(db, coordinator, 'ks').id).toBe(area.regionId);
		expect(regionSlugFor(db, admin, other.regionId)).toBe('ks');
		expect(regionSlugFor(db, coordinator, area.regionId)).toBeNull();
	});
});

describe('authorizing an administration form of a region', () => {
	it('refuses a member, before the form is read', () => {
		const member = insertActor(db, area.municipalityId, 'jasen@pk.fi', 'member');
		expect(refusal(() => authorizeRegion(db, member, null, 'user.manage')).code).toBe('forbidden');
		expect(refusal(() => authorizeImport(db, member, null)).code).toBe('forbidden');
		expect(authorizeRegion(db, coordinator, null, 'body.manage').id).toBe(area.regionId);
		expect(authorizeImport(db, admin, 'ks').id).toBe(other.regionId);
	});
});
