/**
 * Sessions the Lucia way (lucia-auth.com): a random token lives only in the
 * user's cookie; the database keeps its SHA-256 as the session id, so a leaked
 * database cannot be replayed as cookies.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, ne } from 'drizzle-orm';
import type { Db, Queryable } from '../db/client';
import { session, user, type Session, type User } from '../db/schema';
import { emitAfterCommit } from '../events';

const DAY = 24 * 60 * 60 * 1000;
/** Idle limit: a session not used for this long ends. */
export const SESSION_SLIDING = 30 * DAY;
/** Renew the sliding expiry only when fewer days than this remain (saves a write per request). */
export const SESSION_RENEW_BELOW = 15 * DAY;
/** However active, a session ends this long after login. */
export const SESSION_ABSOLUTE = 90 * DAY;

export const SESSION_COOKIE = 'session';

export function generateToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function createSession(
	db: Queryable,
	userId: number,
	now = new Date()
): { token: string; session: Session } {
	const token = generateToken();
	const row: Session = {
		id: hashToken(token),
		userId,
		createdAt: now,
		expiresAt: new Date(now.getTime() + SESSION_SLIDING)
	};
	db.insert(session).values(row).run();
	return { token, session: row };
}

export type SessionValidation = { session: Session; user: User } | { session: null; user: null };

/**
 * Looks the token up, ends expired sessions and those of deactivated users,
 * and slides the expiry forward (never past the absolute cap).
 */
export function validateSessionToken(db: Db, token: string, now = new Date()): SessionValidation {
	const id = hashToken(token);
	const row = db
		.select({ session, user })
		.from(session)
		.innerJoin(user, eq(session.userId, user.id))
		.where(eq(session.id, id))
		.get();
	if (!row) return { session: null, user: null };

	const cap = row.session.createdAt.getTime() + SESSION_ABSOLUTE;
	if (
		now.getTime() >= row.session.expiresAt.getTime() ||
		now.getTime() >= cap ||
		!row.user.active
	) {
		db.delete(session).where(eq(session.id, id)).run();
		return { session: null, user: null };
	}

	if (row.session.expiresAt.getTime() - now.getTime() < SESSION_RENEW_BELOW) {
		const expiresAt = new Date(Math.min(now.getTime() + SESSION_SLIDING, cap));
		db.update(session).set({ expiresAt }).where(eq(session.id, id)).run();
		row.session.expiresAt = expiresAt;
	}
	return row;
}

export function invalidateSession(db: Queryable, sessionId: string): void {
	db.delete(session).where(eq(session.id, sessionId)).run();
	emitAfterCommit('sessionEnded', sessionId);
}

/** Ends every session of a user, optionally keeping the one making the request. */
export function invalidateUserSessions(
	db: Queryable,
	userId: number,
	keepSessionId?: string
): void {
	const ofUser = eq(session.userId, userId);
	db.delete(session)
		.where(keepSessionId ? and(ofUser, ne(session.id, keepSessionId)) : ofUser)
		.run();
	emitAfterCommit('userAccessChanged', userId);
}
