import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../domain/password-rules';

/** argon2id with the OWASP minimum: 19 MiB memory, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

const COMMON_PASSWORDS = new Set(dictionary['passwords-common'] as string[]);

/** Returns an i18n key for what is wrong with the password, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
	if (password.length < PASSWORD_MIN) return 'password.tooShort';
	if (password.length > PASSWORD_MAX) return 'password.tooLong';
	if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'password.tooCommon';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		// A malformed stored hash must read as "wrong password", not as a server error.
		return false;
	}
}

/**
 * A hash to verify against when the email is unknown, so that a wrong email
 * takes as long as a wrong password and does not reveal which accounts exist.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
	dummyHash ??= hashPassword('not-a-real-password-' + crypto.randomUUID());
	return dummyHash;
}
