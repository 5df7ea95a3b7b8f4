import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../db/testing';
import { grantChangeRequest, grantClaim } from '../db/schema';
import { seedDemoRegion } from './seed';
import { DEMO_SEED_TIMEOUT_MS } from '../testing/demo';

describe('demo grants after the decision', { timeout: DEMO_SEED_TIMEOUT_MS }, () => {
	it.each([
		[new Date('2026-12-07T10:00:00Z'), 1],
		// Before the year's first instalment nothing is paid, so nothing is claimed back.
		[new Date('2026-01-20T10:00:00Z'), 0]
	])(
		'on %s: an extension accepted, a change of budget waiting, and %i claim',
		async (now, claims) => {
			const db = createTestDb();
			await seedDemoRegion(db, now, mkdtempSync(join(tmpdir(), 'yhdyspinta-demo-changes-')));
			const changes = db.select().from(grantChangeRequest).all();
			expect(changes.map((c) => [c.kind, c.status, c.decidedEndOn])).toEqual([
				['extension', 'accepted', '2027-06-30'],
				['budget', 'pending', null]
			]);
			expect(
				db
					.select()
					.from(grantClaim)
					.all()
					.map((c) => [c.kind, c.status, c.amountCents])
			).toEqual(claims ? [['return', 'open', 350_000]] : []);
		}
	);
});
