import type { Queryable } from '../db/client';
import { accessibilityFeedback } from '../db/schema';
import { feedbackThrottle } from '../auth/rate-limit';
import { DomainError } from '../errors';

/** Anyone may send accessibility feedback, logged in or not (Act 306/2019). */
export function submitFeedback(
	db: Queryable,
	input: { message: string; contact: string; page: string },
	address: string
): void {
	if (feedbackThrottle.retryAfter(address) > 0) throw new DomainError('conflict', 'feedback.tooMany');
	feedbackThrottle.record(address);
	db.insert(accessibilityFeedback).values(input).run();
}
