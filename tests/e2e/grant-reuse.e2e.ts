/**
 * Issue 19, less paperwork: the demo NGO copies last year's application into
 * the open small-grants call, attaches the statutes of its profile and the
 * financial statements and plan its project application delivered this year
 * without uploading them again, and submits; the handler reads the same
 * file, another NGO gets 404 for it. The NGO replaces its statutes in its
 * profile (a file of the wrong type is refused). On a server of its own with
 * the demo data.
 */
import Database from 'better-sqlite3';
import type { Browser } from '@playwright/test';
import { DEMO, expect, expectAccessibleBothLanguages, signedInAt, test } from './fixtures';
import { sidePort, startServer, type StartedServer } from './server';

const PORT = sidePort(38);
test.use({ baseURL: `http://localhost:${PORT}` });

const OTHER_NGO = 'ulrika.lindqvist@gemenskap.example';
const LAST_YEARS_TITLE = 'Mielenterveyskuntoutujien vertaistuki ja kriisipuhelin';
const PDF = Buffer.from(
	'%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% uudet säännöt\n%%EOF\n'
);

let server: StartedServer;
let smallGrants: string;
let profile: string;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startServer(PORT, { demo: true });
	const db = new Database(server.databasePath, { readonly: true });
	try {
		const call = db
			.prepare("select id from grant_call where title like 'Pienavustukset %'")
			.get() as { id: number };
		smallGrants = `/grants/calls/${call.id}`;
		const ngo = db
			.prepare('select organisation_id as id from user where email = ?')
			.get(DEMO.ngo) as { id: number };
		profile = `/organisations/${ngo.id}/profile`;
	} finally {
		db.close();
	}
});

test.afterAll(() => server?.stop());

// Three people signed in, pages checked in two languages and on a phone.
test.describe.configure({ timeout: 120_000 });

const signedIn = (browser: Browser, email: string) => signedInAt(browser, server.origin, email);

test('the NGO copies last year’s application, reuses what it delivered and submits; another NGO gets 404', async ({
	browser
}) => {
	const ngo = await signedIn(browser, DEMO.ngo);
	await ngo.goto(smallGrants);
	await expect(ngo.getByRole('heading', { name: 'Aloita aiemmasta hakemuksesta' })).toBeVisible();
	await expect(ngo.getByLabel('Hakemus, josta kopioidaan')).toHaveValue(/\d+/);
	await expectAccessibleBothLanguages(ngo);
	await ngo.getByRole('button', { name: 'Kopioi viime vuoden hakemus pohjaksi' }).click();

	await expect(ngo).toHaveURL(/\/grants\/applications\/\d+$/);
	const applicationPath = new URL(ngo.url()).pathname;
	await expect(
		ngo.getByText(`Tämä luonnos on kopioitu hakemuksesta ”${LAST_YEARS_TITLE}”`)
	).toBeVisible();
	await expect(ngo.getByLabel('Hakemuksen nimi')).toHaveValue(LAST_YEARS_TITLE);
	await expect(ngo.getByLabel('Haettava summa (€)')).toHaveValue('');
	await expect(ngo.getByRole('heading', { name: 'Jo toimitetut liitteet' })).toBeVisible();
	await expectAccessibleBothLanguages(ngo);

	// The statutes from the profile, the rest from the project application sent this year.
	await ngo
		.getByRole('button', {
			name: 'Käytä jo toimitettua: Säännöt.pdf (toimitettu organisaation tiedoissa)'
		})
		.click();
	await expect(ngo.getByText('Jo toimitettu liite liitettiin hakemukseen.')).toBeVisible();
	for (const filename of ['Tilinpäätös.pdf', 'Toimintasuunnitelma.pdf']) {
		await ngo
			.getByRole('button', {
				name: `Käytä jo toimitettua: ${filename} (toimitettu hakemuksen ”Kriisipuhelimen chat nuorille” mukana)`
			})
			.click();
		await expect(ngo.getByRole('link', { name: filename })).toBeVisible();
	}
	await expect(ngo.getByRole('heading', { name: 'Jo toimitetut liitteet' })).toHaveCount(0);
	await expect(ngo.getByText('(toimitettu organisaation tiedoissa)')).toBeVisible();

	await ngo.getByLabel('Haettava summa (€)').fill('8 000');
	await ngo.getByLabel('Vakuutan, että hakemuksen tiedot ovat oikein').check();
	await ngo.getByRole('button', { name: 'Lähetä hakemus' }).click();
	await expect(ngo.getByText('Hakemus on lähetetty.')).toBeVisible();
	await expect(ngo.locator('.badge.status')).toHaveText('Lähetetty');

	// One application per organisation and call: nothing more to copy here.
	await ngo.goto(smallGrants);
	await expect(
		ngo.getByRole('button', { name: 'Kopioi viime vuoden hakemus pohjaksi' })
	).toHaveCount(0);

	// The handler reads the very file the profile keeps.
	await ngo.goto(applicationPath);
	const statutesLink = ngo.getByRole('link', { name: 'Säännöt.pdf' });
	const filePath = (await statutesLink.getAttribute('href'))!;
	const kept = Buffer.from(await (await ngo.request.get(`${profile}/statutes`)).body());
	const coordinator = await signedIn(browser, DEMO.coordinator);
	const handled = await coordinator.request.get(filePath);
	expect(handled.status()).toBe(200);
	expect(Buffer.from(await handled.body())).toEqual(kept);

	// Another NGO: neither the application's file nor the profile's statutes exist for it.
	const other = await signedIn(browser, OTHER_NGO);
	expect((await other.request.get(filePath)).status()).toBe(404);
	expect((await other.request.get(`${profile}/statutes`)).status()).toBe(404);
	for (const page of [ngo, coordinator, other]) await page.context().close();
});

test('the NGO replaces its statutes in its profile; a file of the wrong type is refused', async ({
	browser
}) => {
	const ngo = await signedIn(browser, DEMO.ngo);
	await ngo.goto(profile);
	await expect(ngo.getByRole('heading', { name: 'Säännöt', level: 2 })).toBeVisible();
	await expect(ngo.getByRole('link', { name: 'Säännöt.pdf' })).toBeVisible();

	const file = ngo.getByLabel('Sääntötiedosto');
	await file.setInputFiles({
		name: 'saannot.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('x')
	});
	await ngo.getByRole('button', { name: 'Korvaa säännöt uusilla' }).click();
	// Named beside the file field, as the field's own problem.
	await expect(ngo.locator('#statutes-file-error')).toContainText(
		'Tätä tiedostotyyppiä ei voi lisätä.'
	);
	await expect(ngo.getByRole('link', { name: 'Säännöt.pdf' })).toBeVisible();

	await file.setInputFiles({ name: 'säännöt-2026.pdf', mimeType: 'application/pdf', buffer: PDF });
	await ngo.getByRole('button', { name: 'Korvaa säännöt uusilla' }).click();
	await expect(ngo.getByText('Säännöt tallennettiin.')).toBeVisible();
	const link = ngo.getByRole('link', { name: 'säännöt-2026.pdf' });
	await expect(link).toBeVisible();
	await expect(ngo.getByText(/Tallennettu .*, tallensi/)).toBeVisible();
	const download = await ngo.request.get((await link.getAttribute('href'))!);
	expect(Buffer.from(await download.body())).toEqual(PDF);
	await ngo.context().close();
});
