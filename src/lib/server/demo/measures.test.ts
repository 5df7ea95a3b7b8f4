import { eq } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEASURE_STATUSES } from '../../domain/measures';
import { helsinkiYear, isoDate } from '../../domain/time';
import { actorOf } from '../testing/fixtures';
import { createTestDb } from '../db/testing';
import { meeting, user } from '../db/schema';
import { getOwnCommitments, listBudgetMeasures, listMeasures } from '../measures/lists';
import { seedDemoRegion } from './seed';
import { DEMO_SEED_TIMEOUT_MS } from '../testing/demo';

describe('demo goals and measures', { timeout: DEMO_SEED_TIMEOUT_MS }, () => {
	// Early in the year too, when "last year" and the latest negotiations fall differently.
	it.each([new Date(), new Date('2026-01-20T10:00:00Z')])(
		'on %s: follow up last year’s strategic negotiation in every status, one overdue, and list next year’s budget needs',
		async (now) => {
			const db = createTestDb();
			await seedDemoRegion(db, now, mkdtempSync(join(tmpdir(), 'yhdyspinta-demo-measures-')));
			const director = actorOf(
				db,
				db.select().from(user).where(eq(user.email, 'kunnanjohtaja@yhdyspinta.example')).get()!.id
			);
			const lastYear = listMeasures(
				db,
				director,
				{ regionId: director.regionId, budgetYear: helsinkiYear(now) - 1 },
				isoDate(now)
			);

			expect(lastYear.length).toBeGreaterThanOrEqual(6);
			expect(new Set(lastYear.map((m) => m.status))).toEqual(new Set(MEASURE_STATUSES));
			expect(lastYear.filter((m) => m.overdue)).toHaveLength(1);
			const owners = new Set(lastYear.flatMap((m) => m.owners.map((o) => o.name)));
			expect(owners).toContain('Liperin kunta');
			expect(owners).toContain('Pohjois-Karjalan hyvinvointialue');
			expect(
				[...owners].filter((name) => /kunta|kaupunki/.test(name)).length
			).toBeGreaterThanOrEqual(3);
			const source = db
				.select()
				.from(meeting)
				.where(eq(meeting.id, lastYear[0].sourceMeetingId))
				.get()!;
			expect([source.status, source.year]).toEqual(['published', helsinkiYear(now) - 1]);

			// The director's own list opens on Liperi's overdue measure of last year.
			const [first] = getOwnCommitments(db, director, isoDate(now)).measures;
			expect([first.overdue, first.budgetYear, first.owners.map((o) => o.name)]).toEqual([
				true,
				helsinkiYear(now) - 1,
				expect.arrayContaining(['Liperin kunta'])
			]);

			const needingMoney = listMeasures(db, director, { regionId: director.regionId }).filter(
				(m) => m.needsNextYearBudget
			);
			expect(needingMoney).toHaveLength(2);
			expect(needingMoney[0].budgetYear).toBeGreaterThanOrEqual(helsinkiYear(now));
			expect(
				listBudgetMeasures(db, director, director.regionId, needingMoney[0].budgetYear + 1)
					.map((m) => m.id)
					.sort()
			).toEqual(needingMoney.map((m) => m.id).sort());
		}
	);
});
