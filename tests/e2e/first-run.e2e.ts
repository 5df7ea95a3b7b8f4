import { expect, expectAccessible, test } from './fixtures';
import { sidePort, startServer } from './server';

const PORT = sidePort(7);
const ORIGIN = `http://localhost:${PORT}`;

test('a new installation offers the first-run page once, with no demo accounts', async ({
	browser
}) => {
	const server = await startServer(PORT, { demo: false });
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
		server.stop();
	}
});
