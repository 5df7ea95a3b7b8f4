/**
 * The national installation's cost to a region: the demo coordinator's front
 * page and calendar, timed as their routes call them, on the demo with the
 * demo county alone populated (five years of meetings) and on a copy of it in
 * which every region of the facts is as busy as the demo county
 * (populated-regions.ts), the runs on the two taken in turn. Target: the
 * second's median at most 1.5 times the first's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { and, eq } from 'drizzle-orm';
import { helsinkiYear } from '../../src/lib/domain/time';
import { loadActor } from '../../src/lib/server/auth/actor';
import { calendarPage } from '../../src/lib/server/calendar/views';
import { openDatabase, type Db } from '../../src/lib/server/db/client';
import { organisation, region, user } from '../../src/lib/server/db/schema';
import { seedDemoRegion } from '../../src/lib/server/demo/seed';
import { DEMO_REGION } from '../../src/lib/server/demo/data';
import { frontPage } from '../../src/lib/server/home/views';
import facts from '../../src/lib/server/regions/regions.json' with { type: 'json' };
import { addBusyYears } from './busy-years';
import { populateRegion } from './populated-regions';
import { TIMED_RUNS, WARM_UP_RUNS } from './timings';

export const NATIONAL_SCALE_TARGET = 1.5;

interface Timed {
	label: string;
	run: (db: Db, now: Date) => unknown;
}

function demoCoordinator(db: Db) {
	const row = db
		.select({ user })
		.from(user)
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.innerJoin(region, eq(organisation.regionId, region.id))
		.where(and(eq(user.siteRole, 'coordinator'), eq(region.slug, DEMO_REGION.slug)))
		.get()!;
	return loadActor(db, row.user);
}

const VIEWS: Timed[] = [
	{ label: 'front page', run: (db, now) => frontPage(db, demoCoordinator(db), now) },
	{
		label: 'calendar',
		run: (db, now) =>
			calendarPage(
				db,
				demoCoordinator(db),
				helsinkiYear(now),
				{ level: null, bodyId: null },
				'http://localhost',
				now
			)
	}
];

/** Medians of both databases' runs, taken in turn, so that a busy machine weighs on both alike. */
function medians(view: Timed, dbs: readonly Db[], now: Date): number[] {
	for (let i = 0; i < WARM_UP_RUNS; i++) for (const db of dbs) view.run(db, now);
	const times = dbs.map((): number[] => []);
	for (let i = 0; i < TIMED_RUNS; i++)
		dbs.forEach((db, d) => {
			const start = performance.now();
			view.run(db, now);
			times[d].push(performance.now() - start);
		});
	return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}

/**
 * Builds the demo with the demo county busy, copies it, fills every other region of the copy,
 * and returns the table's rows: view, one region, all regions (medians, ms), ratio, within target.
 */
export async function measureNationalScale(now = new Date()): Promise<{
	regions: number;
	meetings: number;
	rows: string[][];
}> {
	const dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-bench-national-'));
	try {
		const alonePath = join(dir, 'alone.db');
		const aloneDb = openDatabase(alonePath);
		await seedDemoRegion(aloneDb, now, join(dir, 'attachments'));
		const demoRegionId = aloneDb
			.select()
			.from(region)
			.where(eq(region.slug, DEMO_REGION.slug))
			.get()!.id;
		let meetings = addBusyYears(aloneDb, now, demoRegionId).meetings;
		const nationalPath = join(dir, 'national.db');
		await aloneDb.$client.backup(nationalPath);
		const nationalDb = openDatabase(nationalPath);
		const others = facts.regions.filter((r) => r.slug !== DEMO_REGION.slug);
		for (const other of others)
			meetings += populateRegion(
				nationalDb,
				demoRegionId,
				{ slug: other.slug, name: other.name, population: other.population2023 },
				now
			);
		const rows = VIEWS.map((view) => {
			const [alone, national] = medians(view, [aloneDb, nationalDb], now);
			const ratio = national / alone;
			return [
				view.label,
				alone.toFixed(1),
				national.toFixed(1),
				ratio.toFixed(2),
				ratio <= NATIONAL_SCALE_TARGET ? 'yes' : 'NO'
			];
		});
		aloneDb.$client.close();
		nationalDb.$client.close();
		return { regions: others.length + 1, meetings, rows };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
