/**
 * All regions in one installation: the administrator adds a region on its
 * page, the public API lists it with the other 22, and the administrator gives
 * and takes away the national role on a user's page.
 */
import {
	DEMO,
	expect,
	expectAccessible,
	expectAccessibleBothLanguages,
	logIn,
	test
} from './fixtures';

test('the administrator adds a region, and the public API lists all 23', async ({
	page,
	loginAs,
	playwright
}) => {
	await loginAs('admin');
	await page.goto('/admin');
	await page
		.getByRole('navigation', { name: 'Ylläpidon valikko' })
		.getByRole('link', { name: 'Alueet' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Alueet' })).toBeVisible();
	const table = page.getByRole('table', { name: 'Asennuksen alueet' });
	await expect(table.getByRole('row')).toHaveCount(23);
	await expect(table.getByRole('row', { name: /^Helsingin kaupunki helsinki/ })).toContainText(
		'ei'
	);
	await expectAccessibleBothLanguages(page);

	const form = page.locator('section', { has: page.getByRole('heading', { name: 'Lisää alue' }) });
	// Bad input changes nothing and says why, next to the field.
	await form.getByLabel('Alueen nimi').fill('Kainuun hyvinvointialue');
	await form.getByLabel('Asukasluku').fill('-5');
	await form.getByRole('button', { name: 'Lisää alue' }).click();
	await expect(form.getByText('Anna positiivinen kokonaisluku.')).toBeVisible();
	await form.getByLabel('Asukasluku').fill('70 521');
	await form.getByRole('button', { name: 'Lisää alue' }).click();
	await expect(form.getByText('Asennuksessa on jo tämänniminen alue').first()).toBeVisible();
	await expectAccessible(page);

	await form.getByLabel('Alueen nimi').fill('Testilaakson hyvinvointialue');
	await form.getByLabel('Asukasluku').fill('12 345');
	await form.getByLabel('Vertailukelpoinen').uncheck();
	await form.getByRole('button', { name: 'Lisää alue' }).click();
	await expect(page.getByText('Alue Testilaakson hyvinvointialue lisätty.')).toBeVisible();
	await expect(
		table.getByRole('row', { name: /^Testilaakson hyvinvointialue testilaakson-hyvinvointialue/ })
	).toContainText('12');

	// No session: the regions' public facts, by name in Finnish order.
	const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
	const response = await anonymous.get('/api/regions');
	expect(response.status()).toBe(200);
	const regions = (await response.json()) as Record<string, unknown>[];
	expect(regions).toHaveLength(23);
	for (const region of regions)
		expect(Object.keys(region).sort()).toEqual(['comparable', 'id', 'name', 'population', 'slug']);
	expect(regions.find((r) => r.slug === 'helsinki')).toMatchObject({
		population: 664028,
		comparable: false
	});
	expect(regions.find((r) => r.slug === 'testilaakson-hyvinvointialue')).toMatchObject({
		name: 'Testilaakson hyvinvointialue',
		population: 12345,
		comparable: false
	});
	const names = regions.map((r) => String(r.name));
	expect(names).toEqual([...names].sort(new Intl.Collator('fi').compare));
	await anonymous.dispose();
});

test('the administrator gives and removes the national role; the coordinator may not', async ({
	page,
	loginAs,
	browser
}) => {
	await loginAs('admin');
	await page.goto('/admin/users?q=Pelkonen');
	await page.getByRole('link', { name: 'Jukka Pelkonen' }).click();
	const section = page.locator('section', {
		has: page.getByRole('heading', { name: 'Kansallinen rooli' })
	});
	await expect(section).toContainText('Käyttäjällä ei ole kansallista roolia.');
	await section.getByRole('button', { name: 'Anna kansallinen rooli' }).click();
	await expect(page.getByText('Kansallinen rooli annettu.')).toBeVisible();
	await expect(section).toContainText('Käyttäjällä on kansallinen rooli.');
	await expectAccessibleBothLanguages(page);

	await page.goto('/admin/users?q=Pelkonen');
	await expect(page.getByRole('row', { name: /Jukka Pelkonen/ })).toContainText(
		'kansallinen rooli'
	);
	await page.getByRole('link', { name: 'Jukka Pelkonen' }).click();
	await section.getByRole('button', { name: 'Poista kansallinen rooli' }).click();
	await expect(page.getByText('Kansallinen rooli poistettu.')).toBeVisible();
	await expect(section).toContainText('Käyttäjällä ei ole kansallista roolia.');

	// A coordinator manages the region's users, but neither regions nor the national role.
	const context = await browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
	const coordinator = await context.newPage();
	await logIn(coordinator, DEMO.coordinator);
	expect((await coordinator.goto('/admin/regions'))?.status()).toBe(403);
	await coordinator.goto('/admin/users?q=Pelkonen');
	await coordinator.getByRole('link', { name: 'Jukka Pelkonen' }).click();
	await expect(coordinator.getByRole('heading', { name: 'Kansallinen rooli' })).toHaveCount(0);
	await expect(coordinator.getByRole('link', { name: 'Alueet', exact: true })).toHaveCount(0);
	await context.close();

	// The demo's person of the national role signs in to a front page without any region's work.
	const national = await browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
	const board = await national.newPage();
	await logIn(board, 'kansallinen@yhdyspinta.example');
	await expect(board.getByRole('heading', { level: 1 })).toHaveText('Hei Maija!');
	expect((await board.goto('/admin'))?.status()).toBe(403);
	await national.close();
});
