import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/testing';
import type { Db } from '../db/client';
import { attempt as attemptTable, organisation, region, user } from '../db/schema';
import { logIn } from './login';
import { hashPassword, passwordProblem } from './password';
import { LIMITS } from './rate-limit';

const PASSWORD = 'pitkä ja hyvä salasana';

describe('logIn', () => {
	let db: Db;
	const start = new Date('2026-12-07T08:00:00Z');
	const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
	const attempt = (
		password: string,
		address: string,
		deviceToken: string | null = null,
		at = start
	) => logIn(db, { email: 'aino@example.fi', password, address, deviceToken }, at);

	beforeEach(async () => {
		db = createTestDb();
		const r = db.insert(region).values({ name: 'Alue', slug: 'alue' }).returning().get();
		const o = db
			.insert(organisation)
			.values({ regionId: r.id, name: 'Kunta', kind: 'municipality' })
			.returning()
			.get();
		db.insert(user)
			.values({
				email: 'aino@example.fi',
				name: 'Aino',
				organisationId: o.id,
				passwordHash: await hashPassword(PASSWORD)
			})
			.run();
	});

	it('opens a session with the right password, whatever the case of the email, and knows the browser from then on', async () => {
		const result = await logIn(db, {
			email: ' Aino@Example.FI ',
			password: PASSWORD,
			address: '1.1.1.1',
			deviceToken: null
		});
		expect(result.ok).toBe(true);
		const again = await attempt(PASSWORD, '1.1.1.1', result.ok ? result.deviceToken : null);
		// The same browser keeps its token; a stranger's made-up token counts for nothing.
		expect(again).toMatchObject({ ok: true, deviceToken: result.ok ? result.deviceToken : '' });
		expect(await attempt(PASSWORD, '1.1.1.1', 'keksitty')).toMatchObject({ ok: true });
	});

	it('gives the same answer for a wrong password and an unknown email', async () => {
		const wrongPassword = await attempt('väärä salasana', '1.1.1.1');
		const unknown = await logIn(db, {
			email: 'ei@example.fi',
			password: PASSWORD,
			address: '1.1.1.1',
			deviceToken: null
		});
		expect(wrongPassword).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual({ ok: false, reason: 'invalid' });
	});

	it('refuses a deactivated user', async () => {
		db.update(user).set({ active: false }).where(eq(user.email, 'aino@example.fi')).run();
		expect(await attempt(PASSWORD, '1.1.1.1')).toEqual({ ok: false, reason: 'invalid' });
	});

	it('holds one source after five failures on an account, and tells it when to try again', async () => {
		for (let i = 0; i < 5; i++) await attempt('väärä', '10.0.0.1');
		expect(await attempt(PASSWORD, '10.0.0.1', null, minutes(1))).toEqual({
			ok: false,
			reason: 'throttled',
			retryAfter: 14 * 60
		});
		// Another source is not held by this one's mistakes.
		expect(await attempt(PASSWORD, '10.0.0.2', null, minutes(1))).toMatchObject({ ok: true });
	});

	it('lets 1,000 guesses from rotating sources evaluate only a few dozen passwords an hour', async () => {
		let evaluated = 0;
		for (let i = 0; i < 1000; i++) {
			const result = await attempt(
				`arvaus ${i}`,
				`10.${i >> 8}.${i & 255}.1`,
				null,
				new Date(start.getTime() + i * 3_000)
			);
			if (result.ok === false && result.reason === 'invalid') evaluated++;
		}
		// 1,000 guesses over 50 minutes: the account's ceiling for new browsers is 20 an hour.
		expect(evaluated).toBe(LIMITS.accountFromNewBrowsers.max);
	});

	it('lets the real person in from their known browser during that attack; a new browser is told when to try', async () => {
		const first = await attempt(PASSWORD, '1.1.1.1');
		const knownBrowser = first.ok ? first.deviceToken : null;
		for (let i = 0; i < 100; i++) await attempt('arvaus', `10.0.${i}.1`, null, minutes(1));
		expect(await attempt(PASSWORD, '1.1.1.1', knownBrowser, minutes(2))).toMatchObject({
			ok: true
		});
		const newBrowser = await attempt(PASSWORD, '1.1.1.1', null, minutes(2));
		expect(newBrowser).toMatchObject({ ok: false, reason: 'throttled' });
		expect(
			newBrowser.ok === false && newBrowser.reason === 'throttled' && newBrowser.retryAfter
		).toBeGreaterThan(55 * 60);
	});

	it('takes away the standing of a known browser that keeps failing', async () => {
		const first = await attempt(PASSWORD, '1.1.1.1');
		const token = first.ok ? first.deviceToken : null;
		for (let i = 0; i < LIMITS.knownDevice.max; i++)
			await attempt('väärä', '1.1.1.1', token, minutes(1));
		expect(await attempt(PASSWORD, '1.1.1.1', token, minutes(2))).toMatchObject({
			ok: false,
			reason: 'throttled'
		});
	});

	it('throttles an address that tries many accounts', async () => {
		for (let i = 0; i < LIMITS.address.max; i++)
			await logIn(
				db,
				{ email: `x${i}@example.fi`, password: 'väärä', address: '6.6.6.6', deviceToken: null },
				start
			);
		expect(await attempt(PASSWORD, '6.6.6.6')).toMatchObject({ ok: false, reason: 'throttled' });
	});

	it('keeps its counts in the database, so a restart does not forget them', async () => {
		for (let i = 0; i < 5; i++) await attempt('väärä', '10.0.0.1');
		expect(db.select().from(attemptTable).all().length).toBeGreaterThanOrEqual(5);
		expect(await attempt(PASSWORD, '10.0.0.1')).toMatchObject({ ok: false, reason: 'throttled' });
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
