import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

function minutes(page: Page) {
	return page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Muistio' }) });
}

test('every field of the live minutes is named with its item number', async ({ page, loginAs }) => {
	await loginAs('coordinator');
	await page.getByRole('link', { name: /on käynnissä/ }).first().click();
	const items = minutes(page).locator('li.item');
	await expect(items.first().getByRole('textbox').first()).toBeVisible();
	const count = await items.count();
	expect(count).toBeGreaterThan(3);

	// A screen reader's list of fields tells the items apart: one "Kohta 3, käsittely", not eight "Käsittely".
	for (const name of ['Kohta 3, käsittelyehdotus', 'Kohta 3, käsittely', 'Kohta 3, päätös', 'Kohta 3, otsikko', 'Kohta 3, esittelijä']) {
		await expect(page.getByRole('textbox', { name, exact: true })).toHaveCount(1);
	}
	await expect(page.getByRole('checkbox', { name: 'Kohta 3, julkinen kohta', exact: true })).toHaveCount(1);
	await expect(page.getByRole('textbox', { name: 'Käsittely', exact: true })).toHaveCount(0);
	await expect(page.getByRole('textbox', { name: /^Kohta \d+, käsittely$/ })).toHaveCount(count);
	// The visible label stays as it was, and a click on it still reaches the field.
	await items.nth(2).getByText('Otsikko', { exact: true }).click();
	await expect(page.getByRole('textbox', { name: 'Kohta 3, otsikko', exact: true })).toBeFocused();
	await expectAccessible(page);
});
