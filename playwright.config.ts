// First: an older Node stops here with a clear message.
import './scripts/node-version.js';
import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// E2E_PORT lets a second checkout run its suite beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://localhost:${PORT}`;

// Debian's Chromium: Playwright's own browser download cannot be reached here.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	// One server and one database for the whole run; tests change shared data, so they run in order.
	workers: 1,
	fullyParallel: false,
	retries: 0,
	timeout: 30_000,
	reporter: process.env.CI ? 'list' : [['list']],
	use: {
		baseURL: BASE_URL,
		locale: 'fi-FI',
		timezoneId: 'Europe/Helsinki',
		launchOptions: {
			executablePath: CHROMIUM,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	webServer: {
		// The production entry in demo mode, on a fresh database for every run (`npm run test:e2e` builds first).
		command: 'node build-server/index.js --demo',
		url: `${BASE_URL}/login`,
		reuseExistingServer: false,
		timeout: 60_000,
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: BASE_URL,
			DATABASE_PATH: join(tmpdir(), `yhdyspinta-e2e-${process.pid}-${Date.now()}.db`)
		}
	}
});
