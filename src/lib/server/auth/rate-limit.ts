/**
 * Failure counting for login throttling: at most `max` failures per key within
 * a sliding `windowMs`. In memory, since one server process serves the app;
 * a restart forgets the counts, which only ever lets someone try again sooner.
 */
export class FailureThrottle {
	readonly #failures = new Map<string, number[]>();

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

	recordFailure(key: string, now = Date.now()): void {
		const recent = this.#recent(key, now);
		recent.push(now);
		if (!this.#failures.has(key) && this.#failures.size >= this.maxKeys) this.#evictOldest();
		this.#failures.set(key, recent);
	}

	reset(key: string): void {
		this.#failures.delete(key);
	}

	#recent(key: string, now: number): number[] {
		const stamps = this.#failures.get(key);
		if (!stamps) return [];
		const recent = stamps.filter((t) => now - t < this.windowMs);
		if (recent.length === 0) this.#failures.delete(key);
		return recent;
	}

	#evictOldest(): void {
		const oldest = this.#failures.keys().next();
		if (!oldest.done) this.#failures.delete(oldest.value);
	}
}

const MINUTE = 60_000;

/** Login throttles: per account (guessing one password) and per address (trying many accounts). */
export const loginThrottles = {
	account: new FailureThrottle(5, 15 * MINUTE),
	address: new FailureThrottle(30, 15 * MINUTE)
};
