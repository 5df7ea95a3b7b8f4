/**
 * The handler's proposal goes on the deciding body's agenda (over the
 * appropriation only when confirmed), and a recipient of a decided grant
 * reads its decision, downloads the letter and reports on the money. The
 * calls and applications are written straight into a demo database of its
 * own: other tests build them through their own forms.
 */
import Database from 'better-sqlite3';
import { DEMO, expect, expectAccessible, logIn, test } from './fixtures';
import { sidePort, startServer, type StartedServer } from './server';

let server: StartedServer;
const ids = { call: 0, ngoApplication: 0, otherApplication: 0, decided: 0, meetingLabel: '' };

/** A closed call with two applications, and an earlier call's grant to the demo NGO, decided. */
function seedGrants(path: string): void {
	const db = new Database(path);
	try {
		const userId = (email: string) =>
			(db.prepare('select id, organisation_id as org from user where email = ?').get(email) as {
				id: number;
				org: number;
			}) ?? null;
		const coordinator = userId(DEMO.coordinator)!;
		const ngo = userId(DEMO.ngo)!;
		const { regionId } = db
			.prepare('select region_id as regionId from organisation where id = ?')
			.get(ngo.org) as { regionId: number };
		const now = Date.now();
		const day = 86_400_000;
		const meeting = db
			.prepare(
				`select m.id, m.body_id as bodyId from meeting m join body b on b.id = m.body_id
				where m.status = 'planned' and m.starts_at > ? and b.region_id = ? order by m.starts_at limit 1`
			)
			.get(now, regionId) as { id: number; bodyId: number };
		const year = new Date().getFullYear() + 1;
		const basketId = Number(
			db
				.prepare(
					"insert into grant_basket (region_id, kind, name, created_at) values (?, 'operating', 'E2E-kori', ?)"
				)
				.run(regionId, now).lastInsertRowid
		);
		db.prepare(
			'insert into grant_appropriation (basket_id, year, amount_cents) values (?, ?, ?)'
		).run(basketId, year, 1_000_000);
		const call = db.prepare(
			`insert into grant_call (region_id, basket_id, budget_year, title, conditions, payment_schedule,
				opens_at, closes_at, deciding_body_id, published_at, created_by, created_at, decided_at)
			values (?, ?, ?, ?, 'Palvelut on kuvattu Lähellä.fi-palvelussa.', ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		const schedule = JSON.stringify([{ dueOn: `${year}-03-01`, percent: 100 }]);
		ids.call = Number(
			call.run(
				regionId,
				basketId,
				year,
				'E2E-haku: toiminta-avustukset',
				schedule,
				now - 60 * day,
				now - day,
				meeting.bodyId,
				now - 60 * day,
				coordinator.id,
				now - 60 * day,
				null
			).lastInsertRowid
		);
		const earlier = Number(
			call.run(
				regionId,
				basketId,
				year - 1,
				'E2E-haku: viime vuosi',
				schedule,
				now - 400 * day,
				now - 380 * day,
				meeting.bodyId,
				now - 400 * day,
				coordinator.id,
				now - 400 * day,
				now - 300 * day
			).lastInsertRowid
		);
		const other = Number(
			db
				.prepare(
					"insert into organisation (region_id, name, kind, created_at) values (?, 'E2E-perheyhdistys ry', 'ngo', ?)"
				)
				.run(regionId, now).lastInsertRowid
		);
		const application = db.prepare(
			`insert into grant_application (call_id, organisation_id, title, status, amount_requested_cents,
				amount_granted_cents, decided_at, created_by, created_at, updated_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		ids.ngoApplication = Number(
			application.run(
				ids.call,
				ngo.org,
				'Vertaistukiryhmät',
				'submitted',
				600_000,
				null,
				null,
				ngo.id,
				now,
				now
			).lastInsertRowid
		);
		ids.otherApplication = Number(
			application.run(
				ids.call,
				other,
				'Perhekahvilat',
				'assessed',
				500_000,
				null,
				null,
				ngo.id,
				now,
				now
			).lastInsertRowid
		);
		ids.decided = Number(
			application.run(
				earlier,
				ngo.org,
				'Kerhotoiminta',
				'partly_granted',
				400_000,
				300_000,
				now - 300 * day,
				ngo.id,
				now,
				now
			).lastInsertRowid
		);
		db.prepare(
			'update grant_application set decision_meeting_id = ?, decision_reason = ? where id = ?'
		).run(meeting.id, 'Määräraha ei riittänyt koko summaan.', ids.decided);
		db.prepare(
			'insert into grant_instalment (application_id, due_on, amount_cents) values (?, ?, ?)'
		).run(ids.decided, `${year - 1}-03-01`, 300_000);
		db.prepare(
			"insert into grant_report (application_id, kind, due_on) values (?, 'final', ?)"
		).run(ids.decided, `${year}-01-31`);
	} finally {
		db.close();
	}
}

test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startServer(sidePort(21), { demo: true });
	seedGrants(server.databasePath);
});

test.afterAll(() => server?.stop());

test('the handler proposes beyond the appropriation, is warned, and confirms putting it on the agenda', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const page = await (await browser.newContext({ baseURL: server.origin })).newPage();
	await logIn(page, DEMO.coordinator);
	await page.goto(`/grants/calls/${ids.call}`);
	await page.getByRole('link', { name: 'Päätösesitys' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Päätösesitys' })).toBeVisible();

	// A negative amount is refused by its field, and what was typed stays.
	const amountA = page.getByLabel(/Esitetty avustus euroina: .*/).first();
	await amountA.fill('-5');
	await page.getByRole('button', { name: 'Tallenna esitys' }).click();
	await expect(page.getByText('Summa ei voi olla negatiivinen').first()).toBeVisible();
	await expect(amountA).toHaveValue('-5');

	for (const [index, amount] of ['6000', '5 000'].entries())
		await page
			.getByLabel(/Esitetty avustus euroina: .*/)
			.nth(index)
			.fill(amount);
	await page
		.getByLabel(/Esityksen perustelut: .*/)
		.first()
		.fill('Vakiintunutta toimintaa');
	await page.getByRole('button', { name: 'Tallenna esitys' }).click();
	await expect(page.getByText('Esitys tallennettu.')).toBeVisible();
	await expect(page.getByText(/Varoitus: esitys ylittää määrärahan 1\s000\s€/)).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Vie esitys esityslistalle' }).click();
	await expect(page.getByText(/Viedäänkö se esityslistalle silti\?/)).toBeFocused();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Vie esityslistalle ylityksestä huolimatta' }).click();
	await expect(page.getByText(/Esitys on kokouksen .* esityslistalla\./)).toBeVisible();

	await page.getByRole('link', { name: 'Avaa kokous' }).click();
	await expect(
		page.getByText('Järjestöavustusten myöntäminen: E2E-haku: toiminta-avustukset').first()
	).toBeVisible();
	await page.getByRole('link', { name: 'Avustuspäätös: E2E-haku: toiminta-avustukset' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Toimielimen päätös' })).toBeVisible();
	await expectAccessible(page);
});

test('the recipient reads the decision, gets the letter and reports on the money; another NGO’s page is not found', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const page = await (await browser.newContext({ baseURL: server.origin })).newPage();
	await logIn(page, DEMO.ngo);
	await page.goto(`/grants/applications/${ids.decided}/grant`);
	await expect(page.getByRole('heading', { level: 1, name: 'Avustuspäätös' })).toBeVisible();
	await expect(page.getByText('Myönnetty osittain')).toBeVisible();
	await expectAccessible(page);

	const letter = await page.request.get(`/grants/applications/${ids.decided}/decision.pdf`);
	expect(letter.status()).toBe(200);
	expect(letter.headers()['content-type']).toBe('application/pdf');

	const report = page.getByRole('article', { name: 'Käyttöselvitys' });
	await report.getByLabel('Käytetty summa (€)').fill('3000');
	await report.getByLabel('Mitä avustuksella tehtiin?').fill('Kerho kokoontui 30 kertaa.');
	// The call's report questions (the default set of a new call).
	await report.getByLabel('Kuinka monta ihmistä toiminta tavoitti?').fill('25');
	await report
		.getByLabel('Käytettiinkö avustus hakemuksessa kerrottuun tarkoitukseen?')
		.selectOption({ label: 'Kyllä' });
	await report.getByRole('button', { name: 'Jätä selvitys' }).click();
	await expect(page.getByText('Selvitys on jätetty käsiteltäväksi.')).toBeVisible();
	await expect(report.getByText('jätetty, odottaa käsittelyä')).toBeVisible();

	// The proposal is the handlers' and the other NGO's application is not found.
	expect((await page.request.get(`/grants/calls/${ids.call}/proposal`)).status()).toBe(403);
	expect(
		(await page.request.get(`/grants/applications/${ids.otherApplication}/grant`)).status()
	).toBe(404);
});
