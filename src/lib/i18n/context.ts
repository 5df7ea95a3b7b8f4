import { getContext, setContext } from 'svelte';
import type { Language } from '../domain/roles';
import { createTranslator, type LanguageMessages, type Translator } from './translator';

const KEY = Symbol('i18n');

/** The page's language and its compiled messages (see load.ts). */
export interface PageLanguage {
	locale: Language;
	messages: LanguageMessages;
}

/** One translator per loaded catalogue, shared by every component of every page. */
const translators = new WeakMap<LanguageMessages, Translator>();

function translatorOf({ locale, messages }: PageLanguage): Translator {
	let found = translators.get(messages);
	if (!found) {
		found = createTranslator(locale, messages);
		translators.set(messages, found);
	}
	return found;
}

/** Called once in the root layout with a getter, so a language switch re-renders every page. */
export function provideI18n(language: () => PageLanguage): void {
	setContext(KEY, language);
}

/** The translator for the page's language; read its members in markup to stay reactive. */
export function useI18n(): Translator {
	const language = getContext<() => PageLanguage>(KEY);
	const current = () => translatorOf(language());
	return {
		get locale() {
			return language().locale;
		},
		t: (key, values) => current().t(key, values),
		tKey: (key, values) => current().tKey(key, values),
		date: (value) => current().date(value),
		dateRange: (from, to) => current().dateRange(from, to),
		time: (value) => current().time(value),
		weekdayDate: (value) => current().weekdayDate(value),
		number: (value) => current().number(value),
		month: (year, month, style) => current().month(year, month, style)
	};
}
