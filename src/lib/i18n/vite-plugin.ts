/**
 * Compiles the messages at build time: `virtual:i18n-messages/<language>` is
 * that language's catalogue as ICU syntax trees, and in the browser build the
 * ICU parser is replaced by its `no-parser` entry (formatjs's documented way
 * to format precompiled messages), so pages ship neither the other languages
 * nor the parser. The server keeps the parser for the catalogue of all
 * languages (src/lib/i18n/index.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';
import { runnerImport, type Plugin } from 'vite';
import { LANGUAGES } from '../domain/roles.ts';
import type { messages as Catalogue } from './messages/index.ts';

const PREFIX = 'virtual:i18n-messages/';
const PARSER = '@formatjs/icu-messageformat-parser';

export function compiledMessages(): Plugin {
	const messagesDir = fileURLToPath(new URL('messages', import.meta.url));
	return {
		name: 'yhdyspinta-compiled-messages',
		enforce: 'pre',
		async resolveId(id, importer, options) {
			if (id.startsWith(PREFIX) && LANGUAGES.some((language) => id === PREFIX + language))
				return '\0' + id;
			if (id === PARSER && this.environment.name === 'client') {
				return this.resolve(`${PARSER}/no-parser.js`, importer, { ...options, skipSelf: true });
			}
			return null;
		},
		async load(id) {
			if (!id.startsWith('\0' + PREFIX)) return null;
			const language = id.slice(PREFIX.length + 1) as (typeof LANGUAGES)[number];
			// Edits to any message file rebuild the catalogue in dev.
			for (const file of readdirSync(messagesDir)) this.addWatchFile(join(messagesDir, file));
			const { module } = await runnerImport<{ messages: typeof Catalogue }>(
				join(messagesDir, 'index.ts'),
				{ configFile: false, logLevel: 'error' }
			);
			const compiled = Object.fromEntries(
				Object.entries(module.messages[language]).map(([key, text]) => [
					key,
					parse(text, { ignoreTag: true })
				])
			);
			// JSON.parse of a string literal is quicker to load than the same object as a literal.
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
		}
	};
}
