import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { user, type User } from '../db/schema';
import { findKnownDevice, rememberDevice } from './device';
import { createSession } from './session';
import { dummyPasswordHash, verifyPassword } from './password';
import { clearAttempts, LIMITS, recordAttempt, retryAfter, type Throttle } from './rate-limit';

export type LoginResult =
	| { ok: true; token: string; expiresAt: Date; user: User; deviceToken: string }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfter: number };

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

/**
 * Which counts a login attempt answers to. A browser the account has signed
 * in from before answers only for itself; any other browser shares the
 * account's slower ceiling with every source, besides its own address's.
 */
function throttlesFor(email: string, address: string, device: { id: string } | null): Throttle[] {
	if (device) return [{ key: `device:${device.id}`, limit: LIMITS.knownDevice }];
	return [
		{ key: `account-address:${email}|${address}`, limit: LIMITS.accountFromAddress },
		{ key: `account:${email}`, limit: LIMITS.accountFromNewBrowsers },
		{ key: `address:${address}`, limit: LIMITS.address }
	];
}

/**
 * Checks the credentials and opens a new session. Every failure looks the same
 * to the caller ("wrong email or password") and takes as long, whether the
 * account exists, is inactive or the password is wrong. `deviceToken` is the
 * browser's known-device cookie, if it has one.
 */
export async function logIn(
	db: Db,
	input: { email: string; password: string; address: string; deviceToken: string | null },
	now = new Date()
): Promise<LoginResult> {
	const email = normaliseEmail(input.email);
	const device = findKnownDevice(db, input.deviceToken, email, now);
	const throttles = throttlesFor(email, input.address, device);
	const wait = retryAfter(db, throttles, now);
	if (wait > 0) return { ok: false, reason: 'throttled', retryAfter: wait };

	const found = db.select().from(user).where(eq(user.email, email)).get();
	const hash = found?.passwordHash ?? (await dummyPasswordHash());
	const passwordMatches = await verifyPassword(hash, input.password);
	if (!found || !found.active || !found.passwordHash || !passwordMatches) {
		recordAttempt(db, throttles, now);
		return { ok: false, reason: 'invalid' };
	}
	// The person is in: their own mistakes from here are forgotten; a distributed attack's count stays.
	clearAttempts(
		db,
		throttles.filter((t) => t.limit !== LIMITS.accountFromNewBrowsers)
	);
	const { token, session } = createSession(db, found.id, now);
	const deviceToken = rememberDevice(db, found.id, device, input.deviceToken, now);
	return { ok: true, token, expiresAt: session.expiresAt, user: found, deviceToken };
}
