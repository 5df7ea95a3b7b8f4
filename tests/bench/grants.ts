/**
 * `npm run bench:grants`: the server time of the grant views on a busy call.
 * Builds a database of its own with one operating-grant call of 1 000
 * submitted applications (from 1 000 NGOs), each scored by the call's three
 * assessors, and last year's decided call that granted the same 1 000 NGOs
 * (two instalments and a report each), then times each view function as the
 * page or route calls it. Prints a table, asserts nothing.
 *
 * Target: every view under 200 ms (the median) on this machine. A new view is
 * one more entry in VIEWS.
 */
// First: an older Node stops here with a clear message.
import '../../scripts/node-version.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../src/lib/domain/policy';
import { isoDate } from '../../src/lib/domain/time';
import { openDatabase, type Db } from '../../src/lib/server/db/client';
import {
	grantApplication,
	grantAssessment,
	grantCall,
	grantInstalment,
	grantReport,
	organisation,
	organisationProfile
} from '../../src/lib/server/db/schema';
import { handlerList } from '../../src/lib/server/grants/handler-list';
import { publicGrantsPackage } from '../../src/lib/server/grants/open-data';
import { paymentsPage } from '../../src/lib/server/grants/payments';
import { proposalView } from '../../src/lib/server/grants/proposal';
import {
	actorOf,
	insertActor,
	insertBody,
	insertRegion
} from '../../src/lib/server/testing/fixtures';
import {
	insertActivityClass,
	insertBasket,
	insertCall
} from '../../src/lib/server/testing/grant-fixtures';
import { printTimings, TIMED_RUNS, WARM_UP_RUNS } from './timings';

const APPLICATIONS = 1_000;
const ASSESSORS = 3;
const TARGET_MS = 200;

interface Seeded {
	db: Db;
	callId: number;
	handler: Actor;
	now: Date;
}

interface BenchView {
	label: string;
	run: (seeded: Seeded) => unknown;
}

const VIEWS: readonly BenchView[] = [
	{
		label: 'Handler’s list, ordered by score',
		run: ({ db, handler, callId, now }) => handlerList(db, handler, callId, 'score', now)
	},
	{
		label: 'Handler’s list, ordered by organisation',
		run: ({ db, handler, callId, now }) => handlerList(db, handler, callId, 'organisation', now)
	},
	{
		label: 'Proposal table with the sum against the appropriation',
		run: ({ db, handler, callId, now }) => proposalView(db, handler, callId, now)
	},
	{
		label: 'Payments page: payable and held instalments, batches',
		run: ({ db, handler, now }) => paymentsPage(db, handler, now)
	},
	{
		label: 'Public list as a 360Giving package (/archive/grants.json)',
		run: ({ db, now }) =>
			JSON.stringify(
				publicGrantsPackage(
					db,
					{},
					{
						title: 'Avustukset',
						description: 'Myönnetyt avustukset',
						downloadURL: 'http://localhost/archive/grants.json',
						accessURL: 'http://localhost/archive/grants',
						publisherName: 'Yhdyspinta',
						publisherWebsite: 'http://localhost',
						issued: now
					}
				)
			)
	}
];

/** A small deterministic generator (mulberry32), so that every run measures the same call. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function seed(db: Db): Seeded {
	const now = new Date();
	const day = 24 * 60 * 60 * 1000;
	const r = insertRegion(db, 'bench');
	const handler = insertActor(db, r.countyId, 'koordinaattori@bench.example', 'coordinator');
	const assessors = Array.from(
		{ length: ASSESSORS },
		(_, i) => insertActor(db, r.countyId, `arvioija${i}@bench.example`, 'member').userId
	);
	const classIds = ['Mielenterveys- ja päihdetyö', 'Liikunta', 'Perhetoiminta'].map((name) =>
		insertActivityClass(db, r.regionId, name)
	);
	const call = insertCall(db, {
		regionId: r.regionId,
		basketId: insertBasket(db, r.regionId, 'operating', 2027, 500_000_000),
		decidingBodyId: insertBody(db, r.regionId, 'strategic'),
		createdBy: handler.userId,
		opensAt: new Date(now.getTime() - 60 * day),
		closesAt: new Date(now.getTime() - day),
		classIds,
		staff: assessors.map((userId) => ({ userId, duty: 'assessor' as const }))
	});
	const lastYear = insertCall(db, {
		regionId: r.regionId,
		basketId: insertBasket(db, r.regionId, 'operating', 2026, 500_000_000),
		decidingBodyId: insertBody(db, r.regionId, 'strategic'),
		createdBy: handler.userId,
		opensAt: new Date(now.getTime() - 400 * day),
		closesAt: new Date(now.getTime() - 340 * day),
		classIds
	});
	db.update(grantCall)
		.set({ decidedAt: new Date(now.getTime() - 300 * day) })
		.where(eq(grantCall.id, lastYear.id))
		.run();
	const next = random(11);
	db.transaction((tx) => {
		for (let i = 0; i < APPLICATIONS; i++) {
			const organisationId = tx
				.insert(organisation)
				.values({ regionId: r.regionId, name: `Yhdistys ${i + 1} ry`, kind: 'ngo' })
				.returning({ id: organisation.id })
				.get().id;
			tx.insert(organisationProfile)
				.values({
					organisationId,
					businessId: `${String(1_000_000 + i)}-${i % 10}`,
					iban: 'FI2112345600000785'
				})
				.run();
			const grantedCents = 2 * (50_000 + Math.round(next() * 1_000_000));
			const grantId = tx
				.insert(grantApplication)
				.values({
					callId: lastYear.id,
					organisationId,
					title: `Toiminta ${i + 1}`,
					activity: 'Viikoittaiset ryhmät ja tapahtumat',
					activityClassId: classIds[i % classIds.length],
					amountRequestedCents: grantedCents,
					status: 'granted',
					amountGrantedCents: grantedCents,
					acceptance: i % 10 === 0 ? 'pending' : 'accepted',
					decidedAt: new Date(now.getTime() - 300 * day),
					submittedAt: now,
					createdBy: handler.userId,
					createdAt: now,
					updatedAt: now
				})
				.returning({ id: grantApplication.id })
				.get().id;
			tx.insert(grantInstalment)
				.values([
					{
						applicationId: grantId,
						dueOn: isoDate(new Date(now.getTime() - 200 * day)),
						amountCents: grantedCents / 2
					},
					{
						applicationId: grantId,
						dueOn: isoDate(new Date(now.getTime() - 20 * day)),
						amountCents: grantedCents / 2
					}
				])
				.run();
			tx.insert(grantReport)
				.values({
					applicationId: grantId,
					kind: 'interim',
					dueOn: isoDate(new Date(now.getTime() - 30 * day)),
					status: i % 4 === 0 ? 'due' : 'accepted'
				})
				.run();
			const applicationId = tx
				.insert(grantApplication)
				.values({
					callId: call.id,
					organisationId,
					title: `Toiminta ${i + 1}`,
					activity: 'Viikoittaiset ryhmät ja tapahtumat',
					activityClassId: classIds[i % classIds.length],
					amountRequestedCents: Math.round(next() * 5_000_000),
					status: 'submitted',
					submittedAt: now,
					createdBy: handler.userId,
					createdAt: now,
					updatedAt: now
				})
				.returning({ id: grantApplication.id })
				.get().id;
			tx.insert(grantAssessment)
				.values(
					assessors.map((assessorId) => ({
						applicationId,
						assessorId,
						scores: JSON.stringify([Math.floor(next() * 6), Math.floor(next() * 6)]),
						completedAt: now,
						updatedAt: now
					}))
				)
				.run();
		}
	});
	return { db, callId: call.id, handler: actorOf(db, handler.userId), now };
}

const dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-bench-grants-'));
try {
	const db = openDatabase(join(dir, 'app.db'));
	const seeded = seed(db);
	const payments = paymentsPage(db, seeded.handler, seeded.now);
	console.log(
		`A call of ${APPLICATIONS} applications, ${ASSESSORS} assessments each, and last year's ` +
			`${APPLICATIONS} grants (${payments.payable.length} instalments payable, ` +
			`${payments.held.length} held); ` +
			`${TIMED_RUNS} timed runs after ${WARM_UP_RUNS}; target: median under ${TARGET_MS} ms.\n`
	);
	printTimings(
		'View',
		VIEWS.map((view) => ({ label: view.label, run: () => view.run(seeded) })),
		TARGET_MS
	);
	db.$client.close();
} finally {
	rmSync(dir, { recursive: true, force: true });
}
