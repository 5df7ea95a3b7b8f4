import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

/** WCAG 1.4.10: content reflows into 320 CSS px. */
const WIDTH = 320;
test.use({ viewport: { width: WIDTH, height: 640 }, hasTouch: true });

async function expectNoSidewaysScroll(page: Page): Promise<void> {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** Every title is shown whole: nothing cut off by its box, nothing past the screen's edge. */
async function expectReadWhole(titles: Locator): Promise<void> {
	expect(await titles.count()).toBeGreaterThan(0);
	for (const title of await titles.all()) {
		await expect(title).toBeVisible();
		const fits = await title.evaluate((element) => {
			const box = element.getBoundingClientRect();
			return {
				text: element.textContent?.trim(),
				clipped: element.scrollWidth > element.clientWidth,
				outside: box.left < 0 || box.right > document.documentElement.clientWidth
			};
		});
		expect(fits, `"${fits.text}" is not shown whole`).toMatchObject({
			clipped: false,
			outside: false
		});
	}
}

test('on a 320 px phone the coordinator reads every event whole, taps a wheel mark and sees its preview', async ({
	page,
	loginAs
}) => {
	await loginAs('coordinator');
	await page.goto('/calendar');
	await expectNoSidewaysScroll(page);

	// The year's list is a card per event: every title reads whole.
	const list = page.getByRole('region', { name: 'Vuoden tapahtumat kuukausittain' });
	await expect(list.getByRole('table')).toHaveCount(0);
	await expectReadWhole(list.locator('.calendar-card__title'));

	// A tap on a mark of the wheel chooses it and shows what it is, with a link to it.
	const wheel = page.getByRole('listbox', { name: /^Vuosikello \d+/ });
	await expect(wheel).toBeVisible();
	const wheelBox = await wheel.boundingBox();
	expect(wheelBox && wheelBox.x + wheelBox.width).toBeLessThanOrEqual(WIDTH);
	const marks = wheel.getByRole('option');
	// Each mark has a finger-sized target, never under the 24 px WCAG 2.5.8 asks.
	for (const box of await marks.evaluateAll((options) =>
		options.map((option) => option.getBoundingClientRect())
	))
		expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
	const mark = marks.nth(2);
	await mark.tap();
	await expect(mark).toHaveAttribute('aria-selected', 'true');
	const preview = page.getByRole('region', { name: 'Valittu merkki' });
	const link = preview.getByRole('link').first();
	await expect(link).toBeVisible();
	await expectReadWhole(preview.getByRole('link'));
	await expectAccessible(page);
	await link.click();
	await expect(page).not.toHaveURL(/\/calendar$/);

	// The month is a list of its days: every title reads whole.
	await page.goto('/calendar/month');
	await expectNoSidewaysScroll(page);
	await expect(page.getByRole('table')).toHaveCount(0);
	await expectReadWhole(page.locator('main .month__entry a:visible'));
	await expectAccessible(page);
});

test('on a 320 px phone the measures read as cards, status and due date in view', async ({
	page,
	loginAs
}) => {
	await loginAs('coordinator');
	await page.goto('/measures');
	await expectNoSidewaysScroll(page);
	const cards = page.locator('.measure-card');
	expect(await cards.count()).toBeGreaterThan(0);
	await expectReadWhole(cards.locator('.measure-card__title a'));
	for (const card of await cards.all()) {
		await expect(card.getByRole('definition').first()).toBeVisible();
		await expect(card.getByRole('term').filter({ hasText: 'Tila' })).toBeVisible();
		await expect(card.getByRole('term').filter({ hasText: 'Määräpäivä' })).toBeVisible();
	}
	await expectAccessible(page);
});

test('on a 320 px phone a wide table scrolls in its own named, focusable region', async ({
	page,
	loginAs
}) => {
	await loginAs('coordinator');
	await page.goto('/indicators');
	await page.getByRole('link', { name: 'Yksinäisyyttä kokevat 75 vuotta täyttäneet, %' }).click();
	await expectNoSidewaysScroll(page);
	const region = page.getByRole('region', { name: 'Arvot organisaatioittain ja vuosittain (%)' });
	await expect(region).toHaveAttribute('tabindex', '0');
	await region.focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
	// The row headers stay in view while the years scroll.
	const rowHeader = region.getByRole('rowheader').first();
	const box = await rowHeader.boundingBox();
	const regionBox = await region.boundingBox();
	expect(box!.x).toBeGreaterThanOrEqual(regionBox!.x);
	await expectAccessible(page);
});
