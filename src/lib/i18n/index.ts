/**
 * Translation and formatting per locale on the server, with every language's
 * ICU messages (intl-messageformat). Nothing here holds a "current" locale: each
 * request asks for the translator of its own locale, so concurrent users
 * never share one. Pages get theirs from context.ts, which never imports the
 * catalogue of all languages.
 */
import { LANGUAGES, type Language } from '../domain/roles';
import { messages, type MessageKey } from './messages';
import { createTranslator, type Translator } from './translator';

export { TIME_ZONE, type MessageKey, type MessageValues, type Translator } from './translator';

const translators = new Map<Language, Translator>();

/** Whether a text is a key of the catalogue (schema messages and error keys must be). */
export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(messages.fi, key);
}

export function translator(locale: Language): Translator {
	let found = translators.get(locale);
	if (!found) {
		found = createTranslator(locale, messages[locale]);
		translators.set(locale, found);
	}
	return found;
}

export const DEFAULT_LANGUAGE: Language = 'fi';

/** Picks the best supported language from an Accept-Language header; Finnish by default. */
export function languageFromHeader(header: string | null): Language {
	if (!header) return DEFAULT_LANGUAGE;
	const wanted = header
		.split(',')
		.map((part) => {
			const [tag, q] = part.trim().split(';q=');
			return { lang: tag.slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
		})
		.sort((a, b) => b.q - a.q);
	for (const { lang } of wanted) {
		const match = LANGUAGES.find((l) => l === lang);
		if (match) return match;
	}
	return DEFAULT_LANGUAGE;
}
