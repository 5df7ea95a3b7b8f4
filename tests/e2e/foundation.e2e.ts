import { BASE_URL } from '../../playwright.config';
import { DEMO, DEMO_PASSWORD, expect, expectAccessible, logIn, test } from './fixtures';

test.describe('demo accounts', () => {
	const expectations = [
		{ role: 'admin', greeting: 'Hei', sees: 'Ylläpito', body: null },
		{
			role: 'coordinator',
			greeting: 'Hei',
			sees: 'Ylläpito',
			body: 'Hyvinvointikoordinaattoriverkosto'
		},
		{
			role: 'director',
			greeting: 'Hei',
			sees: 'Toimielimeni',
			body: 'HYTE-neuvottelut (strateginen taso)'
		},
		{ role: 'secretary', greeting: 'Hei', sees: 'Toimielimeni', body: 'Kuntayhteistyöryhmä' },
		{ role: 'ngo', greeting: 'Hei', sees: 'Toimielimeni', body: 'HYTE-foorumi' }
	] as const;

	for (const { role, greeting, sees, body } of expectations) {
		test(`${role} logs in and sees a front page for their role`, async ({ page, loginAs }) => {
			await loginAs(role);
			await expect(page).toHaveURL(`${BASE_URL}/`);
			await expect(page.getByRole('heading', { level: 1 })).toContainText(greeting);
			await expect(page.getByText(sees).first()).toBeVisible();
			if (body)
				await expect(
					page
						.getByRole('region', { name: 'Toimielimeni' })
						.getByRole('link', { name: body, exact: true })
				).toBeVisible();
			await expect(page.getByText('Demo', { exact: true })).toBeVisible();
		});
	}

	test('the coordinator network secretary sees their role on the front page', async ({
		page,
		loginAs
	}) => {
		await loginAs('coordinator');
		const card = page.locator('li.card', {
			has: page.getByRole('link', { name: 'Hyvinvointikoordinaattoriverkosto', exact: true })
		});
		await expect(card).toContainText('Roolisi: sihteeri');
		// The network meets right now in the demo: the secretary is asked to write the minutes.
		await expect(
			page.getByRole('link', { name: /Hyvinvointikoordinaattoriverkosto \d+\/\d{4} on käynnissä/ })
		).toBeVisible();
	});

	test('the NGO representative is not offered administration', async ({ page, loginAs }) => {
		await loginAs('ngo');
		await expect(page.getByRole('link', { name: 'Ylläpito' })).toHaveCount(0);
	});
});

test('the login page lists the demo accounts in demo mode', async ({ page }) => {
	await page.goto('/login');
	await expect(page.getByRole('heading', { name: 'Demotunnukset' })).toBeVisible();
	for (const email of Object.values(DEMO)) await expect(page.getByText(email)).toBeVisible();
	await expectAccessible(page);
});

test('a wrong password gets a generic message and keeps the email', async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('Sähköposti').fill(DEMO.secretary);
	await page.getByLabel('Salasana').fill('ei oikea salasana');
	await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText('Sähköposti tai salasana on väärin.');
	await expect(page.getByLabel('Sähköposti')).toHaveValue(DEMO.secretary);
});

test('logout ends the session on the server', async ({ page, loginAs, playwright }) => {
	await loginAs('director');
	const cookie = (await page.context().cookies()).find((c) => c.name === 'session');
	expect(cookie?.httpOnly).toBe(true);
	expect(cookie?.sameSite).toBe('Lax');

	await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
	await expect(page.getByText('Olet kirjautunut ulos.')).toBeVisible();

	// Replaying the old cookie no longer works: the session is gone from the database.
	const replay = await playwright.request.newContext({
		baseURL: BASE_URL,
		extraHTTPHeaders: { cookie: `session=${cookie!.value}` }
	});
	expect((await replay.get('/api/me')).status()).toBe(401);
	await replay.dispose();
});

test('an NGO representative gets a 403 that says why on administration', async ({
	page,
	loginAs
}) => {
	await loginAs('ngo');
	const response = await page.goto('/admin');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Sinulla ei ole oikeutta tähän.'
	);
	await expect(
		page.getByText('Ylläpito on vain pääkäyttäjille ja alueen koordinaattoreille.')
	).toBeVisible();
	await expectAccessible(page);
});

test('the language switch works before and after login and is remembered', async ({ page }) => {
	await page.goto('/login');
	await page.getByRole('button', { name: 'svenska' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

	await page.getByLabel('E-post').fill(DEMO.secretary);
	await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Logga in', exact: true }).click();
	// Switch only once the front page is there, not while the login is still on its way.
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Satu');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('link', { name: 'My cooperation' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('link', { name: 'My cooperation' })).toBeVisible();
	await expectAccessible(page);

	// Back to Finnish, so other tests see the secretary's default language.
	await page.getByRole('button', { name: 'suomi' }).click();
	await expect(page.getByRole('link', { name: 'Oma yhteistyö' })).toBeVisible();
});

test.describe('integration API', () => {
	test('refuses without a session', async ({ request }) => {
		expect((await request.get('/api/me')).status()).toBe(401);
		expect((await request.get('/api/bodies')).status()).toBe(401);
	});

	test('tells the director who they are and which bodies they see', async ({ page, loginAs }) => {
		await loginAs('director');
		const me = await (await page.request.get('/api/me')).json();
		expect(me).toMatchObject({
			email: DEMO.director,
			siteRole: 'member',
			organisation: { name: 'Liperin kunta', kind: 'municipality' }
		});
		expect(me.memberships).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ level: 'strategic', role: 'member' }),
				expect.objectContaining({ level: 'operational', role: 'member' })
			])
		);
		const bodies = await (await page.request.get('/api/bodies')).json();
		expect(bodies.map((b: { level: string }) => b.level)).toEqual(
			expect.arrayContaining(['strategic', 'operational', 'coordinator_network', 'forum'])
		);
		expect(bodies[0]).toEqual(
			expect.objectContaining({
				id: expect.any(Number),
				name: expect.any(String),
				regionId: expect.any(Number),
				public: expect.any(Boolean)
			})
		);
	});
});

test('login is throttled with 429 and Retry-After after repeated failures', async ({
	playwright
}) => {
	const client = await playwright.request.newContext({
		baseURL: BASE_URL,
		extraHTTPHeaders: { origin: BASE_URL, accept: 'text/html' }
	});
	const attempt = () =>
		client.post('/login', {
			form: { email: 'ei-ole@yhdyspinta.example', password: 'väärä salasana' },
			maxRedirects: 0
		});
	for (let i = 0; i < 5; i++) expect((await attempt()).status()).toBe(400);
	const throttled = await attempt();
	expect(throttled.status()).toBe(429);
	expect(Number(throttled.headers()['retry-after'])).toBeGreaterThan(0);
	await client.dispose();
});

test('the login form works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await logIn(page, DEMO.secretary);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Hei');
	await context.close();
});

test.describe('pages are accessible', () => {
	test('public pages', async ({ page }) => {
		for (const path of ['/', '/accessibility', '/privacy', '/set-password/not-a-real-token']) {
			await page.goto(path);
			await expectAccessible(page);
		}
		const missing = await page.goto('/ei-ole-olemassa');
		expect(missing?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sivua ei löytynyt.');
		await expectAccessible(page);
	});

	test('signed-in pages', async ({ page, loginAs }) => {
		await loginAs('coordinator');
		await expectAccessible(page);
		await page.goto('/structure');
		await expect(
			page.getByRole('heading', { name: 'Strateginen taso', exact: true })
		).toBeVisible();
		await expectAccessible(page);
		await page
			.getByRole('link', { name: 'Hyvinvointikoordinaattoriverkosto', exact: true })
			.first()
			.click();
		await expect(page.getByRole('table')).toContainText('sihteeri');
		await expectAccessible(page);
		await page.goto('/account');
		await expectAccessible(page);
	});

	test('on a phone', async ({ browser }) => {
		const context = await browser.newContext({
			viewport: { width: 375, height: 740 },
			locale: 'fi-FI'
		});
		const page = await context.newPage();
		await logIn(page, DEMO.coordinator);
		for (const path of ['/', '/structure', '/account', '/admin/users']) {
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
			await expectAccessible(page);
		}

		// The navigation folds behind one button instead of filling the first screen.
		await page.goto('/');
		const menu = page.getByRole('button', { name: 'Valikko' });
		const header = await page.locator('header.site-header').boundingBox();
		expect(header?.height).toBeLessThan(80);
		const calendarLink = page.locator('header').getByRole('link', { name: 'Vuosikello' });
		await expect(calendarLink).toBeHidden();
		await menu.focus();
		await page.keyboard.press('Enter');
		await expect(calendarLink).toBeVisible();
		await expectAccessible(page);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Escape');
		await expect(calendarLink).toBeHidden();
		await expect(menu).toBeFocused();
		await menu.click();
		await calendarLink.click();
		await expect(page).toHaveURL(/\/calendar$/);
		await expect(calendarLink).toBeHidden();

		// The public archive ships no JavaScript, and its menu works all the same.
		await page.goto('/archive');
		await expect(page.locator('script[src], link[rel="modulepreload"]')).toHaveCount(0);
		await expect(calendarLink).toBeHidden();
		await menu.click();
		await calendarLink.click();
		await expect(page).toHaveURL(/\/calendar$/);
		await context.close();
	});
});

test('accessibility feedback can be sent without logging in', async ({ page }) => {
	await page.goto('/accessibility');
	await page.getByLabel('Palautteesi').fill('Kontrasti on liian heikko kalenterissa.');
	await page.getByRole('button', { name: 'Lähetä palaute' }).click();
	await expect(page.getByText('Kiitos palautteestasi!')).toBeVisible();
});
