/**
 * Throttles on failed attempts (logins, feedback sent), counted in the
 * database: a restart does not reset them, and every server process that
 * shares the database counts together.
 */
import { and, desc, eq, gt, inArray, lte } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { attempt } from '../db/schema';

export interface Limit {
	max: number;
	windowMs: number;
}

const MINUTE = 60_000;

export const LIMITS = {
	/** One account from one address: a person mistyping, or one source guessing. */
	accountFromAddress: { max: 5, windowMs: 15 * MINUTE },
	/**
	 * One account from browsers it has never signed in from, whatever their
	 * address: the slower ceiling that keeps a distributed guesser to a few
	 * dozen guesses an hour. The account's own known browsers are not held by it.
	 */
	accountFromNewBrowsers: { max: 20, windowMs: 60 * MINUTE },
	/** One address trying many accounts. */
	address: { max: 30, windowMs: 15 * MINUTE },
	/** A known browser that keeps failing (a stolen device cookie) loses its standing. */
	knownDevice: { max: 10, windowMs: 15 * MINUTE },
	/** Anonymous accessibility feedback per address, against floods. */
	feedback: { max: 10, windowMs: 60 * MINUTE }
} as const satisfies Record<string, Limit>;

const LONGEST_WINDOW_MS = Math.max(...Object.values(LIMITS).map((limit) => limit.windowMs));

export interface Throttle {
	key: string;
	limit: Limit;
}

/** Seconds until every throttle lets the next attempt through; 0 when it may go now. */
export function retryAfter(
	db: Queryable,
	throttles: readonly Throttle[],
	now = new Date()
): number {
	let seconds = 0;
	for (const { key, limit } of throttles) {
		// The max-th most recent attempt in the window is the one that must age out.
		const blocking = db
			.select({ at: attempt.at })
			.from(attempt)
			.where(and(eq(attempt.key, key), gt(attempt.at, new Date(now.getTime() - limit.windowMs))))
			.orderBy(desc(attempt.at))
			.limit(1)
			.offset(limit.max - 1)
			.get();
		if (blocking)
			seconds = Math.max(
				seconds,
				Math.ceil((blocking.at.getTime() + limit.windowMs - now.getTime()) / 1000)
			);
	}
	return seconds;
}

/** Counts a failed attempt against each throttle, and forgets attempts no window needs any more. */
export function recordAttempt(
	db: Queryable,
	throttles: readonly Throttle[],
	now = new Date()
): void {
	db.transaction((tx) => {
		tx.delete(attempt)
			.where(lte(attempt.at, new Date(now.getTime() - LONGEST_WINDOW_MS)))
			.run();
		tx.insert(attempt)
			.values(throttles.map(({ key }) => ({ key, at: now })))
			.run();
	});
}

export function clearAttempts(db: Queryable, throttles: readonly Throttle[]): void {
	db.delete(attempt)
		.where(
			inArray(
				attempt.key,
				throttles.map(({ key }) => key)
			)
		)
		.run();
}
