/**
 * After the decision: the recipient asks for a longer period of use, the
 * handler accepts it with another date, and the recipient reads the decision
 * and gets its letter, in Finnish and, once its profile says so, in Swedish;
 * the handler claims back unused money and the recipient sees the claim on
 * the grant's page. On a demo server of its own: the changes move the demo
 * grant's dates that other tests read.
 */
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { extractText } from 'unpdf';
import { DEMO, expect, expectAccessible, logIn, test } from './fixtures';
import { readDatabase } from './routes';
import { sidePort, startServer, type StartedServer } from './server';

let server: StartedServer;
const ids = { grant: 0, organisation: 0, otherGrant: 0, otherLetter: '' };
const year = new Date().getFullYear();

test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startServer(sidePort(36), { demo: true });
	readDatabase(server.databasePath, (db) => {
		const mine = db
			.prepare(
				`select a.id, a.organisation_id as organisation from grant_application a
				join user u on u.organisation_id = a.organisation_id
				where u.email = ? and a.status in ('granted', 'partly_granted') order by a.id limit 1`
			)
			.get(DEMO.ngo) as { id: number; organisation: number };
		ids.grant = mine.id;
		ids.organisation = mine.organisation;
		const other = db
			.prepare(
				`select application_id as id, id as change from grant_change_request
				where application_id != ? and decided_at is not null limit 1`
			)
			.get(mine.id) as { id: number; change: number };
		ids.otherGrant = other.id;
		ids.otherLetter = `/grants/applications/${other.id}/changes/${other.change}/letter.pdf`;
	});
});

test.afterAll(() => server?.stop());

async function signedIn(browser: import('@playwright/test').Browser, email: string) {
	const page = await (await browser.newContext({ baseURL: server.origin })).newPage();
	await logIn(page, email);
	return page;
}

async function letterText(page: Page, href: string): Promise<string> {
	const response = await page.request.get(href);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('application/pdf');
	return (await extractText(new Uint8Array(await response.body()), { mergePages: true })).text;
}

test('the NGO asks for an extension, the handler accepts it with changes, and the NGO reads the decision and its letter', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const ngo = await signedIn(browser, DEMO.ngo);
	await ngo.goto(`/grants/applications/${ids.grant}/grant`);
	await expect(ngo.getByText(`31.12.${year}`).first()).toBeVisible();
	await ngo.getByRole('link', { name: 'Muutoshakemukset' }).click();
	await expect(ngo.getByRole('heading', { level: 1, name: 'Muutoshakemukset' })).toBeVisible();
	await expect(ngo.getByText('Muutoksia ei ole haettu.')).toBeVisible();
	await expectAccessible(ngo);

	// An extension without its new end is refused by that field, and nothing is saved.
	const reasons = 'Syksyn ryhmät alkoivat myöhässä, kun uusia ohjaajia koulutettiin.';
	await ngo.getByLabel('Perustelut').fill(reasons);
	await ngo.getByRole('button', { name: 'Lähetä muutoshakemus' }).click();
	await expect(ngo.locator('#field-endOn-error')).toHaveText('Anna uusi päättymispäivä.');
	await expect(ngo.getByText('Muutoksia ei ole haettu.')).toBeVisible();
	await expectAccessible(ngo);

	await ngo.getByLabel('Uusi käyttöajan päättymispäivä').fill(`${year + 1}-03-31`);
	await ngo.getByLabel('Perustelut').fill(reasons);
	await ngo.getByRole('button', { name: 'Lähetä muutoshakemus' }).click();
	await expect(ngo.getByText('Muutoshakemus lähetetty käsittelijälle.')).toBeVisible();
	const asked = ngo.getByRole('article', { name: 'Käyttöajan pidentäminen' });
	await expect(asked.getByText('Odottaa päätöstä')).toBeVisible();
	await expect(asked.getByRole('button', { name: 'Tee päätös' })).toHaveCount(0);

	const handler = await signedIn(browser, DEMO.coordinator);
	await handler.goto(`/grants/applications/${ids.grant}/changes`);
	const pending = handler.getByRole('article', { name: 'Käyttöajan pidentäminen' });
	await expect(pending.getByText(reasons)).toBeVisible();
	await expectAccessible(handler);
	await pending.getByLabel('Päätös', { exact: true }).selectOption('accepted_with_changes');
	await pending.getByRole('button', { name: 'Tee päätös' }).click();
	await expect(pending.locator('.field__error')).toHaveText('Kirjoita päätöksen perustelut.');
	await pending.getByLabel('Päätös', { exact: true }).selectOption('accepted_with_changes');
	await pending
		.getByLabel('Päätöksen perustelut')
		.fill('Käyttöaikaa pidennetään helmikuun loppuun, jolloin kevään ryhmäkausi on puolivälissä.');
	await pending.getByLabel('Hyväksytty päättymispäivä').fill(`${year + 1}-02-28`);
	await pending.getByRole('button', { name: 'Tee päätös' }).click();
	await expect(handler.getByText(/^Päätös tehty\./)).toBeVisible();
	await expect(pending.getByText('Hyväksytty muutettuna')).toBeVisible();
	await expectAccessible(handler);

	await ngo.reload();
	const decided = ngo.getByRole('article', { name: 'Käyttöajan pidentäminen' });
	await expect(decided.getByText('Hyväksytty muutettuna')).toBeVisible();
	await expect(decided.getByText(`28.2.${year + 1}`)).toBeVisible();
	await expect(ngo.getByText(`28.2.${year + 1}`).first()).toBeVisible();
	await expectAccessible(ngo);
	const href = await decided.getByRole('link', { name: 'Muutospäätös (PDF)' }).getAttribute('href');
	const finnish = await letterText(ngo, href!);
	expect(finnish).toContain('Muutoshakemus hyväksytään muutettuna');
	expect(finnish).toContain(
		`Avustuksen käyttöaika päättyy 28.2.${year + 1} (aiemmin 31.12.${year}).`
	);

	// The NGO writes in Swedish: its letters come in Swedish, and the pages read so too.
	const db = new Database(server.databasePath);
	try {
		db.prepare(
			`insert into organisation_profile (organisation_id, language) values (?, 'sv')
			on conflict (organisation_id) do update set language = 'sv'`
		).run(ids.organisation);
	} finally {
		db.close();
	}
	const swedish = await letterText(ngo, href!);
	expect(swedish).toContain('Ändringsansökan godkänns med de ändringar som motiveras nedan.');
	expect(swedish).toContain('Anvisning om begäran om omprövning');
	await ngo.getByRole('button', { name: 'svenska' }).click();
	await expect(ngo.getByRole('heading', { level: 1, name: 'Ändringsansökningar' })).toBeVisible();
	await expectAccessible(ngo);
	await ngo.getByRole('button', { name: 'suomi' }).click();
	await expect(ngo.locator('html')).toHaveAttribute('lang', 'fi');

	// Another NGO's change applications and their letters are not found.
	expect((await ngo.request.get(`/grants/applications/${ids.otherGrant}/changes`)).status()).toBe(
		404
	);
	expect((await ngo.request.get(ids.otherLetter)).status()).toBe(404);
});

test('the handler claims back unused money and the recipient sees the claim on the grant page', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const handler = await signedIn(browser, DEMO.coordinator);
	await handler.goto(`/grants/applications/${ids.grant}/grant`);
	await handler.getByText('Vaadi palautusta').click();
	// More than was paid is refused by the amount's field, and nothing is claimed.
	await handler.getByLabel('Määrä euroina').fill('999 999');
	await handler
		.getByLabel('Peruste', { exact: true })
		.fill('Syyskuun virkistysretki peruttiin, eikä sen osuutta käytetty.');
	await handler.getByRole('button', { name: 'Tee palautusvaatimus' }).click();
	await expect(handler.locator('#claim-amount-error')).toBeVisible();
	await expectAccessible(handler);
	await handler.getByLabel('Määrä euroina').fill('1 250');
	await handler.getByRole('button', { name: 'Tee palautusvaatimus' }).click();
	await expect(
		handler.getByText('Palautusvaatimus tehty. Hakija saa siitä ilmoituksen.')
	).toBeVisible();
	await expectAccessible(handler);

	const ngo = await signedIn(browser, DEMO.ngo);
	await ngo.goto(`/grants/applications/${ids.grant}/grant`);
	const claims = ngo.getByRole('region', { name: 'Palautukset ja takaisinperinnät' });
	await expect(claims.getByText(/1\s250\s€, eräpäivä/)).toBeVisible();
	await expect(claims.getByText('Syyskuun virkistysretki peruttiin')).toBeVisible();
	await expect(ngo.getByRole('button', { name: 'Tee palautusvaatimus' })).toHaveCount(0);
	await expect(ngo.getByRole('button', { name: 'Merkitse maksetuksi' })).toHaveCount(0);
	await expectAccessible(ngo);
	await ngo.getByRole('button', { name: 'svenska' }).click();
	await expect(
		ngo
			.getByRole('region', { name: 'Återbetalningar och återkrav' })
			.getByText(/1\s250\s€, förfallodag/)
	).toBeVisible();
	await expectAccessible(ngo);
	await ngo.getByRole('button', { name: 'suomi' }).click();
	await expect(ngo.locator('html')).toHaveAttribute('lang', 'fi');

	// The handler records it paid.
	await handler.reload();
	const row = handler.getByRole('listitem').filter({ hasText: 'Syyskuun virkistysretki' });
	await row.getByRole('button', { name: 'Merkitse maksetuksi' }).click();
	await expect(handler.getByText('Palautus merkitty maksetuksi.')).toBeVisible();
	await expect(row.getByText('Maksettu')).toBeVisible();
});
