/**
 * Issue 19, reports as forms of the call, on a demo server of its own: a new
 * call's form starts with the default report questions; the NGO whose report
 * was sent back finds the call's questions filled with its earlier answers, a
 * required answer left out is refused with a clear message and nothing
 * changes, and the answers it sends are shown under their questions.
 */
import Database from 'better-sqlite3';
import { DEMO, expect, expectAccessible, expectAccessibleInSwedish, logIn, test } from './fixtures';
import { sidePort, startServer, type StartedServer } from './server';

const PORT = sidePort(40);
test.use({ baseURL: `http://localhost:${PORT}`, locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });

const DONE = 'Mitä avustuksella tehtiin?';
const REACHED = 'Kuinka monta ihmistä toiminta tavoitti?';

let server: StartedServer;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startServer(PORT, { demo: true });
});

test.afterAll(() => server?.stop());

/** The demo NGO account's decided grant: its report was sent back. */
function grantId(): number {
	const db = new Database(server.databasePath, { fileMustExist: true, readonly: true });
	try {
		return (
			db
				.prepare(
					`select a.id from grant_application a join organisation o on o.id = a.organisation_id
					 where o.name = 'Mielenvireä Karjala ry' and a.status in ('granted', 'partly_granted')`
				)
				.get() as { id: number }
		).id;
	} finally {
		db.close();
	}
}

test('a new call starts with the default report questions', async ({ page }) => {
	await logIn(page, DEMO.coordinator);
	await page.goto('/grants/calls/new');
	await expect(page.getByLabel('Kysymys 1', { exact: true })).toHaveValue(DONE);
	await expect(page.getByLabel('Kysymyksen 2 vastaus')).toHaveValue('number');
	await expect(page.getByLabel('Kysymykseen 1 on vastattava')).toBeChecked();
});

test('the NGO answers the call’s report questions; a required answer left out is refused', async ({
	page
}) => {
	test.setTimeout(120_000);
	await logIn(page, DEMO.ngo);
	await page.goto(`/grants/applications/${grantId()}/grant`);
	const report = page.getByRole('article', { name: 'Käyttöselvitys' });
	await expect(report.getByText('palautettu täydennettäväksi')).toBeVisible();
	// The earlier round's answers come back into the form.
	await expect(report.getByLabel(DONE)).toHaveValue('Vertaistukiryhmät kokoontuivat koko vuoden.');
	await expect(report.getByLabel(REACHED)).toHaveValue('60');
	await expectAccessible(page);
	await expectAccessibleInSwedish(page);

	await report.getByLabel(DONE).fill('');
	await report.getByLabel(REACHED).fill('84');
	await report.getByLabel('Käytetty summa (€)').fill('42000');
	await report.getByRole('button', { name: 'Jätä selvitys' }).click();
	await expect(report.getByText('Vastaa tähän kysymykseen: vastaus on pakollinen.')).toBeVisible();
	await expect(report.getByText('palautettu täydennettäväksi')).toBeVisible();
	// What was typed stays in the form.
	await expect(report.getByLabel(REACHED)).toHaveValue('84');
	await expectAccessible(page);

	await report.getByLabel(DONE).fill('Kuusi vertaisryhmää kokoontui joka viikko.');
	await report
		.getByLabel('Mitä toiminta muutti osallistujien elämässä tai lähiyhteisössä?')
		.fill('Osallistujat löysivät toisensa myös ryhmien ulkopuolella.');
	await report.getByRole('button', { name: 'Jätä selvitys' }).click();
	await expect(page.getByText('Selvitys on jätetty käsiteltäväksi.')).toBeVisible();
	await expect(report.getByText('jätetty, odottaa käsittelyä')).toBeVisible();
	// The answers under their questions, as the checkers read them too.
	await expect(report.getByText('Kuusi vertaisryhmää kokoontui joka viikko.')).toBeVisible();
	await expect(report.getByRole('definition').filter({ hasText: /^84$/ })).toBeVisible();
	await expect(report.getByRole('definition').filter({ hasText: /^Kyllä$/ })).toBeVisible();
});
