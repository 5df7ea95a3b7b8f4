/**
 * Region isolation across every area: a coordinator of one region gets "not
 * found" (404) for another region's bodies, meetings, minutes, attachments,
 * consultation rounds, measures, calendar files and live documents, and sees
 * only their own region on the front page and in the calendar while the
 * installation holds all 22 regions. Pohjois-Karjala is the demo region,
 * populated through the real use cases; Kymenlaakso gets a body and a meeting
 * of its own from the fixtures.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import { documentAccess } from '../access';
import { openAttachmentForDownload } from '../attachments/service';
import { getBody } from '../bodies/readable';
import { feedTokenOf, personalFeed, publicBodyFeed } from '../calendar/feeds';
import { calendarPage } from '../calendar/views';
import { getRound } from '../consultations/rounds';
import { getPlanDocument } from '../consultations/documents';
import type { Db } from '../db/client';
import {
	attachment,
	body,
	consultationRound,
	documentVersion,
	grantApplication,
	grantCall,
	measure,
	meeting,
	organisation,
	planDocument,
	region
} from '../db/schema';
import { createTestDb } from '../db/testing';
import { seedDemoRegion } from '../demo/seed';
import { frontPage } from '../home/views';
import { getMeasure } from '../measures/views';
import { meetingCalendarFile } from '../meetings/calendar-file';
import { getMeeting } from '../meetings/readable';
import { memberRecord } from '../records/member-record';
import { DEMO_SEED_TIMEOUT_MS } from '../testing/demo';
import { insertActor, insertBody, refusal } from '../testing/fixtures';
import { authorizeApplication } from '../grants/readable';

const NOW = new Date('2026-05-12T09:00:00Z');

let db: Db;
/** The demo region's and Kymenlaakso's ids, and a coordinator of each. */
let home: { regionId: number; coordinator: Actor };
let away: { regionId: number; coordinator: Actor; bodyId: number; meetingId: number };

function regionId(slug: string): number {
	return db.select().from(region).where(eq(region.slug, slug)).get()!.id;
}

function countyOf(id: number): number {
	return db
		.select()
		.from(organisation)
		.where(and(eq(organisation.regionId, id), eq(organisation.kind, 'county')))
		.get()!.id;
}

beforeAll(async () => {
	db = createTestDb();
	await seedDemoRegion(db, NOW, mkdtempSync(join(tmpdir(), 'yhdyspinta-isolation-')));
	const homeId = regionId('pohjois-karjala');
	const awayId = regionId('kymenlaakso');
	const bodyId = insertBody(db, awayId, 'strategic');
	const meetingId = db
		.insert(meeting)
		.values({
			bodyId,
			sequence: 1,
			year: 2026,
			title: 'Kymenlaakson HYTE-neuvottelu',
			startsAt: new Date('2026-05-20T10:00:00Z'),
			endsAt: new Date('2026-05-20T12:00:00Z'),
			status: 'planned'
		})
		.returning()
		.get().id;
	home = {
		regionId: homeId,
		coordinator: insertActor(db, countyOf(homeId), 'koordinaattori2@pkhva.example', 'coordinator')
	};
	away = {
		regionId: awayId,
		coordinator: insertActor(
			db,
			countyOf(awayId),
			'koordinaattori@kymenlaakso.example',
			'coordinator'
		),
		bodyId,
		meetingId
	};
}, DEMO_SEED_TIMEOUT_MS);

function notFound(run: () => unknown): string {
	return refusal(run).code;
}

function homeBodies() {
	return db.select().from(body).where(eq(body.regionId, home.regionId)).all();
}

function homeMeetings() {
	return db
		.select({ meeting })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(body.regionId, home.regionId))
		.all()
		.map((row) => row.meeting);
}

describe('a coordinator of another region', () => {
	it('finds none of the region’s bodies', () => {
		const bodies = homeBodies();
		expect(bodies.length).toBeGreaterThan(3);
		for (const b of bodies)
			expect(notFound(() => getBody(db, away.coordinator, b.id))).toBe('not_found');
	});

	it('finds none of its meetings, agendas, minutes or their calendar files', () => {
		const meetings = homeMeetings();
		expect(meetings.some((m) => m.status === 'published')).toBe(true);
		for (const m of meetings) {
			const c = away.coordinator;
			expect(
				notFound(() => getMeeting(db, c, m.id)),
				`meeting ${m.id}`
			).toBe('not_found');
			for (const kind of ['agenda', 'minutes'] as const)
				expect(
					notFound(() => memberRecord(db, c, m.id, kind)),
					`${kind} ${m.id}`
				).toBe('not_found');
			expect(notFound(() => meetingCalendarFile(db, c, m.id, 'http://x', 'fi'))).toBe('not_found');
		}
	});

	it('downloads none of its attachments that are not public', () => {
		const rows = db
			.select({ attachment, body })
			.from(attachment)
			.innerJoin(meeting, eq(attachment.meetingId, meeting.id))
			.innerJoin(body, eq(meeting.bodyId, body.id))
			.where(eq(body.regionId, home.regionId))
			.all();
		const internal = rows.filter((r) => !r.body.public || !r.attachment.public);
		expect(internal.length).toBeGreaterThan(0);
		for (const { attachment: a } of internal)
			expect(notFound(() => openAttachmentForDownload(db, away.coordinator, a.id))).toBe(
				'not_found'
			);
	});

	it('finds none of its consultation rounds or plan documents', () => {
		const rounds = db
			.select({ id: consultationRound.id })
			.from(consultationRound)
			.innerJoin(documentVersion, eq(consultationRound.versionId, documentVersion.id))
			.innerJoin(planDocument, eq(documentVersion.documentId, planDocument.id))
			.where(eq(planDocument.regionId, home.regionId))
			.all();
		expect(rounds.length).toBeGreaterThan(0);
		for (const r of rounds)
			expect(notFound(() => getRound(db, away.coordinator, r.id, NOW))).toBe('not_found');
		const documents = db
			.select()
			.from(planDocument)
			.where(eq(planDocument.regionId, home.regionId))
			.all();
		for (const d of documents)
			expect(notFound(() => getPlanDocument(db, away.coordinator, d.id))).toBe('not_found');
	});

	it('finds none of its goals and measures', () => {
		const measures = db
			.select({ id: measure.id })
			.from(measure)
			.where(eq(measure.regionId, home.regionId))
			.all();
		expect(measures.length).toBeGreaterThan(0);
		for (const m of measures)
			expect(notFound(() => getMeasure(db, away.coordinator, m.id, '2026-05-12'))).toBe(
				'not_found'
			);
	});

	it('finds none of its grant applications', () => {
		const applications = db
			.select({ id: grantApplication.id })
			.from(grantApplication)
			.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
			.where(eq(grantCall.regionId, home.regionId))
			.all();
		expect(applications.length).toBeGreaterThan(0);
		for (const a of applications)
			expect(
				notFound(() =>
					authorizeApplication(db, away.coordinator, a.id, 'grantApplication.read', NOW)
				)
			).toBe('not_found');
	});

	it('opens none of its live documents', () => {
		const meetingIds = homeMeetings().map((m) => m.id);
		const documentIds = db
			.select({ id: planDocument.id })
			.from(planDocument)
			.where(eq(planDocument.regionId, home.regionId))
			.all()
			.map((d) => d.id);
		const applicationIds = db
			.select({ id: grantApplication.id })
			.from(grantApplication)
			.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
			.where(eq(grantCall.regionId, home.regionId))
			.all()
			.map((a) => a.id);
		const names = [
			...meetingIds.flatMap((id) => [`agenda:${id}`, `minutes:${id}`]),
			...documentIds.map((id) => `document:${id}`),
			...applicationIds.map((id) => `application:${id}`)
		];
		for (const name of names)
			expect(documentAccess(db, away.coordinator, name, NOW), name).toBe('deny');
		// The region's own coordinator does open them: the refusals above are about the region.
		expect(documentAccess(db, home.coordinator, `agenda:${meetingIds[0]}`, NOW)).not.toBe('deny');
	});

	it('gets no feed of the region’s bodies that are not public, and none of its meetings in their own', () => {
		for (const b of homeBodies().filter((b) => !b.public))
			expect(notFound(() => publicBodyFeed(db, b.id, 'http://x', NOW))).toBe('not_found');
		const feed = personalFeed(db, feedTokenOf(db, away.coordinator, NOW), 'http://x', NOW);
		const link = (id: number) => `UID:meeting-${id}@`;
		expect(feed).toContain(link(away.meetingId));
		for (const m of homeMeetings()) expect(feed).not.toContain(link(m.id));
	});
});

describe('the demo region’s coordinator', () => {
	it('finds nothing of the other region either', () => {
		expect(notFound(() => getBody(db, home.coordinator, away.bodyId))).toBe('not_found');
		expect(notFound(() => getMeeting(db, home.coordinator, away.meetingId))).toBe('not_found');
		expect(documentAccess(db, home.coordinator, `minutes:${away.meetingId}`, NOW)).toBe('deny');
	});

	it('sees only their own region on the front page and in the calendar, with 22 regions', () => {
		expect(db.select().from(region).all()).toHaveLength(22);
		const homeBodyIds = new Set(homeBodies().map((b) => b.id));
		for (const [who, regionBodies] of [
			[home.coordinator, homeBodyIds],
			[away.coordinator, new Set([away.bodyId])]
		] as const) {
			const front = frontPage(db, who, NOW);
			const shownBodies = front.overview.levels.flatMap((l) => l.bodies.map((b) => b.id));
			for (const id of shownBodies) expect(regionBodies.has(id)).toBe(true);
			const calendar = calendarPage(db, who, 2026, { level: null, bodyId: null }, 'http://x', NOW);
			expect(calendar.bodies.length).toBe(regionBodies.size);
			for (const b of calendar.bodies) expect(regionBodies.has(b.id)).toBe(true);
		}
		const upcoming = frontPage(db, home.coordinator, NOW).overview.upcoming.map((m) => m.id);
		expect(upcoming).not.toContain(away.meetingId);
		expect(
			db
				.select()
				.from(meeting)
				.where(and(inArray(meeting.id, upcoming), eq(meeting.bodyId, away.bodyId)))
				.all()
		).toEqual([]);
	});
});
