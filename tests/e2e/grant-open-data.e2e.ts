/**
 * Issue 19, open data: the public list is also a 360Giving package; the demo's
 * hidden grant (the villages' grant, hidden with its reason) is absent from
 * the page, the CSV and the JSON until its handler brings it back; the figures
 * say how euros per resident are shared among municipalities.
 */
import type { Browser, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { DEMO, expect, expectAccessible, logIn, test } from './fixtures';
import { sidePort, startServer, type StartedServer } from './server';

const PORT = sidePort(34);
test.use({ baseURL: `http://localhost:${PORT}` });

const HIDDEN = 'Kotona asuvien ikäihmisten kyläapu';
const SHOWN = 'Mielenterveyskuntoutujien vertaistuki ja kriisipuhelin';

let server: StartedServer;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	// Its own demo database: the test unhides and hides a grant.
	server = await startServer(PORT, { demo: true });
});

test.afterAll(() => server?.stop());

async function visitor(browser: Browser, locale: 'fi-FI' | 'sv-SE'): Promise<Page> {
	return (
		await browser.newContext({ baseURL: server.origin, locale, timezoneId: 'Europe/Helsinki' })
	).newPage();
}

interface Package {
	version: string;
	license: string;
	publisher: { name: string };
	grants: Record<string, unknown>[];
}

async function publicData(page: Page) {
	const csv = await (await page.request.get('/archive/grants.csv')).text();
	const response = await page.request.get('/archive/grants.json');
	expect(response.headers()['content-type']).toContain('application/json');
	return { csv, json: (await response.json()) as Package };
}

function hiddenApplicationId(): number {
	const db = new Database(server.databasePath, { readonly: true, fileMustExist: true });
	try {
		return (
			db.prepare('select id from grant_application where title = ?').get(HIDDEN) as { id: number }
		).id;
	} finally {
		db.close();
	}
}

test('the hidden grant is absent from the page, the CSV and the 360Giving JSON, which has the fields', async ({
	browser
}) => {
	const page = await visitor(browser, 'fi-FI');
	await page.goto('/archive/grants');
	await expect(page.getByRole('row', { name: new RegExp(SHOWN) })).toBeVisible();
	await expect(page.getByText(HIDDEN)).toHaveCount(0);
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Avoin data 360Giving-muodossa (JSON)' }).click();
	await expect(page).toHaveURL(/\/archive\/grants\.json$/);

	const { csv, json } = await publicData(page);
	expect(csv).toContain(SHOWN);
	expect(csv).not.toContain(HIDDEN);
	expect(json).toMatchObject({
		version: '1.4',
		license: 'https://creativecommons.org/licenses/by/4.0/',
		publisher: { name: 'Yhdyspinta' }
	});
	expect(JSON.stringify(json)).not.toContain(HIDDEN);
	const shown = json.grants.find((g) => g.title === SHOWN)!;
	for (const field of [
		'id',
		'title',
		'description',
		'currency',
		'amountAppliedFor',
		'amountAwarded',
		'amountDisbursed',
		'awardDate',
		'plannedDates',
		'recipientOrganization',
		'fundingOrganization',
		'grantProgramme',
		'beneficiaryLocation',
		'classifications',
		'dateModified'
	])
		expect(shown, field).toHaveProperty(field);
	expect(shown).toMatchObject({
		id: expect.stringMatching(/^360G-yhdyspinta-\d+$/),
		currency: 'EUR',
		amountAwarded: 42_000,
		beneficiaryLocation: [
			{ name: 'Joensuu', countryCode: 'FI' },
			{ name: 'Lieksa', countryCode: 'FI' },
			{ name: 'Kitee', countryCode: 'FI' }
		]
	});

	await page.goto('/archive/grants/figures');
	await expect(
		page.getByRole('heading', { name: 'Euroa asukasta kohden kunnittain' })
	).toBeVisible();
	await expect(page.getByText(/jaetaan niiden kesken asukaslukujen suhteessa/)).toBeVisible();
	await expect(page.getByRole('row', { name: /^Joensuu / })).toBeVisible();
	await expectAccessible(page);

	const swedish = await visitor(browser, 'sv-SE');
	for (const path of ['/archive/grants', '/archive/grants/figures']) {
		await swedish.goto(path);
		await expect(swedish.locator('html')).toHaveAttribute('lang', 'sv');
		await expectAccessible(swedish);
	}
	await expect(swedish.getByRole('heading', { name: 'Euro per invånare kommunvis' })).toBeVisible();
});

test('the handler sees why the grant is hidden, brings it back and hides it again with a reason', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const handler = await visitor(browser, 'fi-FI');
	await logIn(handler, DEMO.coordinator);
	await handler.goto(`/grants/applications/${hiddenApplicationId()}/grant`);
	const publicity = handler.getByRole('region', { name: 'Julkisuus' });
	await expect(publicity).toContainText('360G-yhdyspinta-');
	await expect(publicity).toContainText('Peruste: Henkilön suojaaminen');
	await expectAccessible(handler);

	await publicity.getByRole('button', { name: 'Palauta julkiseen listaan' }).click();
	await expect(handler.getByText('Avustus palautettiin julkiseen listaan.')).toBeVisible();
	const anyone = await visitor(browser, 'fi-FI');
	expect((await publicData(anyone)).csv).toContain(HIDDEN);

	// No reason, nothing hidden: the server's message stands by the field (as without the
	// browser's own check of a required field).
	const reason = publicity.getByLabel('Piilottamisen peruste');
	await reason.evaluate((field) => field.removeAttribute('required'));
	await publicity.getByRole('button', { name: 'Piilota julkisesta listasta' }).click();
	await expect(reason).toHaveAttribute('aria-invalid', 'true');
	expect((await publicData(anyone)).csv).toContain(HIDDEN);
	await expectAccessible(handler);

	await reason.fill('Henkilön suojaaminen');
	await publicity.getByRole('button', { name: 'Piilota julkisesta listasta' }).click();
	await expect(handler.getByText('Avustus piilotettiin julkisesta listasta.')).toBeVisible();
	const after = await publicData(anyone);
	expect(after.csv).not.toContain(HIDDEN);
	expect(JSON.stringify(after.json)).not.toContain(HIDDEN);

	await handler.getByRole('button', { name: 'svenska' }).click();
	await expect(handler.locator('html')).toHaveAttribute('lang', 'sv');
	await expect(handler.getByRole('region', { name: 'Offentlighet' })).toBeVisible();
	await expectAccessible(handler);
	await handler.getByRole('button', { name: 'suomi' }).click();
});
