/**
 * Issue 11: an NGO applies for a grant and two assessors judge the application.
 * The NGO's representative fills in the application (the draft saving as she
 * types), attaches the statutes as a PDF and submits; one assessor declares a
 * conflict of interest and cannot score, the other scores; the coordinator
 * sees the application assessed in the call's list. On a server of its own,
 * with the open call written into its database.
 */
import type { Browser, Page } from '@playwright/test';
import {
	DEMO,
	expect,
	expectAccessible,
	expectAccessibleInSwedish,
	liveTextsReady,
	signedInAt,
	test
} from './fixtures';
import { insertOpenCall, insertOtherNgoApplication, type OpenCall } from './grant-setup';
import { pageProblems } from './page-check';
import { sidePort, startServer, type StartedServer } from './server';

const PORT = sidePort(21);
test.use({ baseURL: `http://localhost:${PORT}` });

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');

let server: StartedServer;
let call: OpenCall;
let applicationPath: string;
let filePath: string;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startServer(PORT, { demo: true });
	call = insertOpenCall(server.databasePath, [DEMO.director, DEMO.secretary]);
});

test.afterAll(() => server?.stop());

const signedIn = (browser: Browser, email: string) => signedInAt(browser, server.origin, email);

/** On a 320 px phone: no sideways scrolling, clipped text or axe violations. */
async function expectFineOnPhone(page: Page): Promise<void> {
	const size = page.viewportSize();
	await page.setViewportSize({ width: 320, height: 800 });
	expect(await pageProblems(page), `at 320 px: ${page.url()}`).toEqual([]);
	if (size) await page.setViewportSize(size);
}

test('the NGO fills in its application, attaches the statutes and submits', async ({ browser }) => {
	const ngo = await signedIn(browser, DEMO.ngo);
	// The call's page (another part of the work) offers this form; posted here as it would post it.
	const started = await ngo.request.post(`/grants/calls/${call.callId}?/apply`, {
		form: {},
		headers: { origin: server.origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(started.status()).toBe(303);
	applicationPath = started.headers().location;
	expect(applicationPath).toMatch(/^\/grants\/applications\/\d+$/);
	await ngo.goto(applicationPath);
	// The line buttons come with JavaScript: typing before the page is hydrated could be overwritten.
	await expect(ngo.getByRole('button', { name: 'Lisää kulurivi' })).toBeVisible();
	await liveTextsReady(ngo);

	await ngo.getByLabel('Hakemuksen nimi').fill('Vertaistukiryhmät nuorille aikuisille');
	await ngo
		.getByLabel('Toiminnan kuvaus')
		.fill('Viikoittaiset vertaistukiryhmät kolmessa kunnassa.');
	await ngo.getByLabel(call.className).check();
	await expect(
		ngo.getByText('Kunnissa: Sosiaali- ja terveystoimi: järjestöavustukset')
	).toBeVisible();
	await ngo.getByLabel('Liperi').check();
	await ngo.getByLabel('Haettava summa (€)').fill('12 500');
	await ngo.getByLabel('Kulu 1: selite').fill('Ohjaajien palkkiot');
	await ngo.getByLabel('Kulu 1: summa (€)').fill('15 000');
	await ngo.getByRole('button', { name: 'Lisää kulurivi' }).click();
	await expect(ngo.getByLabel('Kulu 2: selite')).toBeFocused();
	await ngo.keyboard.type('Tilavuokra');
	await ngo.getByLabel('Kulu 2: summa (€)').fill('1 200');
	await expect(
		ngo.getByRole('status').filter({ hasText: /Luonnos tallennettu klo/ })
	).toBeVisible();

	// A wrong amount is named by its field and stores nothing.
	await ngo.getByLabel('Haettava summa (€)').fill('paljon');
	await ngo.getByRole('button', { name: 'Tallenna luonnos' }).click();
	await expect(ngo.getByText('Kirjoita summa euroina')).toBeVisible();
	await expect(ngo.getByLabel('Haettava summa (€)')).toHaveValue('paljon');
	await ngo.reload();
	await expect(ngo.getByLabel('Haettava summa (€)')).toHaveValue('12500');
	await expect(ngo.getByLabel('Hakemuksen nimi')).toHaveValue(
		'Vertaistukiryhmät nuorille aikuisille'
	);
	await expect(ngo.getByText(/Kulut yhteensä 16\s200/)).toBeVisible();

	// Incomplete: each missing part is named, and nothing is sent.
	await ngo.getByRole('button', { name: 'Lähetä hakemus' }).click();
	await expect(ngo.getByText('Hakemusta ei lähetetty')).toBeVisible();
	await expect(ngo.getByText('Lisää säännöt.').first()).toBeVisible();
	await expect(ngo.getByText('Vahvista vakuutus.').first()).toBeVisible();

	await ngo.getByLabel('Liitteen laji').selectOption({ label: 'Säännöt' });
	await ngo.getByLabel('Tiedosto').setInputFiles({
		name: 'saannot.pdf',
		mimeType: 'application/pdf',
		buffer: PDF
	});
	await ngo.getByRole('button', { name: 'Lisää liite' }).click();
	const fileLink = ngo.getByRole('link', { name: 'saannot.pdf' });
	await expect(fileLink).toBeVisible();
	filePath = (await fileLink.getAttribute('href'))!;
	const file = await ngo.request.get(filePath);
	expect(file.headers()['content-disposition']).toContain('attachment');
	expect(Buffer.from(await file.body())).toEqual(PDF);

	await expectAccessible(ngo);
	await expectAccessibleInSwedish(ngo);
	await expectFineOnPhone(ngo);

	await ngo.getByLabel('Vakuutan, että hakemuksen tiedot ovat oikein').check();
	await ngo.getByRole('button', { name: 'Lähetä hakemus' }).click();
	await expect(ngo.getByText('Hakemus on lähetetty.')).toBeVisible();
	await expect(ngo.locator('.badge.status')).toHaveText('Lähetetty');
	await expect(ngo.getByLabel('Hakemuksen nimi')).toHaveCount(0);
	await ngo.context().close();
});

test('one assessor declares a conflict of interest and cannot score; the other scores', async ({
	browser
}) => {
	const barred = await signedIn(browser, DEMO.director);
	await barred.goto(applicationPath);
	await barred.getByText('Esteellisyys', { exact: true }).click();
	await barred.getByLabel('Esteellisyyden peruste').fill('Olen hakijayhdistyksen hallituksessa.');
	await barred.getByRole('button', { name: 'Ilmoita esteellisyys' }).click();
	await expect(barred.getByText('Olet ilmoittanut olevasi esteellinen')).toBeVisible();
	await expect(barred.getByRole('button', { name: 'Merkitse arvio valmiiksi' })).toHaveCount(0);
	await expect(barred.getByLabel('Vaikuttavuus (paino 2)')).toHaveCount(0);
	await barred.context().close();

	const assessor = await signedIn(browser, DEMO.secretary);
	await assessor.goto(applicationPath);
	await assessor.getByLabel('Vaikuttavuus (paino 2)').selectOption('4');
	await assessor.getByRole('button', { name: 'Merkitse arvio valmiiksi' }).click();
	await expect(assessor.getByText('Valitse pisteet.')).toBeVisible();
	await assessor.getByLabel('Toteutettavuus (paino 1)').selectOption('5');
	await assessor.getByLabel('Perustelut').fill('Selkeä suunnitelma ja kohderyhmä.');
	await assessor.getByRole('button', { name: 'Merkitse arvio valmiiksi' }).click();
	await expect(assessor.getByText(/Arviosi valmistui/)).toBeVisible();
	await expect(assessor.locator('.badge.status')).toHaveText('Arvioitu');
	await expectAccessible(assessor);
	await expectFineOnPhone(assessor);
	await assessor.context().close();
});

test('the coordinator sees the call’s applications with their assessments', async ({ browser }) => {
	const coordinator = await signedIn(browser, DEMO.coordinator);
	await coordinator.goto(`/grants/calls/${call.callId}/applications`);
	const row = coordinator.getByRole('row', { name: /Vertaistukiryhmät nuorille aikuisille/ });
	await expect(row).toContainText('12 500');
	await expect(row).toContainText('Arvioitu');
	await expect(row).toContainText('2/2');
	await expect(row).toContainText('4,33');
	await expectAccessible(coordinator);
	await expectAccessibleInSwedish(coordinator);
	await expectFineOnPhone(coordinator);

	await coordinator.goto(applicationPath);
	await expect(coordinator.getByText('Painotettujen pisteiden keskiarvo: 4,33')).toBeVisible();
	await expectAccessible(coordinator);
	await expectAccessibleInSwedish(coordinator);
	await expectFineOnPhone(coordinator);

	const listed = await coordinator.request.get(`/api/grants/applications?callId=${call.callId}`);
	expect(await listed.json()).toEqual([
		{
			id: Number(applicationPath.split('/').at(-1)),
			callId: call.callId,
			organisationId: expect.any(Number),
			amountRequestedEur: 12500,
			status: 'assessed',
			channel: 'online',
			amountGrantedEur: null,
			decisionMeetingId: null
		}
	]);
	await coordinator.context().close();
});

test('another NGO’s application is not found: its page, its file and in the API', async ({
	browser
}) => {
	const theirs = insertOtherNgoApplication(server.databasePath, call.callId);
	const ngo = await signedIn(browser, DEMO.ngo);
	const page = await ngo.goto(`/grants/applications/${theirs.applicationId}`);
	expect(page?.status()).toBe(404);
	expect(
		(
			await ngo.request.get(`/grants/applications/${theirs.applicationId}/files/${theirs.fileId}`)
		).status()
	).toBe(404);
	// The demo's own applications of the NGO are listed too; the other NGO's never.
	const own: { id: number }[] = await (await ngo.request.get('/api/grants/applications')).json();
	expect(own.map((a) => a.id)).toContain(Number(applicationPath.split('/').at(-1)));
	expect(own.map((a) => a.id)).not.toContain(theirs.applicationId);
	await ngo.context().close();

	const anonymous = await browser.newContext({ baseURL: server.origin });
	expect((await anonymous.request.get(filePath)).status()).toBe(404);
	await anonymous.close();
});
