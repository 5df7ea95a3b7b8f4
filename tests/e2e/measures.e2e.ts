import type { Page } from '@playwright/test';
import { DEMO, expect, expectAccessible, logIn, test } from './fixtures';

const STRATEGIC = 'HYTE-neuvottelut (strateginen taso)';
const TITLE = 'Koulujen liikuntasalit nuorten käyttöön iltaisin';
const COMMENT = 'Liperissä salivuorot jaettu, kaksi koulua aloittaa tammikuussa.';

async function openStrategicBody(page: Page): Promise<void> {
	await page.goto('/structure');
	await page.getByRole('link', { name: STRATEGIC, exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(STRATEGIC);
}

test('a measure goes from the strategic minutes to the director’s follow-up and into the next evaluation agenda', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const coordinatorContext = await browser.newContext({ locale: 'fi-FI' });
	const directorContext = await browser.newContext({ locale: 'fi-FI' });
	const coordinator = await coordinatorContext.newPage();
	const director = await directorContext.newPage();
	await logIn(coordinator, DEMO.coordinator);
	await logIn(director, DEMO.director);

	// The coordinator records a measure for two municipalities from a decided item of the latest
	// published negotiation (the demo's grant decisions are minuted in the same body).
	await openStrategicBody(coordinator);
	await coordinator
		.locator('.meeting-list li', { hasText: 'Julkaistu' })
		.filter({ hasNotText: 'Järjestöavustukset' })
		.first()
		.getByRole('link')
		.first()
		.click();
	await expect(
		coordinator.getByRole('heading', { name: 'Tavoitteet ja toimenpiteet', level: 2 })
	).toBeVisible();
	await expectAccessible(coordinator);
	await coordinator
		.getByRole('link', {
			name: /Kirjaa tavoite tai toimenpide \(\d+\. Yhteiset HYTE-tavoitteet ja toimenpiteet/
		})
		.click();
	await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(
		'Kirjaa tavoite tai toimenpide'
	);
	await expect(
		coordinator.getByText('Hyväksyttiin yhteinen tavoite ja toimenpiteet vastuutahoineen.')
	).toBeVisible();
	await expectAccessible(coordinator);

	// Without owners the form comes back with the message at the field and the typed title kept.
	await coordinator.getByLabel('Otsikko', { exact: true }).fill(TITLE);
	await coordinator.getByRole('button', { name: 'Kirjaa', exact: true }).click();
	// The message at the field itself (the page's introduction says the same sentence inside a longer one).
	await expect(
		coordinator.getByText('Valitse vähintään yksi vastuuorganisaatio.', { exact: true })
	).toBeVisible();
	await expect(coordinator.getByLabel('Otsikko', { exact: true })).toHaveValue(TITLE);

	await coordinator.getByLabel('Liperin kunta', { exact: true }).check();
	await coordinator.getByLabel('Joensuun kaupunki', { exact: true }).check();
	await coordinator.getByLabel('Vastuuhenkilö tai -taho tekstinä').fill('liikuntatoimen päälliköt');
	await coordinator.getByLabel('Määräraha (euroa)').fill('12 000');
	await coordinator.getByLabel('Raha on varattava seuraavan vuoden talousarvioon').check();
	await coordinator.getByRole('button', { name: 'Kirjaa', exact: true }).click();
	await expect(coordinator.getByRole('heading', { level: 1 })).toContainText(TITLE);
	await expect(coordinator.getByText('Kirjattu.', { exact: false })).toBeVisible();
	const measureUrl = coordinator.url().replace(/\?.*$/, '');
	const measureId = Number(measureUrl.split('/').at(-1));

	// The director of Liperi finds it on his municipality's page and marks it in progress.
	await director.goto('/measures');
	await director
		.getByRole('link', { name: 'Oman organisaatiosi sitoumukset kaikilta vuosilta' })
		.click();
	await expect(director.getByRole('heading', { level: 1 })).toHaveText('Liperin kunta');
	await expect(director.getByRole('link', { name: TITLE })).toBeVisible();
	await expect(director.getByText('Myöhässä').first()).toBeVisible();
	await expectAccessible(director);
	await director.getByRole('link', { name: TITLE }).click();
	await director.getByLabel('Tila', { exact: true }).selectOption({ label: 'Käynnissä' });
	await director.getByLabel('Kommentti').fill(COMMENT);
	await director.getByRole('button', { name: 'Tallenna tilannepäivitys' }).click();
	await expect(director.getByText('Tilannepäivitys tallennettu.')).toBeVisible();
	const history = director.getByRole('region', { name: 'Tilannepäivitykset' });
	await expect(history).toContainText(COMMENT);
	await expect(history).toContainText('Markku Honkanen');

	// The coordinator sees the update with who made it.
	await coordinator.goto(measureUrl);
	await expect(coordinator.getByRole('region', { name: 'Tilannepäivitykset' })).toContainText(
		COMMENT
	);
	await expect(coordinator.getByRole('region', { name: 'Tilannepäivitykset' })).toContainText(
		'Markku Honkanen'
	);
	await expect(coordinator.locator('.measure-status').first()).toHaveText('Käynnissä');
	await expectAccessible(coordinator);

	// Last year's list: the overdue measure stands out in words, not by colour alone.
	const lastYear = new Date().getFullYear() - 1;
	await coordinator.goto(`/measures?year=${lastYear}`);
	await expect(coordinator.getByText(/1 toimenpide on myöhässä/)).toBeVisible();
	await expect(coordinator.getByRole('row', { name: /Liikuntatuokiot päivittäin/ })).toContainText(
		'Myöhässä'
	);
	await expectAccessible(coordinator);

	// The next strategic meeting's agenda gets the evaluation of last year as a snapshot item.
	await openStrategicBody(coordinator);
	await coordinator
		.locator('.meeting-list li', { hasText: 'Suunnitteilla' })
		.first()
		.getByRole('link')
		.first()
		.click();
	const evaluation = coordinator.getByRole('region', { name: 'Edellisen vuoden arviointi' });
	await expectAccessible(coordinator);
	await evaluation.getByRole('button', { name: 'Lisää arviointikohta esityslistalle' }).click();
	const agenda = coordinator.locator('section', {
		has: coordinator.getByRole('heading', { level: 2, name: 'Esityslista' })
	});
	await expect(
		agenda.getByRole('heading', {
			name: /3\. Edellisen vuoden arviointi: tavoitteet ja toimenpiteet \d{4}/
		})
	).toBeVisible();
	await expect(agenda.getByText(/Yhteensä \d+: käynnissä/)).toBeVisible();
	// The snapshot lists last year's measures with their status at this moment.
	await expect(agenda).toContainText('Liikuntatuokiot päivittäin kaikkiin alakouluihin');

	// The integration API: the owners' people may patch, others get 403, bad input 400 with field messages.
	const patched = await director.request.patch(`/api/measures/${measureId}`, {
		data: { status: 'in_progress', comment: 'API:n kautta.' }
	});
	expect(patched.status()).toBe(200);
	expect(await patched.json()).toMatchObject({
		id: measureId,
		status: 'in_progress',
		lastUpdate: { comment: 'API:n kautta.' }
	});
	const bad = await director.request.patch(`/api/measures/${measureId}`, {
		data: { status: 'finished' }
	});
	expect(bad.status()).toBe(400);
	expect((await bad.json()).issues).toEqual({ status: 'Valitse jokin vaihtoehdoista.' });
	const listed = await director.request.get(`/api/measures?year=${lastYear}`);
	expect(((await listed.json()) as { status: string }[]).map((m) => m.status)).toEqual(
		expect.arrayContaining(['not_started', 'in_progress', 'done', 'dropped'])
	);
	expect((await director.request.get('/api/measures?year=last')).status()).toBe(400);

	const ngoContext = await browser.newContext({ locale: 'fi-FI' });
	const ngo = await ngoContext.newPage();
	await logIn(ngo, DEMO.ngo);
	const refused = await ngo.request.patch(`/api/measures/${measureId}`, {
		data: { status: 'done', comment: 'Ei meidän.' }
	});
	expect(refused.status()).toBe(403);
	await ngo.goto(measureUrl);
	await expect(ngo.getByRole('button', { name: 'Tallenna tilannepäivitys' })).toHaveCount(0);

	await Promise.all([coordinatorContext.close(), directorContext.close(), ngoContext.close()]);
});

test('the director opens the measures on Liperi’s open commitments, last year’s overdue one first; the coordinator on the region’s year', async ({
	browser
}) => {
	const lastYear = new Date().getFullYear() - 1;
	const thisYear = lastYear + 1;
	const directorContext = await browser.newContext({ locale: 'fi-FI' });
	const director = await directorContext.newPage();
	await logIn(director, DEMO.director);
	await director
		.getByRole('navigation', { name: 'Päävalikko' })
		.getByRole('link', { name: 'Toimenpiteet' })
		.click();
	await expect(director).toHaveURL(/\/measures$/);

	const views = director.getByRole('navigation', { name: 'Näkymä' });
	await expect(
		views.getByRole('link', { name: 'Omat avoimet ja myöhässä olevat' })
	).toHaveAttribute('aria-current', 'page');
	const own = director.getByRole('table', {
		name: /Liperin kunta: avoimet tavoitteet ja toimenpiteet/
	});
	const first = own.getByRole('row').nth(1);
	await expect(first).toContainText('Liikuntatuokiot päivittäin kaikkiin alakouluihin');
	await expect(first).toContainText('Myöhässä');
	await expect(first).toContainText(String(lastYear));
	// Open only: last year's dropped and done ones are not in the way.
	await expect(own).not.toContainText('Järjestöavustusten toinen hakukierros syksyllä');
	await expectAccessible(director);

	// The region's year is one step away, and old links to a year still open it.
	await views.getByRole('link', { name: 'Koko alue vuosittain' }).click();
	await expect(director).toHaveURL(new RegExp(`/measures\\?year=${thisYear}$`));
	await expect(
		director.getByRole('table', {
			name: new RegExp(`Vuoden ${thisYear} tavoitteet ja toimenpiteet`)
		})
	).toBeVisible();
	await expectAccessible(director);
	await director.goto(`/measures?year=${lastYear}`);
	await expect(
		director.getByRole('table', {
			name: new RegExp(`Vuoden ${lastYear} tavoitteet ja toimenpiteet`)
		})
	).toContainText('Järjestöavustusten toinen hakukierros syksyllä');

	const coordinatorContext = await browser.newContext({ locale: 'fi-FI' });
	const coordinator = await coordinatorContext.newPage();
	await logIn(coordinator, DEMO.coordinator);
	await coordinator.goto('/measures');
	await expect(
		coordinator
			.getByRole('navigation', { name: 'Näkymä' })
			.getByRole('link', { name: 'Koko alue vuosittain' })
	).toHaveAttribute('aria-current', 'page');
	await expect(
		coordinator.getByRole('table', {
			name: new RegExp(`Vuoden ${thisYear} tavoitteet ja toimenpiteet`)
		})
	).toBeVisible();

	await Promise.all([directorContext.close(), coordinatorContext.close()]);
});
