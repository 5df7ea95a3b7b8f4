/**
 * Issue 11, the whole way through on a demo server of its own: a coordinator
 * opens an operating-grant call; the NGO representative applies with an
 * attachment and submits; two assessors score, one after declaring a conflict
 * of interest and so not at all; the handler closes the call and puts the
 * proposal on the agenda of the deciding body's meeting; the minutes record
 * the decision and are approved; the NGO reads its decision letter and sees
 * the payment date on its calendar; the public list shows the grant, never
 * the application.
 */
import type { Browser } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { DEMO, expect, expectAccessible, liveTextsReady, signedInAt, test } from './fixtures';
import { sidePort, startServer, type StartedServer } from './server';

const PORT = sidePort(23);
test.use({ baseURL: `http://localhost:${PORT}` });

const TITLE = 'Toiminta-avustukset: koko kierros';
const PURPOSE = 'Nuorten aikuisten vertaistuki';
const ACTIVITY = 'Vertaisryhmä kokoontuu viikoittain Joensuussa ja Lieksassa.';
const CLASS = 'Mielenterveys- ja päihdepalveluihin kiinnittyvä toiminta ja kriisityö';
const NETWORK = 'Hyvinvointikoordinaattoriverkosto';
const NETWORK_CHAIR = 'marja.sallinen@pkhva.example';
const NGO = 'Mielenvireä Karjala ry';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
const nextYear = new Date().getFullYear() + 1;

let server: StartedServer;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startServer(PORT, { demo: true });
});

test.afterAll(() => server?.stop());

const signedIn = (browser: Browser, email: string) => signedInAt(browser, server.origin, email);

test('a grant goes from the call to the decision, the letter, the calendar and the public list', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const coordinator = await signedIn(browser, DEMO.coordinator);

	// The coordinator opens the call: the demo's operating basket, assessed by two people.
	await coordinator.goto('/grants');
	await coordinator.getByRole('link', { name: 'Uusi haku' }).click();
	await coordinator
		.getByLabel('Avustuskori')
		.selectOption({ label: 'Toiminta-avustus: Järjestöjen toiminta-avustukset' });
	await coordinator.getByLabel('Talousarviovuosi').fill(String(nextYear));
	await coordinator.getByLabel('Haun nimi').fill(TITLE);
	await coordinator.getByLabel('Avautumisaika').fill('00.00');
	await coordinator.getByLabel('Peruste 1', { exact: true }).fill('Vaikuttavuus');
	await coordinator.getByLabel('Perusteen 1 paino').fill('2');
	await coordinator.getByLabel('Peruste 2', { exact: true }).fill('Kustannukset');
	await coordinator.getByLabel('Perusteen 2 paino').fill('1');
	await coordinator.getByLabel(CLASS).check();
	await coordinator.getByLabel('Järjestön säännöt').check();
	await coordinator.getByLabel('Erän 1 maksupäivä').fill(`${nextYear}-02-01`);
	await coordinator.getByLabel('Erän 1 osuus (%)').fill('100');
	await coordinator.getByLabel('Päättävä toimielin').selectOption({ label: NETWORK });
	const assessors = coordinator.getByRole('group', { name: 'Arvioijat' });
	await assessors.getByLabel('Markku Honkanen (Liperin kunta)').check();
	await assessors.getByLabel('Satu Ryynänen (Pohjois-Karjalan hyvinvointialue)').check();
	await coordinator.getByRole('button', { name: 'Tallenna luonnos' }).click();
	await expect(coordinator.getByText('Haku on tallennettu luonnokseksi.')).toBeVisible();
	await coordinator.getByRole('button', { name: 'Julkaise haku' }).click();
	await expect(coordinator.getByText('Haku on julkaistu')).toBeVisible();
	const callPath = new URL(coordinator.url()).pathname.replace(/\/edit$/, '');

	// The NGO representative applies, attaches the statutes and submits.
	const ngo = await signedIn(browser, DEMO.ngo);
	await ngo.goto('/grants');
	await ngo.getByRole('button', { name: `Hae avustusta: ${TITLE}` }).click();
	await expect(ngo).toHaveURL(/\/grants\/applications\/\d+$/);
	const applicationPath = new URL(ngo.url()).pathname;
	// The line buttons come with JavaScript: typing before the page is hydrated could be overwritten.
	await expect(ngo.getByRole('button', { name: 'Lisää kulurivi' })).toBeVisible();
	await liveTextsReady(ngo);
	await ngo.getByLabel('Hakemuksen nimi').fill(PURPOSE);
	await ngo.getByLabel('Toiminnan kuvaus').fill(ACTIVITY);
	await ngo.getByLabel(CLASS).check();
	await ngo.getByLabel('Haettava summa (€)').fill('12 000');
	await ngo.getByLabel('Liitteen laji').selectOption({ label: 'Säännöt' });
	await ngo.getByLabel('Tiedosto').setInputFiles({
		name: 'saannot.pdf',
		mimeType: 'application/pdf',
		buffer: PDF
	});
	await ngo.getByRole('button', { name: 'Lisää liite' }).click();
	await expect(ngo.getByRole('link', { name: 'saannot.pdf' })).toBeVisible();
	await ngo.getByLabel('Vakuutan, että hakemuksen tiedot ovat oikein').check();
	await ngo.getByRole('button', { name: 'Lähetä hakemus' }).click();
	await expect(ngo.getByText('Hakemus on lähetetty.')).toBeVisible();

	// One assessor sits on the applicant's board: he declares it and cannot score.
	const barred = await signedIn(browser, DEMO.director);
	await barred.goto(applicationPath);
	await barred.getByText('Esteellisyys', { exact: true }).click();
	await barred.getByLabel('Esteellisyyden peruste').fill('Olen hakijayhdistyksen hallituksessa.');
	await barred.getByRole('button', { name: 'Ilmoita esteellisyys' }).click();
	await expect(barred.getByText('Olet ilmoittanut olevasi esteellinen')).toBeVisible();
	await expect(barred.getByLabel('Vaikuttavuus (paino 2)')).toHaveCount(0);
	await barred.context().close();

	// The other finds it on the call's page, among the applications she is to assess.
	const assessor = await signedIn(browser, DEMO.secretary);
	await assessor.goto(callPath);
	await assessor
		.getByRole('region', { name: 'Sinulle arvioitavat hakemukset' })
		.getByRole('link', { name: `${NGO}: ${PURPOSE}` })
		.click();
	await assessor.getByLabel('Vaikuttavuus (paino 2)').selectOption('5');
	await assessor.getByLabel('Kustannukset (paino 1)').selectOption('4');
	await assessor.getByRole('button', { name: 'Merkitse arvio valmiiksi' }).click();
	await expect(assessor.getByText(/Arviosi valmistui/)).toBeVisible();
	await assessor.context().close();

	// The handler ends the application period, proposes and puts the proposal on the agenda.
	await coordinator.goto(`${callPath}/edit`);
	const now = new Date();
	const clock = new Intl.DateTimeFormat('fi-FI', {
		timeZone: 'Europe/Helsinki',
		hour: '2-digit',
		minute: '2-digit'
	}).format(now);
	const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(now);
	await coordinator.getByLabel('Päättymispäivä').fill(today);
	await coordinator.getByLabel('Päättymisaika').fill(clock);
	await coordinator.getByRole('button', { name: 'Muuta päättymisaikaa' }).click();
	await expect(coordinator.getByText('Hakuajan päättymisaika on muutettu.')).toBeVisible();
	await coordinator.goto(`${callPath}/proposal`);
	await coordinator.waitForLoadState('networkidle');
	await expectAccessible(coordinator);
	await coordinator.getByLabel(`Esitetty avustus euroina: ${NGO}`).fill('10 000');
	await coordinator
		.getByLabel(`Esityksen perustelut: ${NGO}`)
		.fill('Toiminta kiinnittyy mielenterveyspalveluihin.');
	await coordinator.getByRole('button', { name: 'Tallenna esitys' }).click();
	await expect(coordinator.getByText('Esitys tallennettu.')).toBeVisible();
	// Still the closed call's proposal page, offering the network's planned meetings: a failure
	// here names the state the page is in rather than timing out on a missing button.
	await expect(coordinator).toHaveURL(new RegExp(`${callPath}/proposal$`));
	await expect(coordinator.getByRole('heading', { level: 1, name: 'Päätösesitys' })).toBeVisible();
	await expect(coordinator.getByLabel('Kokous', { exact: true })).toBeVisible();
	await coordinator.getByRole('button', { name: 'Vie esitys esityslistalle' }).click();
	await expect(coordinator.getByText(/Esitys on kokouksen .* esityslistalla\./)).toBeVisible();
	await coordinator.getByRole('link', { name: 'Avaa kokous' }).click();
	await expect(coordinator).toHaveURL(/\/meetings\/\d+$/);
	const meetingUrl = coordinator.url();

	// The meeting: started early, the decision recorded in the minutes, sent for approval.
	const manage = coordinator.getByRole('region', { name: 'Kokouksen hallinta' });
	const early = manage.getByText('Kokoukseen on vielä yli vuorokausi.');
	const running = coordinator.getByText('Käynnissä', { exact: true });
	await manage.getByRole('button', { name: 'Aloita kokous' }).click();
	await expect(early.or(running)).toBeVisible();
	if (await early.isVisible()) await manage.getByRole('button', { name: 'Aloita kokous' }).click();
	await expect(running).toBeVisible();
	await coordinator.getByRole('link', { name: `Avustuspäätös: ${TITLE}` }).click();
	await expect(coordinator.getByLabel(`Myönnetty avustus euroina: ${NGO}`)).toHaveValue('10000');
	await expectAccessible(coordinator);
	await coordinator.getByRole('button', { name: 'Kirjaa päätös pöytäkirjaan' }).click();
	await expect(coordinator.getByText('Päätös on kirjattu pöytäkirjaan.')).toBeVisible();
	await coordinator.goto(meetingUrl);
	await coordinator.getByRole('button', { name: 'Lähetä muistio tarkastettavaksi' }).click();
	await coordinator.getByRole('button', { name: 'Lähetä muistio tarkastettavaksi' }).click();
	await coordinator.getByRole('button', { name: 'Hyväksy muistio' }).click();
	const chair = await signedIn(browser, NETWORK_CHAIR);
	await chair.goto(meetingUrl);
	await chair.getByRole('button', { name: 'Hyväksy muistio' }).click();
	await expect(chair.getByText('Hyväksytty', { exact: true })).toBeVisible();
	await expect(chair.getByText(/myönsi avustukset|esityksen mukaisesti/).first()).toBeVisible();
	await chair.context().close();

	// The NGO: its decision, the letter in Finnish form, and the payment date on its calendar.
	await ngo.goto(applicationPath);
	await expect(ngo.locator('.badge.status')).toHaveText('Myönnetty osittain');
	await ngo.getByRole('link', { name: /Päätös on tehty/ }).click();
	await expect(ngo.getByRole('heading', { level: 1, name: 'Avustuspäätös' })).toBeVisible();
	await expectAccessible(ngo);
	const letter = await ngo.request.get(`${applicationPath}/decision.pdf`);
	expect(letter.headers()['content-type']).toBe('application/pdf');
	const text = (
		await extractText(await getDocumentProxy(new Uint8Array(await letter.body())), {
			mergePages: true
		})
	).text.replace(/\s+/g, ' ');
	expect(text).toMatch(/10\s000/);
	expect(text).toContain(PURPOSE);
	expect(text).toContain('Oikaisuvaatimusohje');
	await ngo.goto(`/calendar?year=${nextYear}`);
	await expect(
		ngo.getByRole('row', { name: `1.2.${nextYear} ${TITLE}: ${NGO} Avustuksen maksuerä` })
	).toBeVisible();

	// Anyone: the public list shows the grant; nothing of the application is public.
	const visitor = await (
		await browser.newContext({
			baseURL: server.origin,
			locale: 'fi-FI',
			timezoneId: 'Europe/Helsinki'
		})
	).newPage();
	await visitor.goto('/archive/grants');
	const row = visitor.getByRole('row', { name: new RegExp(PURPOSE) });
	await expect(row).toContainText(NGO);
	await expect(row).toContainText(/10\s000/);
	await expectAccessible(visitor);
	expect(await visitor.content()).not.toContain(ACTIVITY);
	const csv = await (await visitor.request.get('/archive/grants.csv')).text();
	expect(csv).toContain(PURPOSE);
	expect(csv).not.toContain(ACTIVITY);
	const hidden = await visitor.request.get(applicationPath, { maxRedirects: 0 });
	expect([302, 303, 404]).toContain(hidden.status());
	expect(await hidden.text()).not.toContain(ACTIVITY);
	expect(
		(await visitor.request.get(`${applicationPath}/decision.pdf`, { maxRedirects: 0 })).status()
	).not.toBe(200);
});
