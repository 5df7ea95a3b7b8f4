// Compiles the Node entry points in server/ into build-server/: Node 24 strips types, but our
// imports are extensionless, which only a bundler resolves.
import { build } from 'esbuild';
import { nodeBundle } from './node-bundle.js';

/** The version check stays a separate module (same relative path from build-server/ as from server/):
 * ESM loads every import of a file before running it, so inside the bundle it would run too late. */
const NODE_VERSION_CHECK = '../scripts/node-version.js';

await build({
	...nodeBundle,
	entryPoints: ['server/index.ts', 'server/backup.ts', 'server/situation-history.ts'],
	outdir: 'build-server',
	external: [NODE_VERSION_CHECK]
});
