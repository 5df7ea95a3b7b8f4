import type { Language } from '#lib/domain/roles.js';
import { translator } from '#lib/i18n/index.js';
import { DomainError } from '#lib/server/errors.js';
import { runOrError } from './errors';

/** A JSON API's 400: the overall message and one message per field, in the reader's language. */
export function invalidInput(
	locale: Language,
	issues: Record<string, string>,
	messageKey = 'common.formHasErrors'
): Response {
	const t = translator(locale);
	return Response.json(
		{
			message: t.tKey(messageKey),
			issues: Object.fromEntries(Object.entries(issues).map(([field, key]) => [field, t.tKey(key)]))
		},
		{ status: 400 }
	);
}

/**
 * Runs a use case for a JSON API route: a refused input comes back as a 400
 * with its field messages, other refusals as their HTTP codes (`runOrError`).
 */
export async function runApi(
	locale: Language,
	useCase: () => Response | Promise<Response>
): Promise<Response> {
	return runOrError(async () => {
		try {
			return await useCase();
		} catch (err) {
			if (err instanceof DomainError && err.code === 'invalid')
				return invalidInput(locale, err.issues, err.messageKey);
			throw err;
		}
	});
}
