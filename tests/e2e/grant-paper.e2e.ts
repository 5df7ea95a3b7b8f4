/**
 * Issue 19, a paper application, on a demo server of its own: the
 * coordinator enters an association's application that came by post, with
 * the day it arrived and its scan; a day still to come is refused with a
 * clear message; the coordinator then writes the application with the NGO's
 * own form and sends it, and the call's list marks it as entered from paper.
 */
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import {
	DEMO,
	expect,
	expectAccessible,
	expectAccessibleInSwedish,
	liveTextsReady,
	logIn,
	test
} from './fixtures';
import { sidePort, startServer, type StartedServer } from './server';

const PORT = sidePort(39);
test.use({ baseURL: `http://localhost:${PORT}`, locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
const NGO = 'Kotikylän Omaishoitajat ry';

let server: StartedServer;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startServer(PORT, { demo: true });
});

test.afterAll(() => server?.stop());

/** The open call: the demo's operating grants for next year. */
function openCallId(): number {
	const db = new Database(server.databasePath, { fileMustExist: true, readonly: true });
	try {
		return (
			db
				.prepare('select id from grant_call where closes_at > ? order by closes_at limit 1')
				.get(Date.now()) as { id: number }
		).id;
	} finally {
		db.close();
	}
}

/** A date as the date field takes it, days from today in Helsinki. */
function day(offset: number): string {
	return new Date(Date.now() + offset * 86_400_000).toLocaleDateString('sv-SE', {
		timeZone: 'Europe/Helsinki'
	});
}

async function attach(page: Page, kind: string, name: string): Promise<void> {
	await page.getByLabel('Liitteen laji').selectOption({ label: kind });
	await page
		.getByLabel('Tiedosto')
		.setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF });
	await page.getByRole('button', { name: 'Lisää liite' }).click();
	await expect(page.getByRole('link', { name })).toBeVisible();
}

test('a handler enters a paper application with its scan and sends it with the NGO’s form', async ({
	page
}) => {
	test.setTimeout(180_000);
	await logIn(page, DEMO.coordinator);
	const callId = openCallId();
	await page.goto(`/grants/calls/${callId}/applications`);
	// The demo's paper application is marked in the list.
	await expect(page.getByText(/Paperihakemus, kirjannut .+, saapunut/).first()).toBeVisible();
	await expectAccessible(page);
	await expectAccessibleInSwedish(page);

	const form = page.locator('form[action="?/enterPaper"]');
	await form.getByLabel('Hakijayhdistys').selectOption({ label: NGO });
	await form.getByLabel('Saapumispäivä').fill(day(2));
	await form.getByLabel('Skannattu hakemus').setInputFiles({
		name: 'paperihakemus.pdf',
		mimeType: 'application/pdf',
		buffer: PDF
	});
	await form.getByRole('button', { name: 'Kirjaa paperihakemus' }).click();
	await expect(page.getByText('Saapumispäivä ei voi olla tulevaisuudessa.').first()).toBeVisible();
	await expectAccessible(page);

	await form.getByLabel('Saapumispäivä').fill(day(-1));
	await form.getByLabel('Skannattu hakemus').setInputFiles({
		name: 'paperihakemus.pdf',
		mimeType: 'application/pdf',
		buffer: PDF
	});
	await form.getByRole('button', { name: 'Kirjaa paperihakemus' }).click();
	await expect(page).toHaveURL(/\/grants\/applications\/\d+\?entered/);
	await expect(page.getByText('Paperihakemus on kirjattu.', { exact: false })).toBeVisible();
	await expect(page.getByText(/Paperihakemus, kirjannut .+, saapunut/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'paperihakemus.pdf' })).toBeVisible();

	// The NGO's own form, written by the handler from the paper.
	await liveTextsReady(page);
	await page.getByLabel('Hakemuksen nimi').fill('Omaishoitajien vertaisillat');
	await page.getByLabel('Toiminnan kuvaus').fill('Kuukausittaiset vertaisillat omaishoitajille.');
	await page
		.getByLabel('Ikäihmisten ja muiden kotona asumisen tukemiseen liittyvä toiminta')
		.check();
	await page.getByLabel('Haettava summa (€)').fill('3 000');
	await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
	await expect(page.getByLabel('Haettava summa (€)')).toHaveValue('3000');
	await attach(page, 'Säännöt', 'saannot.pdf');
	await attach(page, 'Edellisen vuoden tilinpäätös', 'tilinpaatos.pdf');
	await attach(page, 'Toimintasuunnitelma', 'suunnitelma.pdf');
	await expectAccessible(page);
	await page.getByLabel('Vakuutan, että hakemuksen tiedot ovat oikein').check();
	await page.getByRole('button', { name: 'Lähetä hakemus' }).click();
	await expect(page.getByText('Hakemus on lähetetty.')).toBeVisible();
	await expect(page.locator('.badge.status')).toHaveText('Lähetetty');

	await page.goto(`/grants/calls/${callId}/applications`);
	const row = page.getByRole('row', { name: new RegExp(NGO) });
	await expect(row.getByText(/Paperihakemus, kirjannut .+, saapunut/)).toBeVisible();
	await expect(row).toContainText('Lähetetty');
});
