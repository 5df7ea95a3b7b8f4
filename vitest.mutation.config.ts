// The tests that `npm run test:mutation` reruns for every mutant: only those of the mutated files
// (stryker.config.mjs), so a mutant costs a domain test run, not the whole suite.
import { defineConfig } from 'vitest/config';
import base from './vite.config.ts';

export default defineConfig({
	...base,
	test: {
		...base.test,
		// Each file keeps its own modules (vitest's default isolation): with one shared worker
		// (isolate: false) a module's lazily made cache, such as time.ts's formatter, was made by
		// whichever test ran first, so Stryker credited only that test with covering it.
		include: ['src/lib/domain/**/*.test.ts', 'src/lib/server/access*.test.ts']
	}
});
