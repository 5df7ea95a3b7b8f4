import type { Language } from '../domain/roles';
import type { LanguageMessages } from './translator';

/**
 * One language's messages, compiled to ICU syntax trees at build time
 * (vite-plugin.ts). Each language is its own chunk: a page fetches only its
 * reader's, and formats without the ICU parser.
 */
const COMPILED: Record<Language, () => Promise<{ default: LanguageMessages }>> = {
	fi: () => import('virtual:i18n-messages/fi'),
	sv: () => import('virtual:i18n-messages/sv'),
	en: () => import('virtual:i18n-messages/en')
};

export async function loadMessages(locale: Language): Promise<LanguageMessages> {
	return (await COMPILED[locale]()).default;
}
