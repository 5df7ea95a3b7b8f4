import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/testing';
import type { Db } from '../db/client';
import { organisation, region, session, user } from '../db/schema';
import {
	SESSION_ABSOLUTE,
	SESSION_RENEW_BELOW,
	SESSION_SLIDING,
	createSession,
	hashToken,
	invalidateSession,
	invalidateUserSessions,
	validateSessionToken
} from './session';

const DAY = 24 * 60 * 60 * 1000;

function seedUser(db: Db, email = 'aino@example.fi'): number {
	const r = db
		.insert(region)
		.values({ name: 'Testialue', slug: `testi-${email}` })
		.returning()
		.get();
	const o = db
		.insert(organisation)
		.values({ regionId: r.id, name: 'Testikunta', kind: 'municipality' })
		.returning()
		.get();
	return db
		.insert(user)
		.values({ email, name: 'Aino Testaaja', organisationId: o.id })
		.returning()
		.get().id;
}

describe('sessions', () => {
	let db: Db;
	let userId: number;
	const t0 = new Date('2026-01-01T08:00:00Z');

	beforeEach(() => {
		db = createTestDb();
		userId = seedUser(db);
	});

	it('stores only the hash of the token', () => {
		const { token } = createSession(db, userId, t0);
		const rows = db.select().from(session).all();
		expect(rows).toHaveLength(1);
		expect(rows[0].id).toBe(hashToken(token));
		expect(rows[0].id).not.toContain(token);
	});

	it('validates a fresh token and refuses an unknown one', () => {
		const { token } = createSession(db, userId, t0);
		expect(validateSessionToken(db, token, t0).user?.id).toBe(userId);
		expect(validateSessionToken(db, token + 'x', t0).session).toBeNull();
	});

	it('expires after the idle limit and deletes the row', () => {
		const { token } = createSession(db, userId, t0);
		const later = new Date(t0.getTime() + SESSION_SLIDING + 1);
		expect(validateSessionToken(db, token, later).session).toBeNull();
		expect(db.select().from(session).all()).toHaveLength(0);
	});

	it('slides the expiry forward only when less than the renewal margin remains', () => {
		const { token } = createSession(db, userId, t0);
		const early = new Date(t0.getTime() + DAY);
		expect(validateSessionToken(db, token, early).session?.expiresAt.getTime()).toBe(
			t0.getTime() + SESSION_SLIDING
		);
		const late = new Date(t0.getTime() + SESSION_SLIDING - SESSION_RENEW_BELOW + DAY);
		expect(validateSessionToken(db, token, late).session?.expiresAt.getTime()).toBe(
			late.getTime() + SESSION_SLIDING
		);
	});

	it('never lives past the absolute cap, however active', () => {
		const { token } = createSession(db, userId, t0);
		let now = t0.getTime();
		while (now < t0.getTime() + SESSION_ABSOLUTE - 10 * DAY) {
			now += 10 * DAY;
			expect(validateSessionToken(db, token, new Date(now)).session).not.toBeNull();
		}
		const renewed = validateSessionToken(db, token, new Date(now)).session!;
		expect(renewed.expiresAt.getTime()).toBeLessThanOrEqual(t0.getTime() + SESSION_ABSOLUTE);
		expect(
			validateSessionToken(db, token, new Date(t0.getTime() + SESSION_ABSOLUTE)).session
		).toBeNull();
	});

	it('ends on logout (invalidation)', () => {
		const { token, session: s } = createSession(db, userId, t0);
		invalidateSession(db, s.id);
		expect(validateSessionToken(db, token, t0).session).toBeNull();
	});

	it('ends every session of a user, optionally keeping the current one', () => {
		const a = createSession(db, userId, t0);
		const b = createSession(db, userId, t0);
		invalidateUserSessions(db, userId, a.session.id);
		expect(validateSessionToken(db, a.token, t0).session).not.toBeNull();
		expect(validateSessionToken(db, b.token, t0).session).toBeNull();
		invalidateUserSessions(db, userId);
		expect(validateSessionToken(db, a.token, t0).session).toBeNull();
	});

	it('refuses the session of a deactivated user', () => {
		const { token } = createSession(db, userId, t0);
		db.update(user).set({ active: false }).where(eq(user.id, userId)).run();
		expect(validateSessionToken(db, token, t0).session).toBeNull();
	});
});
