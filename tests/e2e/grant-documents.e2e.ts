/**
 * Issue 19, the recipient's documents, on a demo server of its own: a
 * Swedish-speaking association reads its decision letter in Swedish, with the
 * appeal instructions pinned to the call when it was published (not the later
 * edit); the call links the pinned versions; a request for completion opens
 * only the asked part, the NGO completes it, and the handler asks again.
 */
import type { Browser, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { extractText, getDocumentProxy } from 'unpdf';
import { DEMO, expect, expectAccessible, signedInAt, test } from './fixtures';
import { sidePort, startServer, type StartedServer } from './server';

const PORT = sidePort(37);
test.use({ baseURL: `http://localhost:${PORT}` });

const SWEDISH_NGO = 'ulrika.lindqvist@gemenskap.example';

let server: StartedServer;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startServer(PORT, { demo: true });
});

test.afterAll(() => server?.stop());

/** One id from the server's database (WAL lets the server go on meanwhile). */
function idOf(sql: string, ...params: unknown[]): number {
	const db = new Database(server.databasePath, { fileMustExist: true, readonly: true });
	try {
		return (db.prepare(sql).get(...params) as { id: number }).id;
	} finally {
		db.close();
	}
}

const signedIn = (browser: Browser, email: string) => signedInAt(browser, server.origin, email);

/** The page in Swedish, checked with axe, then back in Finnish: the choice is remembered per person. */
async function accessibleInSwedish(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'svenska' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'suomi' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

test('a Swedish-speaking association gets its letter in Swedish with the appeal instructions in force when the call was published', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const applicationId = idOf(
		"select a.id from grant_application a join organisation o on o.id = a.organisation_id where o.name = 'Föreningen Gemenskap rf'"
	);
	const ngo = await signedIn(browser, SWEDISH_NGO);
	const letter = await ngo.request.get(`/grants/applications/${applicationId}/decision.pdf`);
	expect(letter.headers()['content-type']).toBe('application/pdf');
	expect(decodeURIComponent(letter.headers()['content-disposition'] ?? '')).toContain(
		'Beslut om understöd'
	);
	const text = (
		await extractText(await getDocumentProxy(new Uint8Array(await letter.body())), {
			mergePages: true
		})
	).text.replace(/\s+/g, ' ');
	expect(text).toContain('BESLUT');
	expect(text).toContain('Beviljat understöd: 9 000');
	expect(text).toContain('Anvisning om begäran om omprövning');
	expect(text).toMatch(/Anvisningens version 1, gäller från 1\.1\.\d{4}\./);
	expect(text).toContain('allmänna villkor för understöd till organisationer (version 1');
	// The instructions were edited after the call was published: the letter keeps the pinned version.
	expect(text).not.toContain('Registratorskontorets e-postadress');
	expect(text).not.toContain('Oikaisuvaatimusohje');

	// The call links the versions it was published under.
	const callId = idOf('select call_id as id from grant_application where id = ?', applicationId);
	await ngo.goto(`/grants/calls/${callId}`);
	await ngo.getByRole('link', { name: 'Oikaisuvaatimusohje' }).click();
	await expect(ngo.getByRole('heading', { level: 1, name: 'Oikaisuvaatimusohje' })).toBeVisible();
	await expect(ngo.getByText(/Versio 1, voimassa 1\.1\.\d{4} alkaen/)).toBeVisible();
	await expectAccessible(ngo);
	await accessibleInSwedish(ngo);
	await ngo.context().close();

	// Those who manage grants see the versions and add one on the settings page.
	const coordinator = await signedIn(browser, DEMO.coordinator);
	await coordinator.goto('/grants/settings');
	const terms = coordinator.getByRole('article', { name: 'Yleiset ehdot' });
	await terms.getByText('Uusi versio', { exact: true }).click();
	await terms.getByLabel('Teksti suomeksi').fill('Avustus käytetään päätöksen mukaisesti.');
	await terms.getByLabel('Teksti ruotsiksi').fill('Understödet används enligt beslutet.');
	await terms.getByRole('button', { name: 'Tallenna uusi versio' }).click();
	await expect(terms.getByText('Uusi versio on tallennettu.')).toBeVisible();
	await expect(terms.getByRole('link', { name: /Versio 2, voimassa/ })).toBeVisible();
	await expectAccessible(coordinator);
	await accessibleInSwedish(coordinator);
	await coordinator.context().close();
});

test('a request for completion opens only the asked part until the NGO completes it', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const applicationId = idOf(
		'select application_id as id from grant_completion_request where completed_at is null'
	);
	const path = `/grants/applications/${applicationId}`;

	// The demo's handler asked for the budget: the NGO sees the request and completes only that.
	const ngo = await signedIn(browser, DEMO.ngo);
	await ngo.goto(path);
	await expect(ngo.getByText(/Käsittelijä pyytää täydentämään hakemusta/)).toBeVisible();
	await ngo.getByRole('link', { name: 'Täydennä hakemusta' }).click();
	await expect(
		ngo.getByRole('heading', { level: 1, name: 'Hakemuksen täydentäminen' })
	).toBeVisible();
	await expect(ngo.getByLabel('Toiminnan kuvaus')).toHaveCount(0);
	await expectAccessible(ngo);
	await accessibleInSwedish(ngo);
	await ngo.getByLabel('Haettava summa (€)').fill('16 000');
	await ngo.getByLabel('Kulu 1: selite').fill('Päivystäjien palkkiot');
	await ngo.getByRole('button', { name: 'Lähetä täydennetty hakemus' }).click();
	await expect(ngo).toHaveURL(new RegExp(`${path}$`));
	await expect(ngo.getByText(/Hakija täydensi hakemuksen/)).toBeVisible();
	// Answered: the completion page is closed again.
	expect((await ngo.request.get(`${path}/completion`, { maxRedirects: 0 })).status()).toBe(403);

	// The handler asks again, for the description this time, and the NGO is offered it.
	const coordinator = await signedIn(browser, DEMO.coordinator);
	await coordinator.goto(path);
	await expect(coordinator.getByText(/Hakija täydensi hakemuksen/)).toBeVisible();
	const form = coordinator.getByRole('region', { name: 'Täydennyspyyntö' });
	await form.getByLabel('toiminnan kuvaus').check();
	await form
		.getByLabel('Mitä pitää täydentää ja miksi')
		.fill('Kertokaa, ketkä chat-päivystystä tekevät.');
	const due = new Date(Date.now() + 5 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
	await form.getByLabel(/Määräpäivä/).fill(due);
	await form.getByRole('button', { name: 'Lähetä täydennyspyyntö' }).click();
	await expect(coordinator.getByText('Täydennyspyyntö on lähetetty hakijalle.')).toBeVisible();
	await expect(coordinator.getByText(/Odottaa hakijan täydennystä/)).toBeVisible();
	await expectAccessible(coordinator);

	await ngo.goto(`${path}/completion`);
	await expect(ngo.getByLabel('Toiminnan kuvaus')).toBeVisible();
	await expect(ngo.getByLabel('Haettava summa (€)')).toHaveCount(0);
});
