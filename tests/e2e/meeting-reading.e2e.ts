import type { Page } from '@playwright/test';
import { expect, expectAccessible, openMinutesItem, test } from './fixtures';

// A phone at WCAG's reflow width.
test.use({ viewport: { width: 320, height: 640 } });

const section = (page: Page, name: 'Esityslista' | 'Muistio') =>
	page.getByRole('region', { name, exact: true });

async function expectNoSidewaysScroll(page: Page) {
	const { scrollWidth, clientWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth
	}));
	expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** A reader's document: headings and text, and nothing of an editor. */
async function expectReadAsDocument(page: Page, document: ReturnType<typeof section>) {
	// The live document has arrived: the items are headings (the outline without JavaScript has none).
	await expect(document.getByRole('heading', { level: 3, name: /^1\. / })).toBeVisible();
	expect(await document.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(3);
	await expect(document.getByRole('textbox')).toHaveCount(0);
	await expect(document.locator('input, textarea, [contenteditable]')).toHaveCount(0);
	await expect(document.getByRole('toolbar')).toHaveCount(0);
	await expect(document.locator('.card')).toHaveCount(0);
	// No saved state and no presence: those are an editor's.
	await expect(page.getByText('Tallennettu', { exact: true })).toHaveCount(0);
	await expect(page.getByText(/^Paikalla nyt/)).toHaveCount(0);
}

test('the NGO member reads a meeting agenda on a phone as a document', async ({
	page,
	loginAs
}) => {
	await loginAs('ngo');
	await page.locator('.meeting-list').getByRole('link', { name: 'HYTE-foorumi 1/2027' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('HYTE-foorumi 1/2027');

	const agenda = section(page, 'Esityslista');
	await expectReadAsDocument(page, agenda);
	await expect(agenda.getByRole('heading', { level: 3, name: /^1\. / })).toHaveText(
		'1. Kokouksen avaus ja läsnäolijoiden toteaminen'
	);
	// Each item's proposal under its own heading, as text.
	const first = agenda.getByRole('listitem').first();
	await expect(first.getByRole('heading', { level: 4, name: 'Käsittelyehdotus' })).toBeVisible();
	await expect(first.getByRole('paragraph').first()).not.toBeEmpty();
	await expect(page.getByRole('button', { name: 'Lisää kohta' })).toHaveCount(0);
	await expectNoSidewaysScroll(page);
	await expectAccessible(page);
});

test('the NGO member follows a running meeting minutes as a document', async ({
	page,
	loginAs
}) => {
	await loginAs('ngo');
	await page.locator('.meeting-list li', { hasText: 'Käynnissä' }).getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('HYTE-foorumi');

	const minutes = section(page, 'Muistio');
	await expectReadAsDocument(page, minutes);
	// Nothing folds for a reader: every item reads whole, the navigator's links lead to them.
	await expect(page.getByRole('button', { name: /^Avaa kohta / })).toHaveCount(0);
	await expect(
		minutes.getByRole('paragraph').filter({ hasText: 'Hyväksyttiin esityksen mukaisesti.' }).first()
	).toBeVisible();
	// The strip of items scrolls sideways on a phone: it takes focus and has a name.
	const items = page.getByRole('list', { name: 'Asiat', exact: true });
	await items.focus();
	await expect(items).toBeFocused();
	await expectNoSidewaysScroll(page);
	await expectAccessible(page);
});

test('the secretary on a phone meets every field named by its item', async ({ page, loginAs }) => {
	await loginAs('coordinator');
	await page
		.getByRole('link', { name: /on käynnissä/ })
		.first()
		.click();
	await openMinutesItem(page, 1);

	const minutes = section(page, 'Muistio');
	for (const name of [
		'Kohta 1: Käsittelyehdotus',
		'Kohta 1: Käsittely',
		'Kohta 1: Päätös',
		'Kohta 1: Otsikko',
		'Kohta 1: Esittelijä'
	])
		await expect(minutes.getByRole('textbox', { name, exact: true })).toBeVisible();
	await expect(
		minutes.getByRole('toolbar', { name: 'Kohta 1: Käsittely, muotoilu', exact: true })
	).toBeVisible();
	// The items the meeting is not at fold to two lines of each text, cut with an ellipsis.
	await expect(
		minutes
			.locator('li.item--folded')
			.first()
			.getByText(/^Käsittelyehdotus: /)
	).toHaveCSS('text-overflow', 'ellipsis');
	// The editor has its saved state and the people in the document.
	await expect(page.getByText('Tallennettu', { exact: true })).toBeVisible();
	await expectNoSidewaysScroll(page);
	await expectAccessible(page);
});
