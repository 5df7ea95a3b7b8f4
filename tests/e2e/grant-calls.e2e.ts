import type { Page } from '@playwright/test';
import { DEMO, expect, expectAccessible, logIn, test } from './fixtures';

const BASKET = 'Testikori toiminta-avustuksille';
const CLASS = 'Testiluokka: vertaistuki';
const TITLE = 'Testihaku: toiminta-avustukset';

async function inSwedish(page: Page, check: () => Promise<void>): Promise<void> {
	await page.getByRole('button', { name: 'svenska' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	await check();
	// The choice is remembered per person, and other tests read Finnish.
	await page.getByRole('button', { name: 'suomi' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

test('the coordinator sets up a basket and a class, writes a call and publishes it; the NGO finds it open', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const coordinator = await (await browser.newContext({ locale: 'fi-FI' })).newPage();
	const ngo = await (await browser.newContext({ locale: 'fi-FI' })).newPage();
	await logIn(coordinator, DEMO.coordinator);
	await logIn(ngo, DEMO.ngo);
	const nextYear = new Date().getFullYear() + 1;

	// A basket, with a wrong appropriation first and then this year's budget.
	await coordinator.goto('/grants');
	await coordinator.getByRole('link', { name: 'Avustuskorit ja toimintaluokat' }).click();
	await expectAccessible(coordinator);
	const newBasket = coordinator.locator('details', { hasText: 'Lisää avustuskori' });
	await newBasket.locator('summary').click();
	await newBasket.getByLabel('Avustuslaji').selectOption({ label: 'Toiminta-avustus' });
	await newBasket.getByLabel('Korin nimi').fill(BASKET);
	await newBasket.getByRole('button', { name: 'Lisää kori' }).click();
	const basket = coordinator.getByRole('article', { name: new RegExp(BASKET) });
	await expect(basket).toBeVisible();
	await basket.getByLabel('Määräraha (€)').fill('-5000');
	await basket.getByRole('button', { name: 'Tallenna määräraha' }).click();
	await expect(basket.getByText('Summa ei voi olla negatiivinen')).toBeVisible();
	await expect(basket.getByLabel('Määräraha (€)')).toHaveValue('-5000');
	await basket.getByLabel('Määräraha (€)').fill('150 000');
	await basket.getByRole('button', { name: 'Tallenna määräraha' }).click();
	await expect(basket.getByText(/150\s000\s€/)).toBeVisible();

	const newClass = coordinator.locator('details', { hasText: 'Lisää toimintaluokka' });
	await newClass.locator('summary').click();
	await newClass.getByLabel('Toimintaluokka').fill(CLASS);
	await newClass.getByLabel('Kuntien vastaavat luokat').fill('Kunnat: harrastustoiminta');
	await newClass.getByRole('button', { name: 'Lisää luokka' }).click();
	await expect(coordinator.getByText(CLASS, { exact: true })).toBeVisible();
	await expectAccessible(coordinator);
	await inSwedish(coordinator, () => expectAccessible(coordinator));

	// The call: a weight out of range is refused by its field, the rest kept.
	await coordinator.goto('/grants');
	await coordinator.getByRole('link', { name: 'Uusi haku' }).click();
	await expectAccessible(coordinator);
	await coordinator
		.getByLabel('Avustuskori')
		.selectOption({ label: `Toiminta-avustus: ${BASKET}` });
	await coordinator.getByLabel('Haun nimi').fill(TITLE);
	await coordinator.getByLabel('Avautumisaika').fill('00.00');
	await coordinator.getByLabel('Peruste 1', { exact: true }).fill('Vaikuttavuus');
	await coordinator.getByLabel('Perusteen 1 paino').fill('0');
	await coordinator.getByLabel(CLASS).check();
	await coordinator.getByLabel('Järjestön säännöt').check();
	await coordinator.getByLabel('Erän 1 maksupäivä').fill(`${nextYear}-02-01`);
	await coordinator.getByLabel('Erän 1 osuus (%)').fill('100');
	await coordinator.getByRole('button', { name: 'Tallenna luonnos' }).click();
	await expect(coordinator.getByText('Anna paino kokonaislukuna 1–100.')).toBeVisible();
	await expect(coordinator.getByLabel('Haun nimi')).toHaveValue(TITLE);
	await expectAccessible(coordinator);
	await coordinator.getByLabel('Perusteen 1 paino').fill('70');
	await coordinator.getByRole('button', { name: 'Tallenna luonnos' }).click();
	await expect(coordinator).toHaveURL(/\/grants\/calls\/\d+\/edit/);
	await expect(coordinator.getByText('Haku on tallennettu luonnokseksi.')).toBeVisible();
	await expectAccessible(coordinator);

	// A draft is not the NGO's to see.
	await ngo.goto('/grants');
	await expect(ngo.getByRole('link', { name: TITLE })).toHaveCount(0);

	await coordinator.getByRole('button', { name: 'Julkaise haku' }).click();
	await expect(coordinator.getByText('Haku on julkaistu')).toBeVisible();
	await expect(coordinator.getByRole('button', { name: 'Muuta päättymisaikaa' })).toBeVisible();
	await expectAccessible(coordinator);

	// The NGO representative finds it open, with the way to apply.
	await ngo.goto('/grants');
	await expect(ngo.getByRole('heading', { name: 'Näin haet avustusta' })).toBeVisible();
	const card = ngo.getByRole('listitem').filter({ hasText: TITLE });
	await expect(card).toContainText('Auki');
	await expect(card).toContainText(/150\s000\s€/);
	await expect(card.getByRole('button', { name: `Hae avustusta: ${TITLE}` })).toBeVisible();
	await expectAccessible(ngo);
	await card.getByRole('link', { name: TITLE }).click();
	await expect(ngo.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expect(ngo.getByRole('row', { name: new RegExp(CLASS) })).toContainText(
		'Kunnat: harrastustoiminta'
	);
	await expect(ngo.getByText(`Ensimmäinen maksuerä maksetaan 1.2.${nextYear}.`)).toBeVisible();
	await expectAccessible(ngo);
	await inSwedish(ngo, async () => {
		await expectAccessible(ngo);
		await ngo.goto('/grants');
		await expect(ngo.getByRole('listitem').filter({ hasText: TITLE })).toContainText('Öppen');
		await expectAccessible(ngo);
	});

	// The call's application period is on the annual calendar.
	await ngo.goto('/calendar');
	await expect(ngo.getByRole('link', { name: TITLE }).first()).toBeVisible();
});
