import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

function minutes(page: Page) {
	return page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Muistio' }) });
}

test('every field of the live minutes is named with its item number', async ({ page, loginAs }) => {
	await loginAs('coordinator');
	await page
		.getByRole('link', { name: /on käynnissä/ })
		.first()
		.click();
	// The meeting is at an earlier item, so item 3 is folded until the item navigator's link opens it.
	await page
		.getByRole('navigation', { name: 'Asiat' })
		.getByRole('link', { name: /^3\. / })
		.click();
	const items = minutes(page).locator('li.item');
	await expect(
		page.getByRole('textbox', { name: 'Kohta 3: Käsittely', exact: true })
	).toBeVisible();
	expect(await items.count()).toBeGreaterThan(3);
	const open = await minutes(page).locator('li.item:not(.item--folded)').count();

	// A screen reader's list of fields tells the items apart: one "Kohta 3: Käsittely", not eight "Käsittely".
	for (const name of [
		'Kohta 3: Käsittelyehdotus',
		'Kohta 3: Käsittely',
		'Kohta 3: Päätös',
		'Kohta 3: Otsikko',
		'Kohta 3: Esittelijä'
	]) {
		await expect(page.getByRole('textbox', { name, exact: true })).toHaveCount(1);
	}
	await expect(
		page.getByRole('checkbox', { name: 'Kohta 3: Julkinen kohta', exact: true })
	).toHaveCount(1);
	await expect(page.getByRole('textbox', { name: 'Käsittely', exact: true })).toHaveCount(0);
	// Only the open items have editors; the folded ones show their first lines.
	await expect(page.getByRole('textbox', { name: /^Kohta \d+: Käsittely$/ })).toHaveCount(open);
	// The visible label stays as it was, and a click on it still reaches the field.
	await items.nth(2).getByText('Otsikko', { exact: true }).click();
	await expect(page.getByRole('textbox', { name: 'Kohta 3: Otsikko', exact: true })).toBeFocused();
	await expectAccessible(page);
});

test('a reader of the live minutes gets text, not fields', async ({ page, loginAs }) => {
	await loginAs('ngo');
	// The HYTE forum meets right now in the demo, and its NGO member may read but not write its minutes.
	await page.locator('.meeting-list li', { hasText: 'Käynnissä' }).getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('HYTE-foorumi');

	// The first items are minuted in the demo: their texts read as headings and paragraphs.
	const first = minutes(page).locator('li.item').first();
	await expect(first.getByRole('heading', { level: 4, name: 'Päätös' })).toBeVisible();
	await expect(
		first.getByRole('paragraph').filter({ hasText: 'Hyväksyttiin esityksen mukaisesti.' })
	).toBeVisible();
	await expect(minutes(page).getByRole('textbox')).toHaveCount(0);
	await expect(minutes(page).locator('input, textarea, [contenteditable]')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Aloita kokous' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Lisää kohta' })).toHaveCount(0);
	await expectAccessible(page);
});
