import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { can, type Actor } from '../../domain/policy';
import { bodyTarget } from '../bodies/target';
import type { Db } from '../db/client';
import { body, meeting, membership } from '../db/schema';
import { createTestDb } from '../db/testing';
import { actorOf, insertActor, insertRegion, insertUser } from '../testing/fixtures';
import { listMeetings } from './readable';
import { scheduleMeeting } from './service';

describe('the meetings one may see', () => {
	let db: Db;
	let admin: Actor;
	let ownBody: number;
	let neighbourBody: number;
	let farBody: number;
	let member: Actor;
	let coordinator: Actor;
	let stranger: Actor;

	beforeEach(() => {
		db = createTestDb();
		const north = insertRegion(db, 'pohjoinen');
		const south = insertRegion(db, 'etela');
		admin = insertActor(db, north.countyId, 'admin@example.fi', 'admin');
		const newBody = (regionId: number, name: string) =>
			db
				.insert(body)
				.values({
					regionId,
					name,
					level: 'operational',
					cadenceMin: 2,
					cadenceMax: 3,
					membersCoEditMinutes: false
				})
				.returning()
				.get().id;
		ownBody = newBody(north.regionId, 'Oma ryhmä');
		neighbourBody = newBody(north.regionId, 'Naapuriryhmä');
		farBody = newBody(south.regionId, 'Etelän ryhmä');
		const user = insertUser(db, north.municipalityId, 'jasen@example.fi');
		db.insert(membership).values({ bodyId: ownBody, userId: user.id, role: 'member' }).run();
		member = actorOf(db, user.id);
		coordinator = insertActor(db, north.countyId, 'koord@example.fi', 'coordinator');
		stranger = insertActor(db, south.municipalityId, 'muu@example.fi', 'member');
		for (const [bodyId, day] of [
			[ownBody, '2026-03-01'],
			[neighbourBody, '2026-03-02'],
			[farBody, '2026-03-03'],
			[ownBody, '2026-04-01']
		] as const)
			scheduleMeeting(db, admin, bodyId, {
				title: '',
				startsAt: new Date(`${day}T10:00:00Z`),
				endsAt: new Date(`${day}T12:00:00Z`),
				place: '',
				onlineUrl: ''
			});
	});

	const bodiesSeenBy = (actor: Actor) => listMeetings(db, actor).map((row) => row.body.id);

	it('lists the meetings of one’s own bodies, and a coordinator those of the region, never another region’s', () => {
		expect(bodiesSeenBy(member)).toEqual([ownBody, ownBody]);
		expect(bodiesSeenBy(coordinator)).toEqual([ownBody, neighbourBody, ownBody]);
		expect(bodiesSeenBy(stranger)).toEqual([]);
		expect(bodiesSeenBy(admin)).toEqual([ownBody, neighbourBody, farBody, ownBody]);
	});

	it('lists what the policy lets each one read, no more and no less', () => {
		const all = db
			.select({ meeting, body })
			.from(meeting)
			.innerJoin(body, eq(meeting.bodyId, body.id))
			.all();
		for (const actor of [member, coordinator, stranger, admin]) {
			const readable = all
				.filter((row) => can(actor, 'meeting.read', bodyTarget(row.body)))
				.map((row) => row.meeting.id)
				.sort();
			expect(
				listMeetings(db, actor)
					.map((row) => row.meeting.id)
					.sort()
			).toEqual(readable);
		}
	});
});
