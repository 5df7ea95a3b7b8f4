import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A port beside the suite's own server (E2E_PORT), so two checkouts can run their suites side by side. */
export function sidePort(offset: number): number {
	return Number(process.env.E2E_PORT ?? 4173) + offset;
}

export interface StartedServer {
	origin: string;
	databasePath: string;
	process: ChildProcess;
	stop(): void;
}

/**
 * The production entry on a database of its own: `demo` seeds the demo data
 * as `npm run demo` does; without it the server starts as a new installation.
 */
export async function startServer(
	port: number,
	options: { demo: boolean }
): Promise<StartedServer> {
	const origin = `http://localhost:${port}`;
	const databasePath = join(mkdtempSync(join(tmpdir(), 'yhdyspinta-e2e-side-')), 'app.db');
	const child = spawn('node', ['build-server/index.js', ...(options.demo ? ['--demo'] : [])], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATABASE_PATH: databasePath
		},
		stdio: 'ignore'
	});
	for (let attempt = 0; attempt < 300; attempt++) {
		try {
			await fetch(`${origin}/login`, { redirect: 'manual' });
			return { origin, databasePath, process: child, stop: () => child.kill() };
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	child.kill();
	throw new Error(`the server on port ${port} did not start`);
}
