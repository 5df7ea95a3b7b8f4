/**
 * Counts attempts per key (failed logins, feedback sent) and refuses after
 * `max` within a sliding `windowMs`. In memory, since one server process
 * serves the app; a restart forgets the counts, which only ever lets someone
 * try again sooner.
 */
export class AttemptThrottle {
	readonly #attempts = new Map<string, number[]>();

	constructor(
		readonly max: number,
		readonly windowMs: number,
		/** Bound on tracked keys, so a flood of distinct keys cannot exhaust memory. */
		readonly maxKeys = 50_000
	) {}

	/** Seconds until the key may try again, or 0 when it may try now. */
	retryAfter(key: string, now = Date.now()): number {
		const recent = this.#recent(key, now);
		if (recent.length < this.max) return 0;
		return Math.ceil((recent[recent.length - this.max] + this.windowMs - now) / 1000);
	}

	record(key: string, now = Date.now()): void {
		const recent = this.#recent(key, now);
		recent.push(now);
		if (!this.#attempts.has(key) && this.#attempts.size >= this.maxKeys) this.#evictOldest();
		this.#attempts.set(key, recent);
	}

	reset(key: string): void {
		this.#attempts.delete(key);
	}

	#recent(key: string, now: number): number[] {
		const stamps = this.#attempts.get(key);
		if (!stamps) return [];
		const recent = stamps.filter((t) => now - t < this.windowMs);
		if (recent.length === 0) this.#attempts.delete(key);
		return recent;
	}

	#evictOldest(): void {
		const oldest = this.#attempts.keys().next();
		if (!oldest.done) this.#attempts.delete(oldest.value);
	}
}

const MINUTE = 60_000;

/** Failed logins: per account (guessing one password) and per address (trying many accounts). */
export const loginThrottles = {
	account: new AttemptThrottle(5, 15 * MINUTE),
	address: new AttemptThrottle(30, 15 * MINUTE)
};

/** Anonymous accessibility feedback per address, against floods. */
export const feedbackThrottle = new AttemptThrottle(10, 60 * MINUTE);
