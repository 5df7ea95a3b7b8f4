import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/testing';
import type { Db } from '../db/client';
import { organisation, region, user } from '../db/schema';
import { logIn } from './login';
import { hashPassword, passwordProblem } from './password';
import { AttemptThrottle } from './rate-limit';

const PASSWORD = 'pitkä ja hyvä salasana';

describe('logIn', () => {
	let db: Db;
	let throttles: { account: AttemptThrottle; address: AttemptThrottle };

	beforeEach(async () => {
		db = createTestDb();
		const r = db.insert(region).values({ name: 'Alue', slug: 'alue' }).returning().get();
		const o = db.insert(organisation).values({ regionId: r.id, name: 'Kunta', kind: 'municipality' }).returning().get();
		db.insert(user)
			.values({ email: 'aino@example.fi', name: 'Aino', organisationId: o.id, passwordHash: await hashPassword(PASSWORD) })
			.run();
		throttles = { account: new AttemptThrottle(3, 60_000), address: new AttemptThrottle(5, 60_000) };
	});

	it('opens a session with the right password, whatever the case of the email', async () => {
		const result = await logIn(db, { email: ' Aino@Example.FI ', password: PASSWORD, address: '1.1.1.1' }, throttles);
		expect(result.ok).toBe(true);
	});

	it('gives the same answer for a wrong password and an unknown email', async () => {
		const wrongPassword = await logIn(db, { email: 'aino@example.fi', password: 'väärä salasana', address: '1.1.1.1' }, throttles);
		const unknown = await logIn(db, { email: 'ei@example.fi', password: PASSWORD, address: '1.1.1.1' }, throttles);
		expect(wrongPassword).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual({ ok: false, reason: 'invalid' });
	});

	it('refuses a deactivated user', async () => {
		db.update(user).set({ active: false }).where(eq(user.email, 'aino@example.fi')).run();
		expect(await logIn(db, { email: 'aino@example.fi', password: PASSWORD, address: '1.1.1.1' }, throttles)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('throttles an account after repeated failures, even with the right password', async () => {
		for (let i = 0; i < 3; i++) await logIn(db, { email: 'aino@example.fi', password: 'väärä', address: `10.0.0.${i}` }, throttles);
		const result = await logIn(db, { email: 'aino@example.fi', password: PASSWORD, address: '10.0.0.9' }, throttles);
		expect(result.ok).toBe(false);
		expect(result.ok === false && result.reason === 'throttled' && result.retryAfter).toBeGreaterThan(0);
	});

	it('throttles an address that tries many accounts', async () => {
		for (let i = 0; i < 5; i++) await logIn(db, { email: `x${i}@example.fi`, password: 'väärä', address: '6.6.6.6' }, throttles);
		const result = await logIn(db, { email: 'aino@example.fi', password: PASSWORD, address: '6.6.6.6' }, throttles);
		expect(result).toMatchObject({ ok: false, reason: 'throttled' });
	});
});

describe('password rules', () => {
	it('needs 12 to 256 characters and refuses common passwords', () => {
		expect(passwordProblem('lyhyt')).toBe('password.tooShort');
		expect(passwordProblem('a'.repeat(257))).toBe('password.tooLong');
		expect(passwordProblem('qwerty123456')).toBe('password.tooCommon');
		expect(passwordProblem('kolme iloista kuusta')).toBeNull();
	});
});
