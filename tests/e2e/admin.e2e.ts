import { BASE_URL } from '../../playwright.config';
import { expect, expectAccessible, logIn, test } from './fixtures';

test('invite → set password → login', async ({ page, loginAs, browser }) => {
	await loginAs('coordinator');
	await page.goto('/admin/users');
	const invite = page.locator('section', {
		has: page.getByRole('heading', { name: 'Kutsu käyttäjä' })
	});
	await invite.getByLabel('Sähköposti').fill('uusi.koordinaattori@outokumpu.example');
	await invite.getByLabel('Nimi', { exact: true }).fill('Ulla Uusikoski');
	await invite.getByLabel('Tehtävänimike').fill('hyvinvointikoordinaattori');
	await invite.getByLabel('Organisaatio').selectOption({ label: 'Outokummun kaupunki' });
	await invite.getByRole('button', { name: 'Kutsu käyttäjä' }).click();
	await expect(page.getByText('Käyttäjä Ulla Uusikoski kutsuttu.')).toBeVisible();
	const link = await page.getByLabel(/Linkki: Ulla Uusikoski/).inputValue();
	expect(link).toMatch(new RegExp(`^${BASE_URL}/set-password/[a-z0-9]+$`));
	await expectAccessible(page);

	// The invited person, in a browser of their own.
	const context = await browser.newContext({ locale: 'fi-FI' });
	const invited = await context.newPage();
	await invited.goto(link);
	await expect(invited.getByText('Tervetuloa, Ulla Uusikoski!')).toBeVisible();
	await expectAccessible(invited);
	await invited.getByLabel('Uusi salasana').fill('qwerty123456');
	await invited.getByRole('button', { name: 'Aseta salasana ja kirjaudu' }).click();
	await expect(
		invited.getByText('Tämä salasana on liian yleinen. Valitse toinen.').first()
	).toBeVisible();
	await invited.getByLabel('Uusi salasana').fill('vaara-vuoret ja järvet');
	await invited.getByRole('button', { name: 'Aseta salasana ja kirjaudu' }).click();
	await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Hei Ulla!');

	// The link works once; afterwards the password does.
	await invited.goto(link);
	await expect(invited.getByRole('alert')).toContainText('Linkki on vanhentunut tai jo käytetty.');
	await invited.context().clearCookies();
	await logIn(invited, 'uusi.koordinaattori@outokumpu.example', 'vaara-vuoret ja järvet');
	await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Hei Ulla!');
	await context.close();
});

test('a CSV import with a wrong row writes nothing, a corrected one imports every row', async ({
	page,
	loginAs
}) => {
	await loginAs('coordinator');
	await page.goto('/admin/import');
	await page.getByRole('radio', { name: 'Organisaatioita' }).check();
	await page
		.getByLabel('Tai liitä CSV-teksti')
		.fill('name;kind\nKylätalo Aurinkoinen ry;järjestö\nHuono rivi;avaruusasema');
	await page.getByRole('button', { name: 'Esikatsele' }).click();
	await expect(page.getByRole('button', { name: 'Tuo', exact: true })).toBeDisabled();
	await expect(page.getByRole('table', { name: 'Tiedoston rivit' })).toContainText('Huono rivi');
	await expectAccessible(page);

	await page
		.getByLabel('Tai liitä CSV-teksti')
		.fill('name;kind\nKylätalo Aurinkoinen ry;järjestö\nLiikuntaseura Vauhti ry;ngo');
	await page.getByRole('button', { name: 'Esikatsele' }).click();
	await page.getByRole('button', { name: 'Tuo', exact: true }).click();
	await expect(page.getByText('2 organisaatiota tuotu.')).toBeVisible();
	await page.goto('/admin/organisations?q=aurinkoinen');
	await expect(page.getByRole('link', { name: 'Kylätalo Aurinkoinen ry' })).toBeVisible();
});

test('administration pages are accessible', async ({ page, loginAs }) => {
	await loginAs('admin');
	for (const path of [
		'/admin',
		'/admin/organisations',
		'/admin/users',
		'/admin/bodies',
		'/admin/import',
		'/admin/feedback',
		'/admin/audit'
	]) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await expectAccessible(page);
	}
	await page.goto('/admin/bodies');
	await page.getByRole('link', { name: 'Kuntayhteistyöryhmä' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Kuntayhteistyöryhmä');
	await expectAccessible(page);
	await page.goto('/admin/users');
	await page.getByRole('link', { name: 'Satu Ryynänen' }).click();
	await expectAccessible(page);
	await page.goto('/admin/organisations');
	await page.getByRole('link', { name: 'Liperin kunta' }).click();
	await expectAccessible(page);
});
