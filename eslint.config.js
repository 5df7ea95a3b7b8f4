// ESLint as the Svelte CLI sets it up (flat config), plus the import rules that keep the layers apart.
import prettier from 'eslint-config-prettier';
import { fileURLToPath } from 'node:url';
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	{ ignores: ['drizzle/', 'static/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint: no-undef is TypeScript's job.
			'no-undef': 'off',
			// `const { secret: _secret, ...rest } = row` is how a field is left out of a copy.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ ignoreRestSiblings: true, argsIgnorePattern: '^_' }
			],
			// The app is served at the root (no paths.base), so a link's href needs no resolve();
			// programmatic navigation still goes through it.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }],
			// `{', '}` keeps a separator exact between inline elements, which Prettier may rewrap.
			'svelte/no-useless-mustaches': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser
			}
		}
	},
	// The layers (README, "Architecture"): each arrow below is one that must not exist.
	{
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['\\#lib/server/*', '\\#lib/kit/*', '../server/*', '../kit/*', 'drizzle-orm*'],
							message: 'The domain is pure: no database, no server core, no Kit.'
						},
						{ group: ['@sveltejs/kit*', '$app/*'], message: 'The domain is pure: no Kit.' }
					]
				}
			]
		}
	},
	{
		files: ['src/lib/documents/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['\\#lib/server/*', '\\#lib/kit/*', '../server/*', '../kit/*', 'drizzle-orm*'],
							message:
								'The live document model is pure: no database, no server core, no Kit (the server shares it).'
						},
						{
							group: ['@sveltejs/kit*', '$app/*'],
							message: 'The live document model is pure: no Kit.'
						},
						{
							group: ['\\#lib/collab/*', '../collab/*', 'svelte', 'svelte/*'],
							message: 'The live document model has no editors: they live in src/lib/collab.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/server/**', 'server/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['@sveltejs/kit*', '$app/*', '\\#lib/kit/*', '../kit/*', '../../kit/*'],
							message: 'The server core is Kit-free: the collaboration server shares it.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/routes/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['drizzle-orm*', '\\#lib/server/db/*', '!\\#lib/server/db/instance.js'],
							message:
								'Routes reach data through the use cases and views of src/lib/server, never the database.'
						},
						{
							group: ['\\#lib/server/*/rows.js'],
							message:
								'Reads without an actor are for use cases only; a page gets its data from its view.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/**/*.svelte', 'src/lib/components/**', 'src/lib/collab/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['\\#lib/server/*', '$lib/server/*'],
							message:
								'Components import no server code or types: they declare the props they need.'
						}
					]
				}
			]
		}
	}
);
