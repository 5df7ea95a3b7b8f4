/** What users do with their own account: profile, language, password. */
import { count, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import type { Language } from '../../domain/roles';
import { sameName } from '../../domain/search';
import { assertCan } from '../access';
import { consumePasswordTokens, userForPasswordToken } from '../auth/password-token';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password';
import { createSession, invalidateUserSessions } from '../auth/session';
import type { Db } from '../db/client';
import { user, type User } from '../db/schema';
import { conflict, invalid } from '../errors';
import { KNOWN_REGIONS } from '../regions/facts';
import { insertRegionWithCounty, slugify } from '../regions/service';

/** One's own account, once the policy agrees; the account's forms ask it before they are read. */
export function authorizeOwnAccount(actor: Actor): void {
	assertCan(actor, 'account.edit', { id: actor.userId });
}

export function setPreferredLanguage(db: Db, actor: Actor, language: Language): void {
	authorizeOwnAccount(actor);
	db.update(user)
		.set({ preferredLanguage: language, languageChosen: true })
		.where(eq(user.id, actor.userId))
		.run();
}

export function updateProfile(
	db: Db,
	actor: Actor,
	input: { name: string; title: string; preferredLanguage: Language }
): void {
	authorizeOwnAccount(actor);
	// Saving one's name leaves the language unchosen; changing it is a choice (recipientLanguage).
	const changed = sql`${user.preferredLanguage} <> ${input.preferredLanguage}`;
	db.update(user)
		.set({ ...input, languageChosen: sql`${user.languageChosen} or ${changed}` })
		.where(eq(user.id, actor.userId))
		.run();
}

function assertAcceptablePassword(password: string, field: string): void {
	const problem = passwordProblem(password);
	if (problem) throw invalid(problem, { [field]: problem });
}

/** Changes the password and ends the user's other sessions (a stolen session stops working). */
export async function changePassword(
	db: Db,
	actor: Actor,
	currentSessionId: string,
	input: { currentPassword: string; newPassword: string }
): Promise<void> {
	authorizeOwnAccount(actor);
	const current = db.select().from(user).where(eq(user.id, actor.userId)).get();
	if (
		!current?.passwordHash ||
		!(await verifyPassword(current.passwordHash, input.currentPassword))
	) {
		throw invalid('password.currentWrong', { currentPassword: 'password.currentWrong' });
	}
	assertAcceptablePassword(input.newPassword, 'newPassword');
	const passwordHash = await hashPassword(input.newPassword);
	db.update(user).set({ passwordHash }).where(eq(user.id, actor.userId)).run();
	invalidateUserSessions(db, actor.userId, currentSessionId);
}

/** Sets the password through a one-time link and logs the user in with a fresh session. */
export async function setPasswordWithToken(
	db: Db,
	token: string,
	password: string
): Promise<{ user: User; sessionToken: string; expiresAt: Date }> {
	const owner = userForPasswordToken(db, token);
	if (!owner) throw invalid('setPassword.invalidLink');
	assertAcceptablePassword(password, 'password');
	const passwordHash = await hashPassword(password);
	return db.transaction((tx) => {
		tx.update(user).set({ passwordHash }).where(eq(user.id, owner.id)).run();
		consumePasswordTokens(tx, owner.id);
		invalidateUserSessions(tx, owner.id);
		const { token: sessionToken, session } = createSession(tx, owner.id);
		return { user: owner, sessionToken, expiresAt: session.expiresAt };
	});
}

export function hasUsers(db: Db): boolean {
	return (db.select({ n: count() }).from(user).get()?.n ?? 0) > 0;
}

/**
 * The first-run set-up of `npm start`: creates the region, its county
 * organisation and the first administrator, and only while no user exists.
 */
export async function setUpFirstAdmin(
	db: Db,
	input: { regionName: string; name: string; email: string; title: string; password: string }
): Promise<User> {
	if (hasUsers(db)) throw conflict('setup.alreadyDone');
	assertAcceptablePassword(input.password, 'password');
	const passwordHash = await hashPassword(input.password);
	return db.transaction((tx) => {
		// Checked again inside the transaction: two set-up requests at once create one admin.
		if ((tx.select({ n: count() }).from(user).get()?.n ?? 0) > 0)
			throw conflict('setup.alreadyDone');
		// A region the facts know starts with its slug, population and comparability.
		const known = KNOWN_REGIONS.find((r) => sameName(r.name, input.regionName));
		const { county } = insertRegionWithCounty(
			tx,
			known ?? {
				name: input.regionName,
				slug: slugify(input.regionName) || 'alue',
				population: null,
				comparable: true
			}
		);
		return tx
			.insert(user)
			.values({
				email: input.email,
				name: input.name,
				title: input.title,
				organisationId: county.id,
				siteRole: 'admin',
				passwordHash
			})
			.returning()
			.get();
	});
}
