// Compiles the Node entry points in server/ (Node 20 cannot run TypeScript) into build-server/.
import { build } from 'esbuild';

await build({
	entryPoints: ['server/index.ts', 'server/backup.ts'],
	outdir: 'build-server',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// Dependencies stay in node_modules; only our own code is bundled.
	packages: 'external',
	logLevel: 'warning'
});
