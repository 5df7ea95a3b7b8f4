/**
 * One-time links to set a password (an invitation, or a new password issued
 * by a coordinator). Like sessions, only the SHA-256 of the token is stored.
 */
import { and, eq, gt } from 'drizzle-orm';
import type { Db, Queryable } from '../db/client';
import { passwordToken, user, type User } from '../db/schema';
import { generateToken, hashToken } from './session';

const LINK_VALID_MS = 7 * 24 * 60 * 60 * 1000;

/** Issues a new link for the user; any earlier link stops working. */
export function issuePasswordToken(db: Db, userId: number, now = new Date()): string {
	const token = generateToken();
	db.transaction((tx) => {
		tx.delete(passwordToken).where(eq(passwordToken.userId, userId)).run();
		tx.insert(passwordToken)
			.values({ id: hashToken(token), userId, expiresAt: new Date(now.getTime() + LINK_VALID_MS) })
			.run();
	});
	return token;
}

/** The active user a still-valid link belongs to, or null. */
export function userForPasswordToken(db: Db, token: string, now = new Date()): User | null {
	const row = db
		.select({ user })
		.from(passwordToken)
		.innerJoin(user, eq(passwordToken.userId, user.id))
		.where(and(eq(passwordToken.id, hashToken(token)), gt(passwordToken.expiresAt, now)))
		.get();
	return row && row.user.active ? row.user : null;
}

export function consumePasswordTokens(db: Queryable, userId: number): void {
	db.delete(passwordToken).where(eq(passwordToken.userId, userId)).run();
}
