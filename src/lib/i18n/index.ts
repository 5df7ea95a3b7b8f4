/**
 * Translation and formatting per locale, with ICU messages (@formatjs/intl).
 * Nothing here holds a "current" locale: each request and each page asks for
 * the translator of its own locale, so concurrent users never share one.
 */
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { LANGUAGES, type Language } from '../domain/roles';
import { messages, type MessageKey } from './messages';

export type { MessageKey };
export type MessageValues = Record<string, string | number | Date>;

export const TIME_ZONE = 'Europe/Helsinki';

/** Locale tags for formatting. Finnish and Swedish are as used in Finland. */
const LOCALE_TAG: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export interface Translator {
	locale: Language;
	t(key: MessageKey, values?: MessageValues): string;
	/** Translates a key that came from data (a server message, an enum value). */
	tKey(key: string, values?: MessageValues): string;
	/** 20.5.2022: dates keep the Finnish numeric form in every language (domain.md). */
	date(value: Date | number): string;
	/** 13.00 */
	time(value: Date | number): string;
	/** maanantai 20.5.2022 */
	weekdayDate(value: Date | number): string;
	number(value: number): string;
	/** "syyskuu 2026" / "syys": a month (1–12) of a year, in the page's language. */
	month(year: number, month: number, style?: 'long' | 'short'): string;
}

const cache = createIntlCache();
const translators = new Map<Language, Translator>();

/** Whether a text is a key of the catalogue (schema messages and error keys must be). */
export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(messages.fi, key);
}

function createTranslator(locale: Language): Translator {
	const intl: IntlShape<string> = createIntl(
		{ locale: LOCALE_TAG[locale], messages: messages[locale], timeZone: TIME_ZONE },
		cache
	);
	const numericDate = new Intl.DateTimeFormat('fi-FI', { timeZone: TIME_ZONE, day: 'numeric', month: 'numeric', year: 'numeric' });
	const clock = new Intl.DateTimeFormat('fi-FI', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
	const weekday = new Intl.DateTimeFormat(LOCALE_TAG[locale], { timeZone: TIME_ZONE, weekday: 'long' });
	const t = (key: MessageKey, values?: MessageValues) => intl.formatMessage({ id: key }, values);
	return {
		locale,
		t,
		tKey: (key, values) => (isMessageKey(key) ? t(key, values) : key),
		date: (value) => numericDate.format(value),
		time: (value) => clock.format(value),
		weekdayDate: (value) => `${weekday.format(value)} ${numericDate.format(value)}`,
		number: (value) => intl.formatNumber(value),
		month: (year, month, style = 'long') =>
			new Intl.DateTimeFormat(LOCALE_TAG[locale], { timeZone: 'UTC', month: style, ...(style === 'long' ? { year: 'numeric' } : {}) }).format(Date.UTC(year, month - 1, 15))
	};
}

export function translator(locale: Language): Translator {
	let found = translators.get(locale);
	if (!found) {
		found = createTranslator(locale);
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
