import { error, fail, type ActionFailure } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import type { Language } from '#lib/domain/roles.js';
import { DEFAULT_LANGUAGE, isMessageKey, translator, type MessageKey } from '#lib/i18n/index.js';
import { DomainError, type DomainErrorCode } from '#lib/server/errors.js';

const STATUS: Record<DomainErrorCode, number> = {
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	invalid: 400
};

/** What an error says when its own key is not in the catalogue. */
const GENERIC_KEY: Record<number, MessageKey> = {
	400: 'error.badRequest',
	401: 'error.unauthenticated',
	403: 'error.forbidden',
	404: 'error.notFound'
};

/**
 * An HTTP error whose message is ours, in the reader's language (an API's JSON
 * carries it as it is); `key` lets the error page say the same.
 */
export function httpError(status: number, key: string): never {
	const shown = isMessageKey(key) ? key : (GENERIC_KEY[status] ?? 'error.internal');
	error(status, translator(readerLanguage()).t(shown), { key: shown });
}

/** The language of the request being answered; Finnish for a handler called outside one (a unit test). */
function readerLanguage(): Language {
	try {
		return getRequestEvent().locals.locale ?? DEFAULT_LANGUAGE;
	} catch {
		return DEFAULT_LANGUAGE;
	}
}

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
		httpError(STATUS[err.code], err.messageKey);
	}
}

/** Runs a use case from a load or an API route: domain errors become HTTP errors. */
export async function runOrError<T>(useCase: () => T | Promise<T>): Promise<T> {
	try {
		return await useCase();
	} catch (err) {
		if (err instanceof DomainError) httpError(STATUS[err.code], err.messageKey);
		throw err;
	}
}
