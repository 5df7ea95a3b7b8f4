import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { user, type User } from '../db/schema';
import { createSession } from './session';
import { dummyPasswordHash, verifyPassword } from './password';
import { loginThrottles } from './rate-limit';

export type LoginResult =
	| { ok: true; token: string; expiresAt: Date; user: User }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfter: number };

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

/**
 * Checks the credentials and opens a new session. Every failure looks the same
 * to the caller ("wrong email or password") and takes as long, whether the
 * account exists, is inactive or the password is wrong.
 */
export async function logIn(
	db: Db,
	input: { email: string; password: string; address: string },
	throttles = loginThrottles
): Promise<LoginResult> {
	const email = normaliseEmail(input.email);
	const accountKey = `account:${email}`;
	const addressKey = `address:${input.address}`;
	const retryAfter = Math.max(throttles.account.retryAfter(accountKey), throttles.address.retryAfter(addressKey));
	if (retryAfter > 0) return { ok: false, reason: 'throttled', retryAfter };

	const found = db.select().from(user).where(eq(user.email, email)).get();
	const hash = found?.passwordHash ?? (await dummyPasswordHash());
	const passwordMatches = await verifyPassword(hash, input.password);
	if (!found || !found.active || !found.passwordHash || !passwordMatches) {
		throttles.account.record(accountKey);
		throttles.address.record(addressKey);
		return { ok: false, reason: 'invalid' };
	}
	throttles.account.reset(accountKey);
	const { token, session } = createSession(db, found.id);
	return { ok: true, token, expiresAt: session.expiresAt, user: found };
}
