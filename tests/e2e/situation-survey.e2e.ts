/**
 * The yearly survey of the national picture: the national role starts and
 * opens this year's survey; the demo county's coordinator finds the answer
 * prefilled, names the respondent, corrects answers and submits; the national
 * role publishes the year.
 */
import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import {
	DEMO,
	expect,
	expectAccessible,
	expectAccessibleBothLanguages,
	signedInAt,
	test
} from './fixtures';
import { sidePort, startServer, type StartedServer } from './server';

const NATIONAL = 'kansallinen@yhdyspinta.example';

let server: StartedServer;
test.beforeAll(async () => {
	server = await startServer(sidePort(46), { demo: true });
});
test.afterAll(() => server?.stop());

const today = DateTime.now().setZone('Europe/Helsinki');
const year = today.year;

async function openNavigation(page: Page, name: string): Promise<void> {
	const link = page.getByRole('navigation').getByRole('link', { name });
	// On a narrow screen the navigation folds behind the menu button.
	if (!(await link.isVisible())) await page.getByRole('button', { name: 'Valikko' }).click();
	await link.click();
}

test('the national role opens the year’s survey, a region answers it prefilled, and the year is published', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const national = await signedInAt(browser, server.origin, NATIONAL);
	await openNavigation(national, 'Tilannekuvan kyselyt');
	await expect(national.getByRole('heading', { level: 1 })).toHaveText('Tilannekuvan kyselyt');
	await expectAccessibleBothLanguages(national);
	await expect(national.getByLabel('Kyselyn vuosi')).toHaveValue(String(year));
	await national.getByRole('button', { name: 'Aloita vuoden kysely' }).click();
	await expect(national).toHaveURL(`/situation/surveys/${year}`);

	// A question of the seed's survey that the first year's start lacks, moved up in its section.
	const strengths = national.getByRole('region', { name: 'Vahvuudet ja kehittämistarpeet' });
	await strengths.getByText('Lisää kysymys osioon').click();
	await strengths.getByLabel('Tunniste').last().fill('lahella_criterion');
	await strengths.getByLabel('Vastauksen tyyppi').last().selectOption('choice');
	await strengths
		.getByLabel('Kysymys', { exact: true })
		.last()
		.fill('Onko Lähellä.fi avustusten kriteerinä?');
	await strengths.getByLabel('Vaihtoehdot').last().fill('Kyllä\nEi');
	await strengths.getByRole('button', { name: 'Lisää kysymys' }).click();
	await expect(strengths.getByText('lahella_criterion')).toBeVisible();
	await strengths.locator('summary', { hasText: 'Onko Lähellä.fi avustusten kriteerinä?' }).click();
	await strengths.getByRole('button', { name: /^Siirrä ylös\s*: Onko Lähellä.fi/ }).click();
	await expect(strengths.locator('ol > li').nth(1)).toContainText('lahella_criterion');
	await expect(strengths.locator('ol > li').nth(2)).toContainText('development_needs');
	await expectAccessible(national);

	// A deadline in the past is refused next to its field.
	await national.getByLabel('Viimeinen vastauspäivä').fill(today.minus({ days: 1 }).toISODate()!);
	await national.getByRole('button', { name: 'Avaa kysely vastattavaksi' }).click();
	await expect(national.getByText('Anna päivämäärä, joka ei ole menneisyydessä.')).toBeVisible();
	await national.getByLabel('Viimeinen vastauspäivä').fill(today.plus({ days: 30 }).toISODate()!);
	await national.getByRole('button', { name: 'Avaa kysely vastattavaksi' }).click();
	await expect(national.getByText('Kysely on avattu vastattavaksi.')).toBeVisible();

	const coordinator = await signedInAt(browser, server.origin, DEMO.coordinator);
	await openNavigation(coordinator, 'Tilannekuvakysely');
	await expect(coordinator).toHaveURL(`/situation/answer/${year}`);
	// Prefilled from what the app knows: the coordinators by name, the structure, the grants.
	await expect(coordinator.getByLabel(/Järjestöyhteistyön nimetyt yhdyshenkilöt/)).toHaveValue(
		/Hanna Kettunen, hyvinvointikoordinaattori/
	);
	await expect(coordinator.getByText('Esitäytetty: sovelluksen tiedoista').first()).toBeVisible();
	await expectAccessibleBothLanguages(coordinator);

	await coordinator
		.getByLabel('Vastaaja', { exact: true })
		.selectOption({ label: 'Leena Ahonen (Mielenvireä Karjala ry)' });
	await coordinator.getByRole('button', { name: 'Nimeä vastaaja' }).click();
	await expect(coordinator.getByText('Vastaaja on nimetty.')).toBeVisible();
	await expect(
		coordinator.getByText(/Vastaaja: Leena Ahonen, alueellisen järjestöverkoston edustaja/)
	).toBeVisible();

	// Two corrections, one of them mistyped first: the message stands next to the field.
	const personYears = coordinator.getByLabel(/Järjestöyhteistyön resurssit henkilötyövuosina/);
	await personYears.fill('puoli');
	await coordinator.getByRole('button', { name: 'Tallenna luonnos' }).click();
	await expect(
		coordinator.getByText('Anna luku, joka on nolla tai suurempi, esimerkiksi 0,5.')
	).toBeVisible();
	await expect(personYears).toHaveAttribute('aria-invalid', 'true');
	await personYears.fill('0,5');
	const ngoStructure = coordinator.getByRole('group', {
		name: 'Järjestöjen vetämä yhteistyörakenne'
	});
	await ngoStructure.getByLabel('Epävirallinen').check();
	await coordinator.locator('#q-ngo_structure-name').fill('Pohjois-Karjalan järjestöverkosto');
	await coordinator
		.getByRole('group', { name: 'Hyvinvointialueen järjestöyhteistyön asiakirja' })
		.getByLabel('Valmisteilla')
		.check();
	await coordinator.getByLabel(/STEA:n C-avustukset/).fill('1 250 000,50');
	await coordinator
		.getByRole('group', { name: 'Onko Lähellä.fi avustusten kriteerinä?' })
		.getByLabel('Kyllä')
		.check();
	await coordinator.getByRole('button', { name: 'Tallenna luonnos' }).click();
	await expect(coordinator.getByText('Luonnos on tallennettu.')).toBeVisible();
	await expect(personYears).toHaveValue('0,5');
	await coordinator.getByRole('button', { name: 'Lähetä vastaus' }).click();
	await expect(coordinator.getByText('Vastaus on lähetetty. Kiitos!')).toBeVisible();
	await expect(coordinator.getByText('Vastausta ei voi nyt muokata.')).toHaveCount(0);
	await expect(personYears).toBeDisabled();

	await national.reload();
	const regions = national.getByRole('region', { name: 'Alueiden vastaukset' });
	await expect(regions.getByRole('row', { name: /Pohjois-Karjala/ })).toContainText('Lähetetty');
	await expect(regions.getByRole('row', { name: /Pohjois-Karjala/ })).toContainText('Leena Ahonen');
	await expectAccessibleBothLanguages(national);
	await national.getByRole('button', { name: 'Julkaise vuoden tilannekuva' }).click();
	await expect(national.getByText('Kysely on julkaistu.')).toBeVisible();
	await expect(national.getByRole('button', { name: 'Palauta luonnokseksi' })).toHaveCount(0);
});

test('the region’s other members see neither its answer nor the surveys', async ({ browser }) => {
	const director = await signedInAt(browser, server.origin, DEMO.director);
	const response = await director.goto(`/situation/answer/${year}`);
	expect(response?.status()).toBe(404);
	const surveys = await director.goto('/situation/surveys');
	expect(surveys?.status()).toBe(403);
});
