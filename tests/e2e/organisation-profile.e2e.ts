/**
 * Issue 19, less paperwork: the NGO keeps its profile once (a bad IBAN is
 * refused and nothing saved), a changed register number asks the county to
 * check again and the draft cannot be sent meanwhile, the county's handler
 * verifies the NGO and its contact, and another NGO's profile is not found.
 * On a server of its own with the demo data.
 */
import Database from 'better-sqlite3';
import type { Browser } from '@playwright/test';
import {
	DEMO,
	expect,
	expectAccessible,
	expectAccessibleBothLanguages,
	signedInAt,
	test
} from './fixtures';
import { sidePort, startServer, type StartedServer } from './server';

const PORT = sidePort(35);
test.use({ baseURL: `http://localhost:${PORT}` });

let server: StartedServer;
let ownProfile: string;
let otherProfile: string;
let draftPath: string;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startServer(PORT, { demo: true });
	const db = new Database(server.databasePath, { readonly: true });
	try {
		const idOf = (name: string) =>
			(db.prepare('select id from organisation where name = ?').get(name) as { id: number }).id;
		const own = idOf('Mielenvireä Karjala ry');
		ownProfile = `/organisations/${own}/profile`;
		otherProfile = `/organisations/${idOf('Kuusirinteen Kisa-Nuoret ry')}/profile`;
		const draft = db
			.prepare(
				"select id from grant_application where organisation_id = ? and status = 'draft' order by id desc"
			)
			.get(own) as { id: number };
		draftPath = `/grants/applications/${draft.id}`;
	} finally {
		db.close();
	}
});

test.afterAll(() => server?.stop());

// Two people signed in, each page checked in two languages and on a phone: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const signedIn = (browser: Browser, email: string) => signedInAt(browser, server.origin, email);

test('the NGO keeps its profile: a bad IBAN is refused and nothing saved, a good one is', async ({
	browser
}) => {
	const ngo = await signedIn(browser, DEMO.ngo);
	await ngo.goto('/grants');
	await ngo.getByRole('link', { name: 'Yhdistyksen tiedot' }).click();
	await expect(ngo).toHaveURL(ownProfile);
	await expect(ngo.getByRole('heading', { name: 'Yhdistyksen tiedot', level: 1 })).toBeVisible();
	await expect(ngo.getByText(/Tarkistettu .*, tarkisti/)).toBeVisible();
	await expectAccessibleBothLanguages(ngo);

	const iban = ngo.getByLabel('Tilinumero (IBAN)');
	await expect(iban).toHaveValue('FI81 5799 0020 1843 12');
	await iban.fill('FI81 5799 0020 1843 13');
	await ngo.getByLabel('Puhelin').fill('013 555 0101');
	await ngo.getByRole('button', { name: 'Tallenna tiedot' }).click();
	await expect(ngo.getByText('Tilinumero ei ole oikein.', { exact: false })).toBeVisible();
	await expectAccessible(ngo);
	await ngo.reload();
	await expect(ngo.getByLabel('Tilinumero (IBAN)')).toHaveValue('FI81 5799 0020 1843 12');
	await expect(ngo.getByLabel('Puhelin')).toHaveValue('');

	await ngo.getByLabel('Tilinumero (IBAN)').fill('fi21 1234 5600 0007 85');
	await ngo.getByLabel('Puhelin').fill('013 555 0101');
	await ngo.getByRole('button', { name: 'Tallenna tiedot' }).click();
	await expect(ngo.getByText('Tiedot tallennettiin.')).toBeVisible();
	await ngo.reload();
	await expect(ngo.getByLabel('Tilinumero (IBAN)')).toHaveValue('FI21 1234 5600 0007 85');
	await ngo.context().close();
});

test('an NGO the county has not checked drafts but cannot submit; the handler verifies it', async ({
	browser
}) => {
	const ngo = await signedIn(browser, DEMO.ngo);
	await ngo.goto(ownProfile);
	// A new register number is another association as far as the register goes.
	await ngo.getByLabel('Yhdistysrekisterinumero').fill('201.456');
	await ngo.getByRole('button', { name: 'Tallenna tiedot' }).click();
	await expect(ngo.getByText('Tiedot tallennettiin.')).toBeVisible();
	await expect(ngo.getByText(/ei ole vielä tarkistanut/)).toBeVisible();

	await ngo.goto(draftPath);
	await expect(ngo.getByRole('heading', { name: 'Hakijan tiedot' })).toBeVisible();
	await expect(ngo.getByText('FI21 1234 5600 0007 85')).toBeVisible();
	await ngo.getByRole('button', { name: 'Lähetä hakemus' }).click();
	await expect(ngo.getByText(/Hakemusta ei voi vielä lähettää/)).toBeVisible();
	await expectAccessible(ngo);

	const handler = await signedIn(browser, DEMO.coordinator);
	await handler.goto(ownProfile);
	await expect(handler.getByRole('heading', { name: 'Tarkista yhdistys' })).toBeVisible();
	await expectAccessibleBothLanguages(handler);
	await handler
		.getByLabel('Yhteyshenkilö', { exact: true })
		.selectOption({ label: 'Leena Ahonen (jarjesto@yhdyspinta.example)' });
	await handler
		.getByLabel('Merkintä tarkistuksesta')
		.fill('Uusi rekisterinumero tarkistettu PRH:sta.');
	await handler.getByRole('button', { name: 'Merkitse tarkistetuksi' }).click();
	await expect(handler.getByText('Yhdistys merkittiin tarkistetuksi.')).toBeVisible();
	await expect(handler.getByText('Uusi rekisterinumero tarkistettu PRH:sta.')).toBeVisible();

	await ngo.goto(ownProfile);
	await expect(ngo.getByText(/Tarkistettu .*, tarkisti/)).toBeVisible();
	await handler.context().close();
	await ngo.context().close();
});

test('another NGO’s profile is not found, and the handler reads an unverified one', async ({
	browser
}) => {
	const ngo = await signedIn(browser, DEMO.ngo);
	const response = await ngo.goto(otherProfile);
	expect(response?.status()).toBe(404);
	const director = await signedIn(browser, DEMO.director);
	expect((await director.goto(ownProfile))?.status()).toBe(404);

	const handler = await signedIn(browser, DEMO.coordinator);
	await handler.goto(otherProfile);
	await expect(handler.getByText(/ei ole vielä tarkistanut/)).toBeVisible();
	await expectAccessible(handler);
	for (const page of [ngo, director, handler]) await page.context().close();
});
