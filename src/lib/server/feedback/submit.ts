import type { Queryable } from '../db/client';
import { accessibilityFeedback } from '../db/schema';
import { LIMITS, recordAttempt, retryAfter } from '../auth/rate-limit';
import { DomainError } from '../errors';

/** Anyone may send accessibility feedback, logged in or not (Act 306/2019). */
export function submitFeedback(
	db: Queryable,
	input: { message: string; contact: string; page: string },
	address: string
): void {
	const throttle = [{ key: `feedback:${address}`, limit: LIMITS.feedback }];
	if (retryAfter(db, throttle) > 0) throw new DomainError('conflict', 'feedback.tooMany');
	recordAttempt(db, throttle);
	db.insert(accessibilityFeedback).values(input).run();
}
