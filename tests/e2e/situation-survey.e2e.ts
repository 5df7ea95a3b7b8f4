/**
 * The yearly survey of the national picture: the demo county's coordinator
 * finds this year's answer (opened by the demo) prefilled, names the
 * respondent, corrects answers and submits; the national role publishes the
 * year, then starts next year's survey, adds a question and opens it.
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

/** Chooses an option of a question asked with options (its legend is the question). */
async function choose(page: Page, question: RegExp, option: string): Promise<void> {
	await page.getByRole('group', { name: question }).getByLabel(option, { exact: true }).check();
}

test('the region finds this year’s open survey prefilled, corrects it and submits, and the national role publishes the year', async ({
	browser
}) => {
	test.setTimeout(180_000);
	// The demo opened this year's survey from last year's questions.
	const national = await signedInAt(browser, server.origin, NATIONAL);
	await openNavigation(national, 'Tilannekuvan kyselyt');
	await expect(national.getByRole('heading', { level: 1 })).toHaveText('Tilannekuvan kyselyt');
	await expectAccessibleBothLanguages(national);
	await national.goto(`/situation/surveys/${year}`);
	await expectAccessible(national);

	const coordinator = await signedInAt(browser, server.origin, DEMO.coordinator);
	await openNavigation(coordinator, 'Tilannekuvakysely');
	await expect(coordinator).toHaveURL(`/situation/answer/${year}`);
	// Prefilled from what the app knows (the coordinators by name) and from last year's answer.
	await expect(coordinator.getByLabel(/Millä nimikkeellä vastuuhenkilö toimii/)).toHaveValue(
		/Hanna Kettunen, hyvinvointikoordinaattori/
	);
	await expect(coordinator.getByText('Esitäytetty: sovelluksen tiedoista').first()).toBeVisible();
	await expect(coordinator.getByText('Esitäytetty: viime vuoden vastaus').first()).toBeVisible();
	await expectAccessibleBothLanguages(coordinator);

	await coordinator
		.getByLabel('Vastaaja', { exact: true })
		.selectOption({ label: 'Leena Ahonen (Mielenvireä Karjala ry)' });
	await coordinator.getByRole('button', { name: 'Nimeä vastaaja' }).click();
	await expect(coordinator.getByText('Vastaaja on nimetty.')).toBeVisible();
	await expect(
		coordinator.getByText(/Vastaaja: Leena Ahonen, alueellisen järjestöverkoston edustaja/)
	).toBeVisible();

	// Two corrections of what was prefilled, and a mistyped number: the message stands next to the field.
	const personYears = coordinator.getByLabel(/henkilötyövuosia järjestöyhteistyöhön/);
	await personYears.fill('puoli');
	await coordinator.getByRole('button', { name: 'Tallenna luonnos' }).click();
	await expect(
		coordinator.getByText('Anna luku, joka on nolla tai suurempi, esimerkiksi 0,5.')
	).toBeVisible();
	await expect(personYears).toHaveAttribute('aria-invalid', 'true');
	await personYears.fill('0,5');
	await choose(coordinator, /järjestölähtöinen yhteistyörakenne/, 'Epävirallinen');
	await coordinator.locator('#q-ngo_structure-name').fill('Pohjois-Karjalan järjestöverkosto');
	await coordinator.getByLabel(/STEA:n järjestöille myöntämät C-avustukset/).fill('1 250 000,50');
	// What last year left unanswered.
	await choose(coordinator, /järjestöyhteistyön asiakirja\?/, 'Valmisteilla');
	await choose(coordinator, /kuvattu järjestöyhteistyön asiakirjassa/, 'Kumppanuustoiminta');
	await choose(coordinator, /Kuinka usein asiakirja päivitetään/, 'Tarpeen mukaan');
	await choose(coordinator, /nimetty järjestöyhteistyön vastuuhenkilö/, 'Kyllä');
	await choose(
		coordinator,
		/Millä mallilla järjestöt osallistuvat/,
		'Yhteiset neuvottelut kuntien ja järjestöjen kanssa'
	);
	await choose(coordinator, /rooli kuvattu HYTE-yhteistyön asiakirjoissa/, 'Kyllä');
	await choose(
		coordinator,
		/Lähellä.fi-palvelusta kriteeri/,
		'Hyvinvointialue suosittelee Lähellä.fi-palvelun käyttöä'
	);
	await choose(
		coordinator,
		/Palvelutiet/,
		'Hyvinvointialue suosittelee tietojen lisäämistä PTV:hen'
	);
	await coordinator.getByRole('button', { name: 'Tallenna luonnos' }).click();
	await expect(coordinator.getByText('Luonnos on tallennettu.')).toBeVisible();
	await expect(personYears).toHaveValue('0,5');
	await coordinator.getByRole('button', { name: 'Lähetä vastaus' }).click();
	await expect(coordinator.getByText('Vastaus on lähetetty. Kiitos!')).toBeVisible();
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

test('the national role starts next year’s survey from this year’s questions, adds one and opens it', async ({
	browser
}) => {
	const national = await signedInAt(browser, server.origin, NATIONAL);
	await national.goto('/situation/surveys');
	await national.getByLabel('Kyselyn vuosi').fill(String(year + 1));
	await national.getByRole('button', { name: 'Aloita vuoden kysely' }).click();
	await expect(national).toHaveURL(`/situation/surveys/${year + 1}`);

	// A new question, moved up in its section.
	const strengths = national.getByRole('region', { name: 'Vahvuudet ja kehittämistarpeet' });
	await expect(strengths.getByText('development_needs')).toBeVisible();
	await strengths.getByText('Lisää kysymys osioon').click();
	await strengths.getByLabel('Tunniste').last().fill('volunteer_training');
	await strengths.getByLabel('Vastauksen tyyppi').last().selectOption('choice');
	await strengths
		.getByLabel('Kysymys', { exact: true })
		.last()
		.fill('Tarjoaako hyvinvointialue järjestöjen vapaaehtoisille koulutusta?');
	await strengths.getByLabel('Vaihtoehdot').last().fill('Kyllä\nEi');
	await strengths.getByRole('button', { name: 'Lisää kysymys' }).click();
	await expect(strengths.getByText('volunteer_training')).toBeVisible();
	await strengths
		.locator('summary', { hasText: 'Tarjoaako hyvinvointialue järjestöjen vapaaehtoisille' })
		.click();
	await strengths.getByRole('button', { name: /^Siirrä ylös\s*: Tarjoaako/ }).click();
	const order = strengths.locator('ol > li');
	await expect(order.nth(2)).toContainText('volunteer_training');
	await expect(order.nth(3)).toContainText('current_changes');
	await expectAccessible(national);

	// A deadline in the past is refused next to its field.
	await national.getByLabel('Viimeinen vastauspäivä').fill(today.minus({ days: 1 }).toISODate()!);
	await national.getByRole('button', { name: 'Avaa kysely vastattavaksi' }).click();
	await expect(national.getByText('Anna päivämäärä, joka ei ole menneisyydessä.')).toBeVisible();
	await national.getByLabel('Viimeinen vastauspäivä').fill(today.plus({ days: 60 }).toISODate()!);
	await national.getByRole('button', { name: 'Avaa kysely vastattavaksi' }).click();
	await expect(national.getByText('Kysely on avattu vastattavaksi.')).toBeVisible();
});

test('the region’s other members see neither its answer nor the surveys', async ({ browser }) => {
	const director = await signedInAt(browser, server.origin, DEMO.director);
	const response = await director.goto(`/situation/answer/${year}`);
	expect(response?.status()).toBe(404);
	const surveys = await director.goto('/situation/surveys');
	expect(surveys?.status()).toBe(403);
});
