/**
 * Entries that must run as their own process are bundled with esbuild, with
 * the settings of scripts/build-server.js (our imports are extensionless). The
 * output goes under node_modules/.cache so that its package imports resolve.
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodeBundle } from '../../scripts/node-bundle.js';

export interface Bundle {
	/** Path of the bundled entry `name` (e.g. 'serve' → …/serve.mjs). */
	file(name: string): string;
	remove(): void;
}

export async function bundle(entryPoints: string[]): Promise<Bundle> {
	const cache = resolve('node_modules/.cache');
	mkdirSync(cache, { recursive: true });
	const dir = mkdtempSync(join(cache, 'yhdyspinta-collab-'));
	await build({ ...nodeBundle, entryPoints, outdir: dir, outExtension: { '.js': '.mjs' } });
	return {
		file: (name) => join(dir, `${name}.mjs`),
		remove: () => rmSync(dir, { recursive: true, force: true })
	};
}
