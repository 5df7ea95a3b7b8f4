import { error, fail, type ActionFailure } from '@sveltejs/kit';
import { DomainError, type DomainErrorCode } from '$lib/server/errors';

const STATUS: Record<DomainErrorCode, number> = { forbidden: 403, not_found: 404, conflict: 409, invalid: 400 };

export interface FormFailure {
	message?: string;
	issues: Record<string, string>;
	values: Record<string, unknown>;
}

/**
 * Runs a use case from a form action: a refused input comes back to the form
 * with its message and the user's values; a refused access is a 403/404 page.
 */
export async function runAction<T>(
	values: Record<string, unknown>,
	useCase: () => T | Promise<T>
): Promise<T | ActionFailure<FormFailure>> {
	try {
		return await useCase();
	} catch (err) {
		if (!(err instanceof DomainError)) throw err;
		if (err.code === 'invalid' || err.code === 'conflict') {
			return fail(STATUS[err.code], { message: err.messageKey, issues: err.issues, values });
		}
		error(STATUS[err.code], { message: err.message, key: err.messageKey });
	}
}

/** Runs a use case from a load or an API route: domain errors become HTTP errors. */
export async function runOrError<T>(useCase: () => T | Promise<T>): Promise<T> {
	try {
		return await useCase();
	} catch (err) {
		if (err instanceof DomainError) error(STATUS[err.code], { message: err.message, key: err.messageKey });
		throw err;
	}
}
