// The tests that `npm run test:mutation` reruns for every mutant: only those of the mutated files
// (stryker.config.mjs), so a mutant costs a domain test run, not the whole suite.
import { defineConfig } from 'vitest/config';
import base from './vite.config.ts';

export default defineConfig({
	...base,
	test: {
		...base.test,
		include: ['src/lib/domain/**/*.test.ts', 'src/lib/server/access*.test.ts'],
		// One worker for all files instead of one per file: a mutant changed at load time reruns
		// every file, and starting a worker per file made those runs most of the time.
		// Stryker still reloads the modules for each such mutant.
		isolate: false
	}
});
