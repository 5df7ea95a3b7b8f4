import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import { forwardItem } from '../calendar/forwarding';
import type { Db } from '../db/client';
import { body, itemForward, membership } from '../db/schema';
import { createTestDb } from '../db/testing';
import { listItems } from '../meetings/rows';
import { scheduleMeeting } from '../meetings/service';
import {
	actorOf,
	insertActor,
	insertRegion,
	insertUser,
	refusal,
	type TestRegion
} from '../testing/fixtures';
import { acceptForwardToBody } from './forwards';
import { authorizeBody, listVisibleBodies } from './readable';

let db: Db;
let area: TestRegion;
let coordinator: Actor;

const addBody = (regionId: number, name: string, level: 'strategic' | 'forum') =>
	db
		.insert(body)
		.values({
			regionId,
			name,
			level,
			cadenceMin: 1,
			cadenceMax: 4,
			public: true,
			membersCoEditMinutes: false
		})
		.returning()
		.get().id;

function addMember(organisationId: number, email: string, bodyId: number, role: 'secretary') {
	const u = insertUser(db, organisationId, email);
	db.insert(membership).values({ bodyId, userId: u.id, role }).run();
	return actorOf(db, u.id);
}

const slot = (day: string) => ({
	title: '',
	startsAt: new Date(`${day}T10:00:00Z`),
	endsAt: new Date(`${day}T12:00:00Z`),
	place: 'Teams',
	onlineUrl: ''
});

beforeEach(() => {
	db = createTestDb();
	area = insertRegion(db, 'pk');
	coordinator = insertActor(db, area.countyId, 'koordinaattori@pk.fi', 'coordinator');
});

describe('listVisibleBodies', () => {
	it('shows the own region and the bodies one sits in elsewhere, to an administrator every region', () => {
		const other = insertRegion(db, 'ks');
		const strategic = addBody(area.regionId, 'HYTE-neuvottelut', 'strategic');
		const forum = addBody(other.regionId, 'Foorumi KS', 'forum');
		addBody(other.regionId, 'Neuvottelut KS', 'strategic');
		const guest = addMember(area.municipalityId, 'vieras@pk.fi', forum, 'secretary');
		const admin = insertActor(db, area.countyId, 'admin@pk.fi', 'admin');

		expect(listVisibleBodies(db, coordinator).map((b) => b.id)).toEqual([strategic]);
		expect(listVisibleBodies(db, guest).map((b) => b.id)).toEqual([strategic, forum]);
		expect(listVisibleBodies(db, admin)).toHaveLength(3);
		expect(listVisibleBodies(db, null)).toEqual([]);
	});
});

describe('authorizeBody', () => {
	it('refuses whoever may see the body but not act in it, before any form is read', () => {
		const strategic = addBody(area.regionId, 'HYTE-neuvottelut', 'strategic');
		const member = insertActor(db, area.municipalityId, 'jasen@pk.fi', 'member');
		expect(refusal(() => authorizeBody(db, member, strategic, 'meeting.manage')).code).toBe(
			'forbidden'
		);
		expect(refusal(() => authorizeBody(db, member, strategic + 99, 'item.receive')).code).toBe(
			'not_found'
		);
		expect(authorizeBody(db, coordinator, strategic, 'meeting.manage').id).toBe(strategic);
	});
});

describe('acceptForwardToBody', () => {
	it('accepts only an item sent to the body the address names', () => {
		const network = addBody(area.regionId, 'Verkosto', 'forum');
		const strategic = addBody(area.regionId, 'HYTE-neuvottelut', 'strategic');
		const third = addBody(area.regionId, 'Foorumi', 'forum');
		const sender = addMember(area.countyId, 'verkosto@pk.fi', network, 'secretary');
		const now = new Date('2026-11-23T08:00:00Z');
		const source = scheduleMeeting(db, sender, network, slot('2026-12-01'));
		const target = scheduleMeeting(db, coordinator, strategic, slot('2026-12-15'));
		scheduleMeeting(db, coordinator, third, slot('2026-12-16'));
		const item = listItems(db, [source.id])[2];
		const forward = forwardItem(
			db,
			sender,
			source.id,
			item.key,
			{ targetBodyId: strategic, targetMeetingId: null, note: '' },
			now
		);

		// The coordinator may receive items in both bodies: the address still has to be right.
		expect(refusal(() => acceptForwardToBody(db, coordinator, third, forward.id, now)).code).toBe(
			'not_found'
		);
		expect(db.select().from(itemForward).get()?.status).toBe('pending');

		expect(acceptForwardToBody(db, coordinator, strategic, forward.id, now)).toEqual({
			meetingId: target.id,
			number: '1/2026'
		});
	});
});
