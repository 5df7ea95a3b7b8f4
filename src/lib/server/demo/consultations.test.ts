import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadActor } from '../auth/actor';
import { roundSummary } from '../consultations/summary';
import { listRounds } from '../consultations/rounds';
import { user } from '../db/schema';
import { createTestDb } from '../db/testing';
import { seedDemoRegion } from './seed';
import { DEMO_SEED_TIMEOUT_MS } from '../testing/demo';

describe('demo consultations', { timeout: DEMO_SEED_TIMEOUT_MS }, () => {
	it('give the NGO account an open round a week ahead with two NGOs’ comments, and a closed round with answers', async () => {
		const db = createTestDb();
		const now = new Date();
		await seedDemoRegion(db, now, mkdtempSync(join(tmpdir(), 'yhdyspinta-demo-consultations-')));
		const ngo = loadActor(
			db,
			db.select().from(user).where(eq(user.email, 'jarjesto@yhdyspinta.example')).get()!
		);
		const rounds = listRounds(db, ngo, now);
		expect(rounds.map((r) => r.status)).toEqual(['open', 'closed']);

		const open = roundSummary(db, ngo, rounds[0].round.id, now);
		const daysLeft = (open.round.closesAt.getTime() - now.getTime()) / 86_400_000;
		expect(daysLeft).toBeGreaterThan(6);
		expect(daysLeft).toBeLessThan(8.1);
		expect(open.organisations.map((o) => o.name)).toEqual([
			'Mielenvireä Karjala ry',
			'Perheapila Pohjois-Karjala ry'
		]);

		const closed = roundSummary(db, ngo, rounds[1].round.id, now);
		expect(closed.totals.comments).toBe(3);
		expect(closed.outcomes).toEqual({ accepted: 1, partly: 1, rejected: 1, unanswered: 0 });
	});
});
