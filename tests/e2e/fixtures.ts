import { expect, test as base, type Browser, type Page } from '@playwright/test';
import { axeViolations, pageProblems } from './page-check';

export const DEMO_PASSWORD = 'yhdyspinta-demo';

export const DEMO = {
	admin: 'admin@yhdyspinta.example',
	coordinator: 'koordinaattori@yhdyspinta.example',
	director: 'kunnanjohtaja@yhdyspinta.example',
	secretary: 'sihteeri@yhdyspinta.example',
	ngo: 'jarjesto@yhdyspinta.example'
} as const;

export type DemoRole = keyof typeof DEMO;

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('Sähköposti').fill(email);
	await page.getByLabel('Salasana').fill(password);
	await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
	await expect(page).not.toHaveURL(/\/login/);
	// The login page ships no JavaScript, so the page after it starts the app afresh: wait until it
	// has loaded, as a person would, so that what the test types is not typed before hydration.
	await page.waitForLoadState('networkidle');
}

/** Scans the current page with axe-core for WCAG 2.2 A and AA violations. */
export async function expectAccessible(page: Page): Promise<void> {
	expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * A person signed in, in a browser context of their own on the server at
 * `origin`: in Finnish and on Helsinki time, as the county's people are.
 */
export async function signedInAt(browser: Browser, origin: string, email: string): Promise<Page> {
	const context = await browser.newContext({
		baseURL: origin,
		locale: 'fi-FI',
		timezoneId: 'Europe/Helsinki'
	});
	const page = await context.newPage();
	await logIn(page, email);
	return page;
}

/**
 * Waits for an application's live texts: the page loads their editors after
 * hydration and they replace the plain textareas, so text typed before would
 * be lost. Who is here is shown once the editors are connected.
 */
export async function liveTextsReady(page: Page): Promise<void> {
	await expect(page.getByRole('list', { name: /Paikalla nyt/ })).toBeVisible();
}

/** The page in Swedish, checked with axe, then back in Finnish: the choice is remembered per person. */
export async function expectAccessibleInSwedish(page: Page): Promise<void> {
	await expectAccessibleIn(page, 'sv');
}

const LANGUAGE_BUTTON = { sv: 'svenska', en: 'English' } as const;

/** The page in Swedish or English, checked with axe, then back in Finnish. */
export async function expectAccessibleIn(page: Page, language: 'sv' | 'en'): Promise<void> {
	await page.getByRole('button', { name: LANGUAGE_BUTTON[language] }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', language);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'suomi' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

/** The page checked in Finnish and in Swedish, and at 320 px, then back in Finnish. */
export async function expectAccessibleBothLanguages(page: Page): Promise<void> {
	await expectAccessible(page);
	await expectAccessibleInSwedish(page);
	const size = page.viewportSize();
	await page.setViewportSize({ width: 320, height: 800 });
	expect(await pageProblems(page), `at 320 px: ${page.url()}`).toEqual([]);
	if (size) await page.setViewportSize(size);
}

/**
 * Opens an item of a running meeting's live minutes, which fold all but the
 * item the meeting is at; an item already open stays so.
 */
export async function openMinutesItem(page: Page, number: number): Promise<void> {
	await expect(page.locator('li.item h3', { hasText: new RegExp(`^${number}\\. `) })).toBeVisible();
	const open = page.getByRole('button', { name: `Avaa kohta ${number}`, exact: true });
	if ((await open.count()) > 0) await open.click();
	await expect(
		page.locator('li.item:not(.item--folded) h3', { hasText: new RegExp(`^${number}\\. `) })
	).toBeVisible();
}

/** A test that starts logged in as the given demo account. */
export const test = base.extend<{ loginAs: (role: DemoRole) => Promise<void> }>({
	loginAs: async ({ page }, use) => {
		await use((role) => logIn(page, DEMO[role]));
	}
});

export { expect };
