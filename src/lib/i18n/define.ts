import type { Language } from '../domain/roles';

/**
 * One area's messages in all three languages. Finnish is the source: Swedish
 * and English must have exactly its keys, or the build fails to type-check.
 */
export function defineMessages<K extends string>(messages: {
	fi: Record<K, string>;
	sv: Record<NoInfer<K>, string>;
	en: Record<NoInfer<K>, string>;
}): Record<Language, Record<K, string>> {
	return messages;
}
