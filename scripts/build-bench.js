// Bundles one benchmark of tests/bench/ for Node: `node scripts/build-bench.js collab` writes
// node_modules/.cache/bench-collab/collab.mjs (and the processes it starts beside it).
import { build } from 'esbuild';
import { nodeBundle } from './node-bundle.js';

/** Entry points per benchmark: the coordinator first, then what it forks or starts as workers. */
/** @type {Record<string, string[]>} */
const BENCHMARKS = {
	collab: ['collab', 'server', 'clients'],
	pages: ['pages'],
	grants: ['grants'],
	situation: ['situation']
};

const name = process.argv[2];
const entries = name ? BENCHMARKS[name] : undefined;
if (!entries) {
	console.error(`Usage: node scripts/build-bench.js <${Object.keys(BENCHMARKS).join('|')}>`);
	process.exit(1);
}

await build({
	...nodeBundle,
	entryPoints: entries.map((entry) => `tests/bench/${entry}.ts`),
	outdir: `node_modules/.cache/bench-${name}`,
	outExtension: { '.js': '.mjs' }
});
