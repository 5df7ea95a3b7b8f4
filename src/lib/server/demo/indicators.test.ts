import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadActor } from '../auth/actor';
import { user } from '../db/schema';
import { createTestDb } from '../db/testing';
import { indicatorSeries } from '../indicators/series';
import { listIndicators } from '../indicators/views';
import { DEMO_INDICATORS } from './indicators';
import { seedDemoRegion } from './seed';
import { DEMO_SEED_TIMEOUT_MS } from '../testing/demo';

describe('demo indicators', { timeout: DEMO_SEED_TIMEOUT_MS }, () => {
	it('give the director of Liperi three indicators with the last five full years', async () => {
		const db = createTestDb();
		const now = new Date('2026-03-10T10:00:00Z');
		await seedDemoRegion(db, now, mkdtempSync(join(tmpdir(), 'yhdyspinta-demo-indicators-')));
		const director = loadActor(
			db,
			db.select().from(user).where(eq(user.email, 'kunnanjohtaja@yhdyspinta.example')).get()!
		);

		expect(
			listIndicators(db, director, director.regionId).map((i) => [
				i.source,
				i.valueCount,
				i.latestYear
			])
		).toEqual(DEMO_INDICATORS.map(() => ['THL, Sotkanet', 25, 2025]));
		const liperi = indicatorSeries(db, director, {
			regionId: director.regionId,
			organisationIds: [director.organisationId]
		});
		expect(liperi).toHaveLength(3);
		for (const series of liperi) {
			expect(series.organisation.name).toBe('Liperin kunta');
			expect(series.points.map((p) => p.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
		}
	});
});
