import type { Page } from '@playwright/test';
import { DEMO, expect, expectAccessible, logIn, test } from './fixtures';

/** Each language in turn, back to Finnish at the end: the choice is remembered per person, and other tests read Finnish. */
async function inEachLanguage(page: Page, check: (language: 'sv' | 'en') => Promise<void>) {
	for (const [button, language] of [
		['svenska', 'sv'],
		['English', 'en']
	] as const) {
		await page.getByRole('button', { name: button }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', language);
		await check(language);
	}
	await page.getByRole('button', { name: 'suomi' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

test('the meeting pages and the measures read without axe violations in Swedish and English', async ({
	browser
}) => {
	const context = await browser.newContext({ locale: 'fi-FI' });
	const director = await context.newPage();
	await logIn(director, DEMO.director);
	const meetings: { id: number; level: string; status: string }[] = await (
		await director.request.get('/api/meetings')
	).json();
	const upcoming = meetings.find((m) => m.level === 'strategic' && m.status === 'planned')!;
	await inEachLanguage(director, async (language) => {
		// What the negotiation asks of Liperi, at the top of the meeting page.
		await director.goto(`/meetings/${upcoming.id}`);
		await expect(
			director.getByRole('heading', {
				level: 2,
				name: language === 'sv' ? 'Er organisation ombeds' : 'Your organisation is asked'
			})
		).toBeVisible();
		await expectAccessible(director);
		await director.goto('/measures');
		await expectAccessible(director);
	});
	await context.close();
});

test('the running meeting reads without axe violations in Swedish and English', async ({
	page,
	loginAs
}) => {
	await loginAs('coordinator');
	await page
		.getByRole('link', { name: /on käynnissä/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/meetings\/\d+$/);
	await inEachLanguage(page, async (language) => {
		await expect(
			page.getByRole('navigation', { name: language === 'sv' ? 'Ärenden' : 'Items' })
		).toBeVisible();
		await expect(page.locator('li.item').first()).toBeVisible();
		await expectAccessible(page);
	});
});
