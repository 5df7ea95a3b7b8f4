/**
 * Issue 19, less paperwork: two people of the demo NGO write their draft
 * application's description and target groups together, live. Each sees the
 * other here, the other's text as it is typed and who changed each text last;
 * the page's history names them both. Without JavaScript the texts are
 * textareas holding what the live document holds, and a text sent from one
 * reaches the others. On a server of its own with the demo data.
 */
import Database from 'better-sqlite3';
import type { Browser, Page } from '@playwright/test';
import { DEMO, expect, expectAccessible, logIn, test } from './fixtures';
import { sidePort, startServer, type StartedServer } from './server';

const PORT = sidePort(41);
test.use({ baseURL: `http://localhost:${PORT}` });
const COLLEAGUE = 'eveliina.karki@mielenvirea.example';

let server: StartedServer;
let draftPath: string;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startServer(PORT, { demo: true });
	const db = new Database(server.databasePath, { readonly: true });
	try {
		const draft = db
			.prepare(
				`select a.id from grant_application a join organisation o on o.id = a.organisation_id
				 where o.name = 'Mielenvireä Karjala ry' and a.status = 'draft' order by a.id desc`
			)
			.get() as { id: number };
		draftPath = `/grants/applications/${draft.id}`;
	} finally {
		db.close();
	}
});

test.afterAll(() => server?.stop());

test.describe.configure({ timeout: 120_000 });

async function signedIn(browser: Browser, email: string, javaScriptEnabled = true): Promise<Page> {
	const context = await browser.newContext({
		baseURL: server.origin,
		locale: 'fi-FI',
		javaScriptEnabled
	});
	const page = await context.newPage();
	await logIn(page, email);
	return page;
}

const editor = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** Types at the end of a live text. */
async function typeAtEnd(page: Page, name: string, text: string): Promise<void> {
	await editor(page, name).click();
	await page.keyboard.press('Control+End');
	await page.keyboard.type(text);
}

test('two people of the NGO write the draft’s texts together and see who changed what', async ({
	browser
}) => {
	const leena = await signedIn(browser, DEMO.ngo);
	const eveliina = await signedIn(browser, COLLEAGUE);
	for (const page of [leena, eveliina]) {
		await page.goto(draftPath);
		await expect(page.getByText('Tallennettu', { exact: true })).toBeVisible();
	}
	// Each sees the other here.
	await expect(leena.locator('.presence')).toContainText('Eveliina Kärki');
	await expect(eveliina.locator('.presence')).toContainText('Leena Ahonen');
	// The demo's draft: the colleague changed both texts last.
	await expect(leena.getByText(/Muokannut viimeksi Eveliina Kärki/)).toHaveCount(2);
	await expectAccessible(leena);

	await typeAtEnd(leena, 'Toiminnan kuvaus', ' Leena lisäsi tämän.');
	await expect(editor(eveliina, 'Toiminnan kuvaus')).toContainText('Leena lisäsi tämän.');
	const activityOnEveliinas = eveliina.locator('.field', {
		has: editor(eveliina, 'Toiminnan kuvaus')
	});
	await expect(activityOnEveliinas).toContainText('Muokannut viimeksi Leena Ahonen');

	await typeAtEnd(eveliina, 'Kohderyhmät', ' ja omaiset');
	await expect(editor(leena, 'Kohderyhmät')).toContainText('vertaisohjaajat ja omaiset');
	const groupsOnLeenas = leena.locator('.field', { has: editor(leena, 'Kohderyhmät') });
	await expect(groupsOnLeenas).toContainText('Muokannut viimeksi Eveliina Kärki');
	await expect(leena.getByText('Tallennettu', { exact: true })).toBeVisible();
	await expect(eveliina.getByText('Tallennettu', { exact: true })).toBeVisible();

	// The server put the changes down as each one's: after a reload, beside the texts and in the history.
	await leena.reload();
	const activity = leena.locator('.field', { has: editor(leena, 'Toiminnan kuvaus') });
	await expect(activity).toContainText('Muokannut viimeksi Leena Ahonen');
	const history = leena.getByRole('region', { name: 'Tekstien muutokset' });
	await expect(history).toContainText('Leena Ahonen muokkasi kohtaa Toiminnan kuvaus');
	await expect(history).toContainText('Eveliina Kärki muokkasi kohtaa Kohderyhmät');
	await expectAccessible(leena);

	// Without JavaScript: textareas with the live text; a text sent from one reaches the live editors.
	const plain = await signedIn(browser, DEMO.ngo, false);
	await plain.goto(draftPath);
	await expect(plain.getByLabel('Toiminnan kuvaus')).toHaveValue(/Leena lisäsi tämän\.$/);
	await expect(plain.getByLabel('Kohderyhmät')).toHaveValue(/vertaisohjaajat ja omaiset$/);
	await plain.getByLabel('Kohderyhmät').fill('Mielenterveyskuntoutujat ja läheiset');
	await plain.getByRole('button', { name: 'Tallenna luonnos' }).click();
	await expect(editor(eveliina, 'Kohderyhmät')).toHaveText('Mielenterveyskuntoutujat ja läheiset');
	await expect(plain.getByLabel('Kohderyhmät')).toHaveValue('Mielenterveyskuntoutujat ja läheiset');

	for (const page of [leena, eveliina, plain]) await page.context().close();
});
