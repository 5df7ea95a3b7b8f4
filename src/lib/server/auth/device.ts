/**
 * Known browsers (OWASP's device cookies): a browser that has signed in to an
 * account gets a random token in a cookie, and the database keeps its
 * SHA-256. Failed logins from elsewhere then never lock that browser out, so
 * nobody can keep a chair out of the app by guessing their password.
 */
import { and, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { knownDevice, user } from '../db/schema';
import { generateToken, hashToken } from './session';

export const DEVICE_COOKIE = 'device';

/** A browser unused for this long is a new browser again. */
export const DEVICE_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;

/** The known browser the token names, if it has signed in to the account of this email within the lifetime. */
export function findKnownDevice(
	db: Queryable,
	token: string | null,
	email: string,
	now = new Date()
): { id: string } | null {
	if (!token) return null;
	return (
		db
			.select({ id: knownDevice.id })
			.from(knownDevice)
			.innerJoin(user, eq(knownDevice.userId, user.id))
			.where(
				and(
					eq(knownDevice.id, hashToken(token)),
					eq(user.email, email),
					gt(knownDevice.lastUsedAt, new Date(now.getTime() - DEVICE_LIFETIME_MS))
				)
			)
			.get() ?? null
	);
}

/** After a successful login: the browser's token, kept if it was already known to this user, otherwise a new one. */
export function rememberDevice(
	db: Queryable,
	userId: number,
	known: { id: string } | null,
	token: string | null,
	now = new Date()
): string {
	if (known && token) {
		db.update(knownDevice).set({ lastUsedAt: now }).where(eq(knownDevice.id, known.id)).run();
		return token;
	}
	const fresh = generateToken();
	db.insert(knownDevice)
		.values({ id: hashToken(fresh), userId, createdAt: now, lastUsedAt: now })
		.run();
	return fresh;
}
