import { expect, expectAccessible, logIn, test } from './fixtures';

// The chair of the municipal cooperation group, whose minutes wait for her approval in the demo.
const CHAIR = 'riitta.kahkonen@pkhva.example';

test('the chair sees the minutes awaiting her approval, marks it read and chooses immediate email', async ({
	page
}) => {
	await logIn(page, CHAIR);
	const headerLink = page.getByRole('banner').getByRole('link', { name: /^Ilmoitukset/ });
	await expect(headerLink).toHaveAccessibleName('Ilmoitukset, 1 lukematon');
	await headerLink.click();

	await expect(page.getByRole('heading', { level: 1, name: 'Ilmoitukset' })).toBeVisible();
	const notice = page
		.getByRole('listitem')
		.filter({ hasText: 'Muistio odottaa hyväksyntääsi: Kuntayhteistyöryhmä 2/2026' });
	await expect(notice.getByText('Lukematon')).toBeVisible();
	await expect(notice.getByRole('link')).toHaveAttribute('href', /^\/meetings\/\d+$/);
	await expectAccessible(page);

	await notice.getByRole('button', { name: 'Merkitse luetuksi' }).click();
	await expect(page.getByText('Ilmoitus on merkitty luetuksi.')).toBeVisible();
	await expect(notice.getByText('Lukematon')).toHaveCount(0);
	await expect(headerLink).toHaveAccessibleName('Ilmoitukset');

	// Without SMTP settings the page says so, and the choice is still kept for later.
	await expect(page.getByText('Tämä palvelu ei lähetä sähköpostia juuri nyt')).toBeVisible();
	await expect(page.getByLabel('Kerran päivässä: aamulla kooste lukemattomista')).toBeChecked();
	await page.getByLabel('Heti: yksi viesti kustakin ilmoituksesta').check();
	await page.getByRole('button', { name: 'Tallenna valinta' }).click();
	await expect(page.getByText('Valinta on tallennettu.')).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Heti: yksi viesti kustakin ilmoituksesta')).toBeChecked();
	await expectAccessible(page);
});

test('the notification centre works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fi-FI' });
	const page = await context.newPage();
	await logIn(page, 'jarjesto@yhdyspinta.example');
	await page.goto('/notifications');
	await expect(
		page.getByText('Hyvinvointisuunnitelma 2026–2029: lausuntokierros').first()
	).toBeVisible();
	await page.getByRole('button', { name: 'Merkitse kaikki luetuiksi' }).click();
	await expect(page.getByText('Kaikki ilmoitukset on merkitty luetuiksi.')).toBeVisible();
	await expect(page.getByText('Ei lukemattomia ilmoituksia.')).toBeVisible();
	await context.close();
});
