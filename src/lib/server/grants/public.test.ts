import { beforeEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Db } from '../db/client';
import { grantCall, meeting } from '../db/schema';
import { createTestDb } from '../db/testing';
import { insertBody, insertOrganisation, insertRegion, insertUser } from '../testing/fixtures';
import {
	insertActivityClass,
	insertApplication,
	insertBasket,
	insertCall
} from '../testing/grant-fixtures';
import { grantFigures } from './figures';
import { listPublicGrants, publicGrantsCsv } from './public';
import { eq } from 'drizzle-orm';

const decidedAt = new Date('2026-01-20T12:00:00Z');

function setUp(db: Db, slug: string) {
	const r = insertRegion(db, slug);
	const bodyId = insertBody(db, r.regionId, 'strategic');
	const coordinator = insertUser(db, r.countyId, `koordinaattori@${slug}.example`, 'coordinator');
	const ngo = insertOrganisation(db, r.regionId, `Yhdistys ${slug}`, 'ngo');
	const otherNgo = insertOrganisation(db, r.regionId, `Kerho ${slug}`, 'ngo');
	const ngoUser = insertUser(db, ngo, `jasen@${slug}.example`);
	const basketId = insertBasket(db, r.regionId, 'operating', 2026, 10_000_000);
	insertBasket(db, r.regionId, 'project', 2026, 2_000_000);
	const classId = insertActivityClass(db, r.regionId);
	const decision = db
		.insert(meeting)
		.values({
			bodyId,
			sequence: 1,
			year: 2026,
			title: 'Avustuspäätökset',
			startsAt: new Date('2026-01-15T10:00:00Z'),
			endsAt: new Date('2026-01-15T12:00:00Z'),
			status: 'approved'
		})
		.returning()
		.get();
	const call = insertCall(db, {
		regionId: r.regionId,
		basketId,
		decidingBodyId: bodyId,
		createdBy: coordinator.id,
		opensAt: new Date('2025-09-01T06:00:00Z'),
		closesAt: new Date('2025-10-31T14:00:00Z'),
		budgetYear: 2026,
		classIds: [classId]
	});
	db.update(grantCall)
		.set({ decidedAt, decisionMeetingId: decision.id })
		.where(eq(grantCall.id, call.id))
		.run();
	const decided = { decisionMeetingId: decision.id, decidedAt, activityClassId: classId };
	insertApplication(db, call.id, ngo, ngoUser.id, {
		...decided,
		title: 'Vertaistukiryhmät',
		status: 'partly_granted',
		amountRequestedCents: 500_000,
		amountGrantedCents: 300_000,
		proposalReason: 'Ei julkinen perustelu'
	});
	insertApplication(db, call.id, otherNgo, ngoUser.id, {
		...decided,
		title: 'Hylätty hanke',
		status: 'rejected',
		amountRequestedCents: 200_000,
		amountGrantedCents: 0
	});
	insertApplication(db, call.id, otherNgo, ngoUser.id, { title: 'Keskeneräinen luonnos' });
	return { r, decision };
}

describe('the public list of granted grants', () => {
	let db: Db;
	beforeEach(() => {
		db = createTestDb();
	});

	it('lists what was granted, with its public fields only, and nothing else', () => {
		setUp(db, 'pohjois-karjala');
		const grants = listPublicGrants(db);
		expect(grants).toHaveLength(1);
		const [grant] = grants;
		expect(grant).toMatchObject({
			recipient: 'Yhdistys pohjois-karjala',
			purpose: 'Vertaistukiryhmät',
			amountGrantedCents: 300_000,
			basket: 'operating',
			budgetYear: 2026,
			decidedOn: '2026-01-20',
			decisionNumber: '1/2026',
			activityClass: 'Mielenterveys- ja päihdetyö'
		});
		expect(Object.keys(grant!)).not.toContain('amountRequestedCents');
		expect(JSON.stringify(grants)).not.toContain('Ei julkinen perustelu');
	});

	it('links the decision to the archive only once its minutes are published', () => {
		const { decision } = setUp(db, 'pohjois-karjala');
		expect(listPublicGrants(db)[0]!.decisionMeetingId).toBeNull();
		db.update(meeting)
			.set({ status: 'published', publishedAt: decidedAt })
			.where(eq(meeting.id, decision.id))
			.run();
		expect(listPublicGrants(db)[0]!.decisionMeetingId).toBe(decision.id);
	});

	it('shows nothing of a call whose decision is not yet settled', () => {
		setUp(db, 'kainuu');
		db.update(grantCall).set({ decidedAt: null }).run();
		expect(listPublicGrants(db)).toEqual([]);
	});

	it('filters by region and year', () => {
		setUp(db, 'kainuu');
		setUp(db, 'lappi');
		expect(listPublicGrants(db).map((g) => g.regionSlug)).toEqual(['kainuu', 'lappi']);
		expect(listPublicGrants(db, { regionSlug: 'lappi' }).map((g) => g.regionSlug)).toEqual([
			'lappi'
		]);
		expect(listPublicGrants(db, { year: 2025 })).toEqual([]);
	});

	it('writes the CSV a spreadsheet opens, with formulae defused', () => {
		setUp(db, 'kainuu');
		const [grant] = listPublicGrants(db);
		const csv = publicGrantsCsv([{ ...grant!, purpose: '=HYPERLINK("x")' }]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
		expect(parsed[0]).toContain('myönnetty euroa');
		expect(parsed[1]).toContain('3000.00');
		expect(parsed[1]).toContain(`'=HYPERLINK("x")`);
		expect(csv).not.toContain('amountRequested');
	});
});

describe('the grant figures of a county', () => {
	it('sums appropriations, applications and grants per basket and class, and euros per resident', () => {
		const db = createTestDb();
		setUp(db, 'pohjois-karjala');
		const figures = grantFigures(db, 'pohjois-karjala', 2026);
		expect(figures.baskets.map((b) => [b.kind, b.appropriationCents])).toEqual([
			['operating', 10_000_000],
			['project', 2_000_000]
		]);
		expect(figures.baskets[0]).toMatchObject({
			applications: 2,
			appliedCents: 700_000,
			granted: 1,
			grantedCents: 300_000
		});
		expect(figures.classes).toEqual([
			{ name: 'Mielenterveys- ja päihdetyö', granted: 1, grantedCents: 300_000 }
		]);
		expect(figures.totals.grantedCents).toBe(300_000);
		expect(figures.population).toBe(162_540);
		expect(figures.centsPerResident).toBe(2);
	});

	it('counts nothing of an undecided call and has no population for an unknown region', () => {
		const db = createTestDb();
		setUp(db, 'testialue');
		db.update(grantCall).set({ decidedAt: null }).run();
		const figures = grantFigures(db, 'testialue', 2026);
		expect(figures.totals.applications).toBe(0);
		expect(figures.centsPerResident).toBeNull();
	});
});
