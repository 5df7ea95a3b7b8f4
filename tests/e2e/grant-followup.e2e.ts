/**
 * After the grant decision, on the demo's last year's call: the demo NGO
 * accepts its grant and gives again its report that was sent back; the
 * coordinator sends it back once more with a request and a deadline, then,
 * given again, passes its content; the same person cannot check the finance,
 * which a second handler passes, and the report is accepted. Another NGO's
 * grant page is not found. Its own demo server: the steps change the data.
 */
import Database from 'better-sqlite3';
import type { Locator, Page } from '@playwright/test';
import { DEMO, expect, expectAccessible, expectAccessibleInSwedish, logIn, test } from './fixtures';
import { sidePort, startServer, type StartedServer } from './server';

let server: StartedServer;
const ids = { grant: 0, othersGrant: 0 };

/** The demo NGO's grant, another NGO's, and the secretary named a second handler of the call. */
function findGrants(path: string): void {
	const db = new Database(path);
	try {
		const org = (email: string) =>
			(
				db.prepare('select id, organisation_id as org from user where email = ?').get(email) as {
					id: number;
					org: number;
				}
			).org;
		const grant = db
			.prepare(
				`select id, call_id as callId from grant_application
				where organisation_id = ? and status in ('granted', 'partly_granted') and acceptance = 'pending'`
			)
			.get(org(DEMO.ngo)) as { id: number; callId: number };
		ids.grant = grant.id;
		ids.othersGrant = (
			db
				.prepare(
					`select id from grant_application
					where call_id = ? and organisation_id <> ? and decided_at is not null`
				)
				.get(grant.callId, org(DEMO.ngo)) as { id: number }
		).id;
		const secretary = db.prepare('select id from user where email = ?').get(DEMO.secretary) as {
			id: number;
		};
		db.prepare(
			"insert into grant_call_staff (call_id, user_id, duty) values (?, ?, 'handler')"
		).run(grant.callId, secretary.id);
	} finally {
		db.close();
	}
}

test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startServer(sidePort(32), { demo: true });
	findGrants(server.databasePath);
});

test.afterAll(() => server?.stop());

async function signedIn(browser: import('@playwright/test').Browser, email: string) {
	const page = await (await browser.newContext({ baseURL: server.origin })).newPage();
	await logIn(page, email);
	await page.goto(`/grants/applications/${ids.grant}/grant`);
	return page;
}

const report = (page: Page) => page.getByRole('article', { name: 'Käyttöselvitys' });
const partForm = (page: Page, part: string): Locator =>
	page.locator('form', { has: page.getByRole('heading', { level: 4, name: part }) });

async function giveReport(page: Page, text: string): Promise<void> {
	await report(page).getByLabel('Mitä avustuksella tehtiin?').fill(text);
	await report(page).getByLabel('Käytetty summa (€)').fill('42000');
	await report(page).getByRole('button', { name: 'Jätä selvitys' }).click();
	await expect(page.getByText('Selvitys on jätetty käsiteltäväksi.')).toBeVisible();
}

async function pass(page: Page, part: string): Promise<void> {
	const form = partForm(page, part);
	for (const box of await form.getByRole('checkbox').all()) await box.check();
	await form.getByRole('button', { name: 'Hyväksy osa' }).click();
	await expect(page.getByText('Osan tarkastus on kirjattu.')).toBeVisible();
}

test('the NGO accepts; the report goes back and forth, and two people check its two parts', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const ngo = await signedIn(browser, DEMO.ngo);
	await expect(
		ngo.getByRole('heading', { level: 2, name: 'Avustuksen vastaanottaminen' })
	).toBeVisible();
	await expectAccessible(ngo);
	await expectAccessibleInSwedish(ngo);
	await ngo.getByRole('button', { name: 'Otamme avustuksen vastaan' }).click();
	await expect(ngo.getByText('Avustus on otettu vastaan.')).toBeVisible();
	await expect(ngo.getByText(/Leena Ahonen otti avustuksen vastaan/)).toBeVisible();
	// The demo sent the report back with a request.
	await expect(report(ngo).getByText('palautettu täydennettäväksi')).toBeVisible();
	await expect(report(ngo).getByText(/Täydennyspyyntö:/)).toBeVisible();
	await giveReport(ngo, 'Ryhmiä kokoontui kuusi, osallistujia 84.');

	const coordinator = await signedIn(browser, DEMO.coordinator);
	// A large grant: picked for a closer check, with longer checklists.
	await expect(
		report(coordinator).getByText(/Valittu tarkempaan tarkastukseen: suuri avustus/)
	).toBeVisible();
	await expectAccessible(coordinator);
	await expectAccessibleInSwedish(coordinator);
	const content = partForm(coordinator, 'Sisällön tarkastus');
	// Passing with items unticked, or returning without a request and a deadline, saves nothing.
	await content.getByRole('button', { name: 'Hyväksy osa' }).click();
	await expect(
		partForm(coordinator, 'Sisällön tarkastus').getByText('Käy läpi kaikki tarkistuslistan kohdat')
	).toBeVisible();
	await partForm(coordinator, 'Sisällön tarkastus')
		.getByRole('button', { name: 'Palauta täydennettäväksi' })
		.click();
	await expect(
		coordinator.getByText('Anna päivä, johon mennessä täydennetty selvitys on jätettävä.')
	).toBeVisible();
	await expectAccessible(coordinator);
	const again = partForm(coordinator, 'Sisällön tarkastus');
	await again
		.getByLabel('Täydennyspyyntö järjestölle')
		.fill('Lisätkää kriisipuhelimen soittomäärät.');
	const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
	await again.getByLabel('Uusi määräpäivä').fill(deadline);
	await again.getByRole('button', { name: 'Palauta täydennettäväksi' }).click();
	await expect(
		coordinator.getByText('Selvitys on palautettu täydennettäväksi, ja järjestölle on ilmoitettu.')
	).toBeVisible();

	await ngo.reload();
	await expect(report(ngo).getByText('Lisätkää kriisipuhelimen soittomäärät.')).toBeVisible();
	await giveReport(
		ngo,
		'Ryhmiä kokoontui kuusi, osallistujia 84. Kriisipuhelimeen soitettiin 1 230 kertaa.'
	);

	await coordinator.reload();
	await pass(coordinator, 'Sisällön tarkastus');
	// The same person cannot check the finance too.
	await expect(partForm(coordinator, 'Talouden tarkastus')).toHaveCount(0);
	await expect(
		report(coordinator).getByText(/Saman henkilön ei pidä tarkastaa molempia osia/)
	).toBeVisible();

	const secretary = await signedIn(browser, DEMO.secretary);
	await expect(partForm(secretary, 'Sisällön tarkastus')).toHaveCount(0);
	await pass(secretary, 'Talouden tarkastus');
	await expect(report(secretary).getByText(/–\s+hyväksytty/)).toBeVisible();
	await expectAccessible(secretary);

	const api = await ngo.request.get(`/api/grants/applications/${ids.grant}`);
	expect(api.status()).toBe(200);
	expect(await api.json()).toMatchObject({
		acceptance: 'accepted',
		reports: [{ kind: 'final', status: 'accepted' }]
	});
});

test('another NGO’s grant page is not found', async ({ browser }) => {
	const ngo = await signedIn(browser, DEMO.ngo);
	expect((await ngo.request.get(`/grants/applications/${ids.othersGrant}/grant`)).status()).toBe(
		404
	);
	expect((await ngo.request.get(`/api/grants/applications/${ids.othersGrant}`)).status()).toBe(404);
});
