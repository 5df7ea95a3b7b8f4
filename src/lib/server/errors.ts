/**
 * What a use case throws when it refuses. The edges map the code to HTTP in
 * one place (`src/lib/kit/errors.ts`); `messageKey` is an i18n key the page shows.
 */
export type DomainErrorCode = 'forbidden' | 'not_found' | 'conflict' | 'invalid';

export class DomainError extends Error {
	constructor(
		readonly code: DomainErrorCode,
		readonly messageKey: string,
		/** Field name → i18n key, for messages shown next to form fields. */
		readonly issues: Record<string, string> = {}
	) {
		super(`${code}: ${messageKey}`);
		this.name = 'DomainError';
	}
}

export const forbidden = (messageKey = 'error.forbidden') =>
	new DomainError('forbidden', messageKey);
export const notFound = (messageKey = 'error.notFound') => new DomainError('not_found', messageKey);
export const conflict = (messageKey: string, issues?: Record<string, string>) =>
	new DomainError('conflict', messageKey, issues);
export const invalid = (messageKey: string, issues?: Record<string, string>) =>
	new DomainError('invalid', messageKey, issues);
