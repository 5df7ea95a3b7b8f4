import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { collabDevServer } from './server/collab/vite-plugin.ts';
import { compiledMessages } from './src/lib/i18n/vite-plugin.ts';

export default defineConfig({
	plugins: [compiledMessages(), sveltekit(), collabDevServer()],
	server: { port: 3000 },
	test: {
		expect: { requireAssertions: true },
		environment: 'node',
		include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/collab/**/*.test.ts'],
		testTimeout: 20_000
	}
});
