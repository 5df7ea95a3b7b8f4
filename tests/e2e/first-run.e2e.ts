import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectAccessible, test } from './fixtures';

const PORT = 4180;
const ORIGIN = `http://localhost:${PORT}`;

/** `npm start` as a new installation sees it: the production server on an empty database, no demo data. */
async function startFreshServer(): Promise<ChildProcess> {
	const server = spawn('node', ['build-server/index.js'], {
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', ORIGIN, DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'yhdyspinta-first-run-')), 'app.db') },
		stdio: 'ignore'
	});
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			await fetch(`${ORIGIN}/login`, { redirect: 'manual' });
			return server;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	server.kill();
	throw new Error('the fresh server did not start');
}

test('a new installation offers the first-run page once, with no demo accounts', async ({ browser }) => {
	const server = await startFreshServer();
	try {
		const context = await browser.newContext({ locale: 'fi-FI', baseURL: ORIGIN });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(`${ORIGIN}/setup`);
		await expectAccessible(page);
		await page.getByLabel('Hyvinvointialueen nimi').fill('Keski-Suomen hyvinvointialue');
		await page.getByLabel('Nimesi').fill('Eino Ensimmäinen');
		await page.getByLabel('Sähköpostisi').fill('eino@example.fi');
		await page.getByLabel('Salasana').fill('neljä vuodenaikaa keskellä');
		await page.getByRole('button', { name: 'Luo alue ja pääkäyttäjä' }).click();
		await expect(page).toHaveURL(`${ORIGIN}/admin`);
		await expect(page.getByText('Demo', { exact: true })).toHaveCount(0);

		// Once a user exists, the page is gone for everyone.
		const again = await (await browser.newContext({ baseURL: ORIGIN })).newPage();
		expect((await again.goto('/setup'))?.status()).toBe(404);
		await again.goto('/login');
		await expect(again.getByRole('heading', { name: 'Demotunnukset' })).toHaveCount(0);
		await context.close();
	} finally {
		server.kill();
	}
});
