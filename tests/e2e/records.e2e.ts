import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { DEMO, expect, expectAccessible, logIn, openMinutesItem, test } from './fixtures';

const CHAIR = 'riitta.kahkonen@pkhva.example';
const SECRET = 'Salainen-sana-Kivikko';

/** The minutes of the municipal cooperation group that wait for the chair in the demo. */
async function openWaitingMinutes(page: Page): Promise<string> {
	await page.goto('/structure');
	await page.getByRole('link', { name: 'Kuntayhteistyöryhmä', exact: true }).first().click();
	const waiting = page.locator('.meeting-list li', { hasText: 'Muistio tarkastettavana' });
	await waiting.getByRole('link').click();
	await expect(page.getByRole('heading', { name: 'Muistion hyväksyminen' })).toBeVisible();
	return page.url();
}

// Runs before the sign-off flow below, which publishes the demo's minutes in review.
test('drafts and unpublished minutes are 404 for the public at every URL that shows minutes', async ({
	page,
	request,
	loginAs
}) => {
	await loginAs('coordinator');
	const meetings = await (await page.request.get('/api/meetings')).json();
	// Running meetings, minutes in review, and approved minutes of a non-public body.
	const unpublished = meetings.filter((m: { status: string }) =>
		['in_progress', 'minutes_review', 'approved'].includes(m.status)
	);
	expect(unpublished.map((m: { status: string }) => m.status)).toEqual(
		expect.arrayContaining(['in_progress', 'minutes_review', 'approved'])
	);
	for (const m of unpublished as { id: number; status: string }[]) {
		for (const path of [
			`/archive/meetings/${m.id}`,
			`/archive/meetings/${m.id}/minutes.pdf`,
			`/meetings/${m.id}/minutes.pdf`
		]) {
			const response = await request.get(path, { maxRedirects: 0 });
			expect(response.status(), `${path} (${m.status})`).toBe(404);
		}
	}
});

test('minutes go from review through a change request to approval, publication and the public archive', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const chairContext = await browser.newContext({ locale: 'fi-FI' });
	const secretaryContext = await browser.newContext({ locale: 'fi-FI' });
	const chair = await chairContext.newPage();
	const secretary = await secretaryContext.newPage();
	await logIn(chair, CHAIR);
	await logIn(secretary, DEMO.secretary);

	// The chair asks for a change; the minutes go back to the secretary.
	const url = await openWaitingMinutes(chair);
	await expectAccessible(chair);
	await chair.getByText('Pyydä muutoksia').click();
	await chair.getByLabel('Mitä pitää muuttaa?').fill('Kohdan 3 päätökseen puuttuu aikataulu.');
	await chair.getByRole('button', { name: 'Palauta muistio korjattavaksi' }).click();
	await expect(chair.getByText('Käynnissä', { exact: true })).toBeVisible();

	// The secretary fixes it in the live minutes, marks one item non-public, and sends it back.
	await secretary.goto(url);
	await expect(secretary.getByText('Kohdan 3 päätökseen puuttuu aikataulu.')).toBeVisible();
	await openMinutesItem(secretary, 3);
	await openMinutesItem(secretary, 4);
	const item3 = secretary.locator('li.item', {
		has: secretary.getByRole('heading', { level: 3, name: /^3\. / })
	});
	const decision = item3.getByRole('textbox', { name: 'Päätös' });
	await decision.click();
	await secretary.keyboard.press('End');
	await secretary.keyboard.type(' Aikataulu vahvistetaan kesäkuussa.');
	const item4 = secretary.locator('li.item', {
		has: secretary.getByRole('heading', { level: 3, name: /^4\. / })
	});
	await item4.getByLabel('Julkinen kohta').uncheck();
	await item4.getByLabel('Salassapidon peruste').fill('JulkL 24 § 1 mom. 25 k');
	await item4.getByRole('textbox', { name: 'Päätös' }).click();
	await secretary.keyboard.type(` ${SECRET}`);
	await expect(secretary.getByText('Tallennettu')).toBeVisible();
	// Sending asks first, with the closing time recorded when the minutes first went to review.
	await secretary.getByRole('button', { name: 'Lähetä muistio tarkastettavaksi' }).click();
	await expect(secretary.getByLabel('Kokous päättyi klo')).toHaveValue(/^\d{2}:\d{2}$/);
	await secretary.getByRole('button', { name: 'Lähetä muistio tarkastettavaksi' }).click();

	// Both approve; the minutes are frozen.
	await secretary.getByRole('button', { name: 'Hyväksy muistio' }).click();
	const approvers = secretary
		.getByRole('region', { name: 'Muistion hyväksyminen' })
		.getByRole('listitem');
	await expect(approvers.filter({ hasText: 'sihteeri' })).toContainText('hyväksytty');
	await expect(approvers.filter({ hasText: 'puheenjohtaja' })).toContainText('ei vielä hyväksynyt');
	await chair.goto(url);
	await chair.getByRole('button', { name: 'Hyväksy muistio' }).click();
	await expect(chair.getByText('Hyväksytty', { exact: true })).toBeVisible();
	await expect(chair.getByRole('heading', { name: 'Muistion vakuudeksi' })).toBeVisible();
	await expect(chair.getByText('Aikataulu vahvistetaan kesäkuussa.')).toBeVisible();
	await expectAccessible(chair);
	// The live editor is gone for everyone: what stays is the record.
	await secretary.goto(url);
	await expect(secretary.getByRole('textbox', { name: 'Päätös' })).toHaveCount(0);
	await chairContext.close();
	await secretaryContext.close();

	// The coordinator publishes.
	const coordinatorContext = await browser.newContext({ locale: 'fi-FI' });
	const coordinator = await coordinatorContext.newPage();
	await logIn(coordinator, DEMO.coordinator);
	await coordinator.goto(url);
	await coordinator.getByRole('button', { name: 'Julkaise muistio' }).click();
	await expect(coordinator.getByText('Julkaistu', { exact: true })).toBeVisible();
	await coordinatorContext.close();

	// A visitor without an account reads the minutes and downloads the PDF.
	const visitorContext = await browser.newContext({ locale: 'fi-FI' });
	const visitor = await visitorContext.newPage();
	await visitor.goto('/archive');
	await expectAccessible(visitor);
	await visitor.getByRole('link', { name: 'Kuntayhteistyöryhmä' }).click();
	await expectAccessible(visitor);
	const meetingId = url.split('/').pop();
	await visitor.goto(`/archive/meetings/${meetingId}`);
	await expect(visitor.getByText('Aikataulu vahvistetaan kesäkuussa.')).toBeVisible();
	await expect(visitor.getByText('Ei julkinen: JulkL 24 § 1 mom. 25 k')).toBeVisible();
	expect(await visitor.content()).not.toContain(SECRET);
	await expectAccessible(visitor);
	const pdf = await visitor.request.get(`/archive/meetings/${meetingId}/minutes.pdf`);
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	const extracted = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), {
		mergePages: true
	});
	const text = extracted.text.replace(/\s+/g, ' ');
	expect(text).toContain('Aikataulu vahvistetaan kesäkuussa.');
	expect(text).toContain('Muistion vakuudeksi');
	expect(text).not.toContain(SECRET);
	// Nor through the open API.
	const oparlMeeting = await visitor.request.get(`/oparl/v1/meetings/${meetingId}`);
	expect(oparlMeeting.status()).toBe(200);
	expect(await oparlMeeting.text()).not.toContain(SECRET);
	await visitorContext.close();

	// The record is the body's Finnish document, whatever the reader's language: the page around it is English.
	const englishContext = await browser.newContext({ locale: 'en-GB' });
	const english = await englishContext.newPage();
	await english.goto(`/archive/meetings/${meetingId}`);
	await expect(english.getByRole('link', { name: 'Log in' })).toBeVisible();
	const record = english.locator('article.record');
	await expect(record.getByRole('heading', { name: 'Osallistujat' })).toBeVisible();
	await expect(record.getByRole('heading', { name: 'Muistion vakuudeksi' })).toBeVisible();
	await expect(record).not.toContainText('Attendees');
	await expect(record).toContainText(
		/Sisällön tarkiste \(SHA-256\): [0-9a-f]{4}( [0-9a-f]{4}){15}/
	);
	await englishContext.close();
});

test('search finds “päihdetyö” as typed, for members and in the public archive', async ({
	page,
	loginAs,
	browser
}) => {
	await loginAs('ngo');
	await page.getByRole('link', { name: 'Haku' }).click();
	await page.getByLabel('Hakusanat').fill('päihdetyö');
	await page.getByRole('button', { name: 'Hae' }).click();
	await expect(page.locator('mark').first()).toHaveText(/päihdetyö/i);
	await expectAccessible(page);

	const visitorContext = await browser.newContext({ locale: 'fi-FI' });
	const visitor = await visitorContext.newPage();
	await visitor.goto('/archive/search?q=p%C3%A4ihdety%C3%B6');
	await expect(visitor.locator('mark').first()).toHaveText(/päihdetyö/i);
	await expectAccessible(visitor);
	await visitor.goto('/archive/search?q=paihdetyo');
	await expect(visitor.locator('mark')).toHaveCount(0);
	await visitorContext.close();
});

test('OParl: the system object leads to published meetings', async ({ request }) => {
	const system = await (await request.get('/oparl/v1')).json();
	expect(system.type).toBe('https://schema.oparl.org/1.1/System');
	const bodies = await (await request.get(system.body)).json();
	const meetings = await (await request.get(bodies.data[0].meeting)).json();
	expect(meetings.data.length).toBeGreaterThan(0);
	expect(meetings.data[0].resultsProtocol.accessUrl).toMatch(
		/\/archive\/meetings\/\d+\/minutes\.pdf$/
	);
});

test('the agenda of an invited meeting of a public body is public', async ({ page }) => {
	await page.goto('/archive');
	await page.getByRole('link', { name: 'HYTE-foorumi' }).click();
	const upcoming = page
		.locator('section, main')
		.getByRole('heading', { name: 'Tulevat kokoukset' });
	await expect(upcoming).toBeVisible();
	await page.locator('.meeting-list').first().getByRole('link').first().click();
	await expect(page.getByText('Esityslista ennen kokousta. Se voi vielä muuttua.')).toBeVisible();
	await expect(page.getByRole('heading', { name: /^1\. Kokouksen avaus/ })).toBeVisible();
	await expectAccessible(page);
	const pdf = await page.request.get(page.url() + '/agenda.pdf');
	expect(pdf.status()).toBe(200);
});
