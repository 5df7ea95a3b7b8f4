import { desc } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import { assertCan } from '../access';
import type { Queryable } from '../db/client';
import { accessibilityFeedback, type AccessibilityFeedback } from '../db/schema';

/** Accessibility feedback, newest first. It is not tied to a region, so it is read as a whole. */
export function listFeedback(db: Queryable, actor: Actor): AccessibilityFeedback[] {
	assertCan(actor, 'feedback.read', null);
	return db
		.select()
		.from(accessibilityFeedback)
		.orderBy(desc(accessibilityFeedback.createdAt), desc(accessibilityFeedback.id))
		.all();
}
