// First: an older Node stops here with a clear message (dev, build and vitest all load this file).
import './scripts/node-version.js';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { collabDevServer } from './server/collab/vite-plugin.ts';
import { compiledMessages } from './src/lib/i18n/vite-plugin.ts';

export default defineConfig({
	plugins: [
		compiledMessages(),
		sveltekit({
			compilerOptions: {
				// Runes everywhere in our code; libraries decide for themselves.
				runes: ({ filename }) =>
					filename.split(/[/\\]/).includes('node_modules') ? undefined : true
			},
			adapter: adapter({ out: 'build' }),
			// CSRF protection is always on in Kit 3; add no csrf.trustedOrigins.
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					// Svelte and TipTap set inline style attributes (caret colours, transitions).
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:', 'blob:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none']
				}
			}
		}),
		collabDevServer()
	],
	server: { port: 3000 },
	// The live editor (TipTap, ProseMirror, Yjs) is one chunk of ~510 kB, loaded only by pages that edit.
	build: { chunkSizeWarningLimit: 600 },
	// Bundled into the server build, not loaded from node_modules: see scripts/node-bundle.js.
	ssr: { noExternal: ['drizzle-orm'] },
	test: {
		expect: { requireAssertions: true },
		environment: 'node',
		include: [
			'src/**/*.test.ts',
			'server/**/*.test.ts',
			'tests/collab/**/*.test.ts',
			'scripts/**/*.test.ts'
		],
		testTimeout: 20_000
	}
});
