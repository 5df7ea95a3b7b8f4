import { and, eq } from 'drizzle-orm';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../domain/levels';
import { helsinkiYear } from '../../domain/time';
import type { BodyRole, SiteRole } from '../../domain/roles';
import { verifyPassword } from '../auth/password';
import type { Db } from '../db/client';
import {
	attachment,
	body,
	meeting,
	membership,
	organisation,
	region,
	situationSurvey,
	surveyAnswer,
	surveyValue,
	user
} from '../db/schema';
import { createTestDb } from '../db/testing';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemoRegion } from './seed';
import { DEMO_SEED_TIMEOUT_MS } from '../testing/demo';
import { KNOWN_REGIONS } from '../regions/facts';

/** Demo attachments go to a folder of the test's own, never into the project. */
const attachmentsDir = mkdtempSync(join(tmpdir(), 'yhdyspinta-demo-attachments-'));

async function seededDb(): Promise<Db> {
	const db = createTestDb();
	await seedDemoRegion(db, new Date(), attachmentsDir);
	return db;
}

/** Each demo account's site role, organisation kind and memberships, as the login page describes them. */
const EXPECTED_ACCOUNTS: readonly {
	email: string;
	siteRole: SiteRole;
	organisation: string;
	memberships: Record<string, BodyRole>;
}[] = [
	{
		email: 'admin@yhdyspinta.example',
		siteRole: 'admin',
		organisation: 'Pohjois-Karjalan hyvinvointialue',
		memberships: {}
	},
	{
		email: 'koordinaattori@yhdyspinta.example',
		siteRole: 'coordinator',
		organisation: 'Pohjois-Karjalan hyvinvointialue',
		memberships: { Hyvinvointikoordinaattoriverkosto: 'secretary', Kuntayhteistyöryhmä: 'member' }
	},
	{
		email: 'kunnanjohtaja@yhdyspinta.example',
		siteRole: 'member',
		organisation: 'Liperin kunta',
		memberships: { 'HYTE-neuvottelut (strateginen taso)': 'member', Kuntayhteistyöryhmä: 'member' }
	},
	{
		email: 'sihteeri@yhdyspinta.example',
		siteRole: 'member',
		organisation: 'Pohjois-Karjalan hyvinvointialue',
		memberships: { Kuntayhteistyöryhmä: 'secretary' }
	},
	{
		email: 'jarjesto@yhdyspinta.example',
		siteRole: 'member',
		organisation: 'Mielenvireä Karjala ry',
		memberships: { 'HYTE-foorumi': 'member' }
	},
	{
		email: 'kansallinen@yhdyspinta.example',
		siteRole: 'member',
		organisation: 'Kymenlaakson Järjestöverkosto ry',
		memberships: {}
	}
];

describe('seedDemoRegion', { timeout: DEMO_SEED_TIMEOUT_MS }, () => {
	it('turns an empty database into a non-empty one', async () => {
		const db = createTestDb();
		expect(isDatabaseEmpty(db)).toBe(true);
		await seedDemoRegion(db, new Date(), attachmentsDir);
		expect(isDatabaseEmpty(db)).toBe(false);
		expect(
			db
				.select()
				.from(region)
				.all()
				.map((r) => r.slug)
		).toEqual([
			'pohjois-karjala',
			...KNOWN_REGIONS.map((r) => r.slug).filter((slug) => slug !== 'pohjois-karjala')
		]);
	});

	it('holds all 22 regions with their facts and county organisations, and the national role’s person', async () => {
		const db = await seededDb();
		const regions = db.select().from(region).all();
		expect(regions).toHaveLength(22);
		for (const known of KNOWN_REGIONS) {
			const row = regions.find((r) => r.slug === known.slug);
			expect(row, known.slug).toMatchObject({
				name: known.name,
				population: known.population,
				comparable: known.comparable
			});
			const counties = db
				.select({ name: organisation.name })
				.from(organisation)
				.where(and(eq(organisation.regionId, row!.id), eq(organisation.kind, 'county')))
				.all();
			expect(counties, known.slug).toEqual([{ name: known.name }]);
		}
		const national = db
			.select({ nationalRole: user.nationalRole, siteRole: user.siteRole })
			.from(user)
			.where(eq(user.email, 'kansallinen@yhdyspinta.example'))
			.get();
		expect(national).toEqual({ nationalRole: true, siteRole: 'member' });
		expect(
			db.select({ email: user.email }).from(user).where(eq(user.nationalRole, true)).all()
		).toHaveLength(1);
		// The national picture's history is there, every region answering, and this year's survey open.
		expect(
			db
				.select({ year: situationSurvey.year, status: situationSurvey.status })
				.from(situationSurvey)
				.all()
		).toEqual([
			...[2022, 2023, 2024, 2025].map((year) => ({ year, status: 'published' })),
			{ year: helsinkiYear(new Date()), status: 'open' }
		]);
		const answers = db.select().from(surveyAnswer).all();
		expect(answers.filter((a) => a.status === 'submitted')).toHaveLength(4 * 22);
		expect(answers.filter((a) => a.status === 'draft')).toHaveLength(22);
		const demoDraft = answers.find(
			(a) =>
				a.status === 'draft' && a.regionId === regions.find((r) => r.slug === 'pohjois-karjala')!.id
		)!;
		// Prefilled: the demo county confirms rather than retypes.
		expect(
			db.select().from(surveyValue).where(eq(surveyValue.answerId, demoDraft.id)).all().length
		).toBeGreaterThan(5);
	});

	it('gives every level at least one body', async () => {
		const db = await seededDb();
		const levels = new Set(
			db
				.select({ level: body.level })
				.from(body)
				.all()
				.map((b) => b.level)
		);
		for (const level of LEVELS) expect(levels, level).toContain(level);
	});

	it('creates the demo accounts with their roles', async () => {
		const db = await seededDb();
		expect(DEMO_ACCOUNTS.map((a) => a.email)).toEqual(EXPECTED_ACCOUNTS.map((a) => a.email));
		for (const expected of EXPECTED_ACCOUNTS) {
			const row = db
				.select({ id: user.id, siteRole: user.siteRole, organisation: organisation.name })
				.from(user)
				.innerJoin(organisation, eq(organisation.id, user.organisationId))
				.where(eq(user.email, expected.email))
				.get();
			expect(row, expected.email).toBeDefined();
			if (!row) continue;
			expect(row.siteRole, expected.email).toBe(expected.siteRole);
			expect(row.organisation, expected.email).toBe(expected.organisation);
			const memberships = db
				.select({ body: body.name, role: membership.role })
				.from(membership)
				.innerJoin(body, eq(body.id, membership.bodyId))
				.where(eq(membership.userId, row.id))
				.all();
			expect(Object.fromEntries(memberships.map((m) => [m.body, m.role])), expected.email).toEqual(
				expected.memberships
			);
		}
	});

	it('gives every body exactly one chair and one secretary', async () => {
		const db = await seededDb();
		const bodies = db.select({ id: body.id, name: body.name }).from(body).all();
		expect(bodies.length).toBeGreaterThanOrEqual(LEVELS.length);
		for (const b of bodies) {
			const roles = db
				.select({ role: membership.role })
				.from(membership)
				.where(eq(membership.bodyId, b.id))
				.all()
				.map((m) => m.role);
			expect(
				roles.filter((r) => r === 'chair'),
				b.name
			).toHaveLength(1);
			expect(
				roles.filter((r) => r === 'secretary'),
				b.name
			).toHaveLength(1);
		}
	});

	it('lets every seeded user log in with the demo password', async () => {
		const db = await seededDb();
		const hashes = db
			.select({ hash: user.passwordHash })
			.from(user)
			.all()
			.map((u) => u.hash);
		expect(hashes.length).toBeGreaterThanOrEqual(25);
		// One hash for everyone, so verifying it once covers every account.
		expect(new Set(hashes).size).toBe(1);
		const [hash] = hashes;
		expect(hash).toEqual(expect.any(String));
		expect(await verifyPassword(hash ?? '', DEMO_PASSWORD)).toBe(true);
		expect(await verifyPassword(hash ?? '', 'wrong-password')).toBe(false);
	});

	it('inserts nothing when it fails part-way', async () => {
		const db = createTestDb();
		// A taken demo email makes the seed fail after the region and organisations are in.
		const regionId = db
			.insert(region)
			.values({ name: 'Muu alue', slug: 'muu' })
			.returning({ id: region.id })
			.get().id;
		const organisationId = db
			.insert(organisation)
			.values({ regionId, name: 'Muu kunta', kind: 'municipality' })
			.returning({ id: organisation.id })
			.get().id;
		db.insert(user)
			.values({ email: 'jarjesto@yhdyspinta.example', name: 'Varattu', organisationId })
			.run();
		await expect(seedDemoRegion(db, new Date(), attachmentsDir)).rejects.toThrow();
		expect(db.select({ id: region.id }).from(region).all()).toHaveLength(1);
		expect(db.select({ id: organisation.id }).from(organisation).all()).toHaveLength(1);
		expect(db.select({ id: user.id }).from(user).all()).toHaveLength(1);
	});
});

describe('demo meetings', () => {
	it('put meetings before and after today in every body, with running meetings where users expect them', async () => {
		const db = createTestDb();
		const now = new Date('2026-11-23T12:00:00Z');
		await seedDemoRegion(db, now, attachmentsDir);
		for (const b of db.select().from(body).all()) {
			const meetings = db.select().from(meeting).where(eq(meeting.bodyId, b.id)).all();
			expect(
				meetings.some((m) => m.endsAt < now),
				b.name
			).toBe(true);
			expect(
				meetings.some((m) => m.startsAt > now),
				b.name
			).toBe(true);
		}
		const running = db
			.select({ name: body.name, level: body.level })
			.from(meeting)
			.innerJoin(body, eq(meeting.bodyId, body.id))
			.where(eq(meeting.status, 'in_progress'))
			.all();
		expect(running.map((r) => r.level).sort()).toEqual(['coordinator_network', 'forum']);
	});
});

describe('demo records', () => {
	it('publish past minutes of public bodies, one with a non-public item, and leave one set waiting for its chair', async () => {
		const { getPublishedRecord, listPublishedRecords } = await import('../records/published');
		const { listApprovers } = await import('../records/signoff');
		const db = createTestDb();
		await seedDemoRegion(db, new Date('2026-11-23T12:00:00Z'), attachmentsDir);
		const published = listPublishedRecords(db);
		expect(published.length).toBeGreaterThan(3);
		expect(
			published.some((p) => p.record.items.some((i) => !i.public && i.decision === null))
		).toBe(true);
		expect(published.some((p) => p.record.items.some((i) => i.attachments.length > 0))).toBe(true);
		expect(published.every((p) => p.body.public)).toBe(true);
		const waiting = db.select().from(meeting).where(eq(meeting.status, 'minutes_review')).all();
		expect(waiting).toHaveLength(1);
		const approvers = listApprovers(db, waiting[0].id);
		expect(approvers.find((a) => a.role === 'secretary')?.approvedAt).not.toBeNull();
		expect(approvers.find((a) => a.role === 'chair')?.approvedAt).toBeNull();
		expect(getPublishedRecord(db, waiting[0].id)).toBeNull();
	});
});

describe('demo background documents', () => {
	it('attach a PDF memo to the topics of every upcoming meeting, non-public ones for a non-public item', async () => {
		const { listMeetingAttachments } = await import('../attachments/service');
		const { listItems } = await import('../meetings/rows');
		const db = createTestDb();
		await seedDemoRegion(db, new Date('2026-11-23T12:00:00Z'), attachmentsDir);
		const upcoming = db.select().from(meeting).where(eq(meeting.status, 'planned')).all();
		expect(upcoming.length).toBeGreaterThan(3);
		for (const m of upcoming) {
			const attachments = listMeetingAttachments(db, m.id);
			expect(attachments.length, m.title).toBeGreaterThan(0);
			expect(
				attachments.every(
					(a) => a.contentType === 'application/pdf' && a.filename.startsWith('Taustamuistio')
				)
			).toBe(true);
			const items = new Map(listItems(db, [m.id]).map((i) => [i.key, i]));
			for (const a of attachments) expect(a.public, a.filename).toBe(items.get(a.itemKey)?.public);
			const stored = readFileSync(
				join(
					attachmentsDir,
					db.select().from(attachment).where(eq(attachment.id, attachments[0].id)).get()!.sha256
				)
			);
			expect(stored.subarray(0, 5).toString()).toBe('%PDF-');
		}
	});
});

describe('demo calendar', () => {
	for (const today of ['2026-03-02T09:00:00Z', '2026-11-23T09:00:00Z']) {
		it(`on ${today.slice(0, 10)}: milestones this year and next, the strategic gap warned, an item forwarded to the strategic level`, async () => {
			const { calendarYear } = await import('../calendar/year');
			const { pendingForwardsTo } = await import('../calendar/forwarding');
			const { loadActor } = await import('../auth/actor');
			const db = createTestDb();
			const now = new Date(today);
			await seedDemoRegion(db, now, attachmentsDir);
			const coordinator = loadActor(
				db,
				db.select().from(user).where(eq(user.email, 'koordinaattori@yhdyspinta.example')).get()!
			);
			const year = calendarYear(db, coordinator, coordinator.regionId, 2026);
			expect(year.milestones.some((m) => m.kind === 'annual_plan')).toBe(true);
			expect(
				calendarYear(db, coordinator, coordinator.regionId, 2027).milestones.length
			).toBeGreaterThan(5);
			const strategic = db.select().from(body).where(eq(body.level, 'strategic')).get()!;
			const cadence = year.cadence.find((c) => c.bodyId === strategic.id)!;
			expect(cadence.problems.map((p) => p.code)).toContain('noMeetingBeforeBudget');
			const [forwarded] = pendingForwardsTo(db, coordinator, strategic.id);
			expect(forwarded.sourceBody.name).toBe('Hyvinvointikoordinaattoriverkosto');
		});
	}
});
