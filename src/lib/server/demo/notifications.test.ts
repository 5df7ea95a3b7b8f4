import { and, eq, isNull } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approval, meeting, membership, notification, user } from '../db/schema';
import { createTestDb } from '../db/testing';
import { seedDemoRegion } from './seed';
import { DEMO_SEED_TIMEOUT_MS } from '../testing/demo';

describe('demo notifications', { timeout: DEMO_SEED_TIMEOUT_MS }, () => {
	it('come from the real use cases, with only the recent ones unread', async () => {
		const db = createTestDb();
		const now = new Date();
		await seedDemoRegion(db, now, mkdtempSync(join(tmpdir(), 'yhdyspinta-demo-attachments-')));
		const unread = db
			.select({
				email: user.email,
				userId: user.id,
				kind: notification.kind,
				link: notification.link,
				createdAt: notification.createdAt
			})
			.from(notification)
			.innerJoin(user, eq(notification.userId, user.id))
			.where(isNull(notification.readAt))
			.all();

		expect(
			unread.every((n) => now.getTime() - n.createdAt.getTime() <= 30 * 24 * 60 * 60 * 1000)
		).toBe(true);
		// The NGO representative is told about the open round.
		expect(unread).toContainEqual(
			expect.objectContaining({ email: 'jarjesto@yhdyspinta.example', kind: 'consultation_opened' })
		);

		// Minutes waiting for their chair: the chair's notification is unread, the secretary's (who approved) is read.
		const waiting = db.select().from(meeting).where(eq(meeting.status, 'minutes_review')).all();
		expect(waiting.length).toBeGreaterThan(0);
		for (const m of waiting) {
			const chair = db
				.select()
				.from(membership)
				.where(and(eq(membership.bodyId, m.bodyId), eq(membership.role, 'chair')))
				.get()!;
			const approved = db
				.select()
				.from(approval)
				.where(and(eq(approval.meetingId, m.id), eq(approval.userId, chair.userId)))
				.get();
			expect(approved).toBeUndefined();
			expect(unread).toContainEqual(
				expect.objectContaining({
					userId: chair.userId,
					kind: 'minutes_awaiting_approval',
					link: `/meetings/${m.id}`
				})
			);
		}
		expect(unread.filter((n) => n.kind === 'minutes_awaiting_approval')).toHaveLength(
			waiting.length
		);
	});
});
