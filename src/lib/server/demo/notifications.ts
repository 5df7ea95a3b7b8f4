/**
 * The demo's notifications come from the real use cases (minutes sent for
 * approval, rounds opened, comments answered, items forwarded, measures
 * followed up). This only makes the inboxes look lived in: what arrived more
 * than a month ago has been read (a day after it came).
 */
import { and, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { notification } from '../db/schema';

const DAY_MS = 24 * 60 * 60 * 1000;

export function seedDemoNotifications(db: Db, now: Date): void {
	db.update(notification)
		.set({ readAt: sql`${notification.createdAt} + ${DAY_MS}` })
		.where(
			and(
				isNull(notification.readAt),
				lt(notification.createdAt, new Date(now.getTime() - 30 * DAY_MS))
			)
		)
		.run();
}
