import { describe, expect, it } from 'vitest';
import { AttemptThrottle } from './rate-limit';

describe('AttemptThrottle', () => {
	it('lets a key try until it has failed max times within the window', () => {
		const throttle = new AttemptThrottle(3, 60_000);
		const t0 = 1_000_000;
		for (let i = 0; i < 2; i++) throttle.record('a', t0 + i);
		expect(throttle.retryAfter('a', t0 + 10)).toBe(0);
		throttle.record('a', t0 + 2);
		expect(throttle.retryAfter('a', t0 + 10)).toBe(60);
	});

	it('opens again once the oldest failure leaves the window', () => {
		const throttle = new AttemptThrottle(2, 60_000);
		throttle.record('a', 0);
		throttle.record('a', 30_000);
		expect(throttle.retryAfter('a', 40_000)).toBe(20);
		expect(throttle.retryAfter('a', 60_000)).toBe(0);
	});

	it('keeps keys apart and forgets a key on reset', () => {
		const throttle = new AttemptThrottle(1, 60_000);
		throttle.record('a', 0);
		expect(throttle.retryAfter('b', 1)).toBe(0);
		expect(throttle.retryAfter('a', 1)).toBeGreaterThan(0);
		throttle.reset('a');
		expect(throttle.retryAfter('a', 1)).toBe(0);
	});

	it('bounds the number of tracked keys', () => {
		const throttle = new AttemptThrottle(1, 60_000, 2);
		throttle.record('a', 0);
		throttle.record('b', 0);
		throttle.record('c', 0);
		expect(throttle.retryAfter('a', 1)).toBe(0);
		expect(throttle.retryAfter('c', 1)).toBeGreaterThan(0);
	});
});
