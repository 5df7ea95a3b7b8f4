import { getContext, setContext } from 'svelte';
import { translator, type Translator } from './index';
import type { Language } from '../domain/roles';

const KEY = Symbol('i18n');

/** Called once in the root layout with a getter, so a language switch re-renders every page. */
export function provideI18n(locale: () => Language): void {
	setContext(KEY, locale);
}

/** The translator for the page's language; read its members in markup to stay reactive. */
export function useI18n(): Translator {
	const locale = getContext<() => Language>(KEY);
	return {
		get locale() {
			return locale();
		},
		t: (key, values) => translator(locale()).t(key, values),
		tKey: (key, values) => translator(locale()).tKey(key, values),
		date: (value) => translator(locale()).date(value),
		time: (value) => translator(locale()).time(value),
		weekdayDate: (value) => translator(locale()).weekdayDate(value),
		number: (value) => translator(locale()).number(value),
		month: (year, month, style) => translator(locale()).month(year, month, style)
	};
}
