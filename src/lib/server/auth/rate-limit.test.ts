import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { attempt } from '../db/schema';
import { createTestDb } from '../db/testing';
import { clearAttempts, recordAttempt, retryAfter } from './rate-limit';

describe('throttles', () => {
	let db: Db;
	const at = (ms: number) => new Date(1_000_000 + ms);
	const a = { key: 'a', limit: { max: 3, windowMs: 60_000 } };
	const b = { key: 'b', limit: { max: 1, windowMs: 60_000 } };

	beforeEach(() => {
		db = createTestDb();
	});

	it('let a key try until it has failed max times within the window', () => {
		for (let i = 0; i < 2; i++) recordAttempt(db, [a], at(i));
		expect(retryAfter(db, [a], at(10))).toBe(0);
		recordAttempt(db, [a], at(2));
		expect(retryAfter(db, [a], at(10))).toBe(60);
	});

	it('open again once the oldest counted failure leaves the window', () => {
		const two = { key: 'a', limit: { max: 2, windowMs: 60_000 } };
		recordAttempt(db, [two], at(0));
		recordAttempt(db, [two], at(30_000));
		expect(retryAfter(db, [two], at(40_000))).toBe(20);
		expect(retryAfter(db, [two], at(60_000))).toBe(0);
	});

	it('keep keys apart, answer with the longest wait, and forget a key when cleared', () => {
		recordAttempt(db, [b], at(0));
		expect(retryAfter(db, [a], at(1))).toBe(0);
		expect(retryAfter(db, [a, b], at(1))).toBe(60);
		clearAttempts(db, [b]);
		expect(retryAfter(db, [b], at(1))).toBe(0);
	});

	it('forget attempts that no window needs any more', () => {
		recordAttempt(db, [a], at(0));
		recordAttempt(db, [b], at(24 * 60 * 60_000));
		expect(
			db
				.select()
				.from(attempt)
				.all()
				.map((row) => row.key)
		).toEqual(['b']);
	});
});
