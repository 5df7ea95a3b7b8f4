/**
 * A translator over one language's messages, with no catalogue of its own:
 * the server passes every language's message texts (index.ts), the browser
 * only the reader's language, compiled at build time (vite-plugin.ts), so
 * that neither the other languages nor the ICU parser reach the browser.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from '../domain/roles';
import type { MessageKey } from './messages';

export type { MessageKey };
export type MessageValues = Record<string, string | number | Date>;
/** One language's messages: ICU texts, or their syntax trees compiled at build time. */
export type LanguageMessages = Record<string, string> | Record<string, MessageFormatElement[]>;

export const TIME_ZONE = 'Europe/Helsinki';

/** Locale tags for formatting. Finnish and Swedish are as used in Finland. */
const LOCALE_TAG: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export interface Translator {
	locale: Language;
	t(key: MessageKey, values?: MessageValues): string;
	/** Translates a key that came from data (a server message, an enum value). */
	tKey(key: string, values?: MessageValues): string;
	/** 20.5.2022: dates keep the Finnish numeric form in every language (docs/domain.md, "Languages and dates"). */
	date(value: Date | number): string;
	/** 15.11.–15.12.2026, 15.12.2026–15.1.2027: the platform's range format, each year said once. */
	dateRange(from: Date | number, to: Date | number): string;
	/** 13.00 */
	time(value: Date | number): string;
	/** maanantai 20.5.2022 */
	weekdayDate(value: Date | number): string;
	number(value: number): string;
	/** "syyskuu 2026" / "syys": a month (1–12) of a year, in the page's language. */
	month(year: number, month: number, style?: 'long' | 'short'): string;
}

export function createTranslator(locale: Language, messages: LanguageMessages): Translator {
	const tag = LOCALE_TAG[locale];
	// One formatter per message, made on first use: most pages show a few dozen of the catalogue's.
	const formatters = new Map<string, IntlMessageFormat>();
	const number = new Intl.NumberFormat(tag);
	const numericDate = new Intl.DateTimeFormat('fi-FI', {
		timeZone: TIME_ZONE,
		day: 'numeric',
		month: 'numeric',
		year: 'numeric'
	});
	const clock = new Intl.DateTimeFormat('fi-FI', {
		timeZone: TIME_ZONE,
		hour: '2-digit',
		minute: '2-digit'
	});
	const weekday = new Intl.DateTimeFormat(LOCALE_TAG[locale], {
		timeZone: TIME_ZONE,
		weekday: 'long'
	});
	// Creating a formatter costs far more than formatting: a calendar page names its months dozens of times.
	const months = {
		long: new Intl.DateTimeFormat(LOCALE_TAG[locale], {
			timeZone: 'UTC',
			month: 'long',
			year: 'numeric'
		}),
		short: new Intl.DateTimeFormat(LOCALE_TAG[locale], { timeZone: 'UTC', month: 'short' })
	};
	const t = (key: MessageKey, values?: MessageValues): string => {
		let formatter = formatters.get(key);
		if (!formatter) {
			if (!Object.hasOwn(messages, key)) return key;
			// Our messages are text, never markup: a '<' is a character, not a tag.
			formatter = new IntlMessageFormat(messages[key], tag, undefined, { ignoreTag: true });
			formatters.set(key, formatter);
		}
		return String(formatter.format(values));
	};
	return {
		locale,
		t,
		tKey: (key, values) => (Object.hasOwn(messages, key) ? t(key as MessageKey, values) : key),
		date: (value) => numericDate.format(value),
		dateRange: (from, to) => numericDate.formatRange(from, to),
		time: (value) => clock.format(value),
		weekdayDate: (value) => `${weekday.format(value)} ${numericDate.format(value)}`,
		number: (value) => number.format(value),
		month: (year, month, style = 'long') => months[style].format(Date.UTC(year, month - 1, 15))
	};
}
