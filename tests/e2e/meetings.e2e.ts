import type { Page } from '@playwright/test';
import { DEMO, expect, expectAccessible, logIn, test } from './fixtures';

/** The live item of a document by its heading ("1. Kokouksen avaus …"). */
function item(page: Page, section: 'Muistio' | 'Esityslista', number: number) {
	return page
		.locator('section', { has: page.getByRole('heading', { level: 2, name: section }) })
		.locator('li.item', { has: page.getByRole('heading', { level: 3, name: new RegExp(`^${number}\\. `) }) });
}

/** Opens a <details> whatever its state (a click would close one that is open). */
async function open(details: ReturnType<Page['locator']>) {
	await details.evaluate((element) => ((element as HTMLDetailsElement).open = true));
}

async function typeInto(page: Page, editor: ReturnType<Page['getByRole']>, text: string) {
	await editor.click();
	await page.keyboard.press('End');
	await page.keyboard.type(text);
}

test('two people co-edit the agenda and the minutes and see each other', async ({ browser }) => {
	test.setTimeout(90_000);
	const secretaryContext = await browser.newContext({ locale: 'fi-FI' });
	const adminContext = await browser.newContext({ locale: 'fi-FI' });
	const secretary = await secretaryContext.newPage();
	const admin = await adminContext.newPage();
	await logIn(secretary, DEMO.coordinator);
	await logIn(admin, DEMO.admin);

	// The network's secretary schedules a meeting; its agenda starts with the standard items.
	await secretary.goto('/structure');
	await secretary.getByRole('link', { name: 'Hyvinvointikoordinaattoriverkosto', exact: true }).first().click();
	await secretary.locator('summary', { hasText: 'Kutsu koolle uusi kokous' }).click();
	await secretary.getByLabel('Otsikko').fill('Verkoston testikokous');
	await secretary.getByLabel('Päivä').fill('2027-03-16');
	await secretary.getByLabel('Alkaa').fill('13:00');
	await secretary.getByLabel('Päättyy').fill('15:15');
	await secretary.getByRole('button', { name: 'Kutsu koolle uusi kokous' }).click();
	await expect(secretary.getByRole('heading', { level: 1 })).toHaveText('Verkoston testikokous');
	await expect(secretary.getByText(/^\d+\/2027$/)).toBeVisible();
	const meetingUrl = secretary.url();

	await admin.goto(meetingUrl);
	for (const page of [secretary, admin]) {
		await expect(page.getByText('Tallennettu')).toBeVisible();
		await expect(item(page, 'Esityslista', 1).getByRole('heading')).toHaveText('1. Kokouksen avaus ja läsnäolijoiden toteaminen');
	}
	await expectAccessible(secretary);

	// Agenda: one types, the other sees the text and the caret with the writer's name.
	const proposal = (page: Page) => item(page, 'Esityslista', 3).getByRole('textbox', { name: 'Käsittelyehdotus' });
	await typeInto(secretary, proposal(secretary), ' Valmistellaan syyskuun neuvottelut.');
	await expect(proposal(admin)).toContainText('Valmistellaan syyskuun neuvottelut.');
	await expect(admin.locator('.collaboration-carets__label', { hasText: 'Hanna Kettunen' })).toBeVisible();
	await expect(secretary.getByText('Paikalla nyt (2)')).toBeVisible();

	// A new item lands before the standard closing items, with focus in its title, and appears in the other browser.
	const count = await admin.locator('section', { has: admin.getByRole('heading', { level: 2, name: 'Esityslista' }) }).locator('li.item').count();
	await admin.getByRole('button', { name: 'Lisää kohta' }).click();
	await expect(item(secretary, 'Esityslista', count + 1)).toBeVisible();
	const added = item(admin, 'Esityslista', count - 3);
	await expect(added.getByLabel('Otsikko')).toBeFocused();
	await expect(item(admin, 'Esityslista', count - 2)).toContainText('Seuraavat kokoukset');
	await expect(item(admin, 'Esityslista', count + 1)).toContainText('Kokouksen päättäminen');

	// The meeting starts: the minutes carry the agenda's items and proposals.
	await secretary.getByRole('button', { name: 'Aloita kokous' }).click();
	await expect(secretary.getByText('Käynnissä', { exact: true })).toBeVisible();
	await admin.reload();
	// The item proposed above is number 4 now: the new item went in before it.
	const discussion = (page: Page) => item(page, 'Muistio', 4).getByRole('textbox', { name: 'Kohta 4, käsittely', exact: true });
	const decision = (page: Page) => item(page, 'Muistio', 4).getByRole('textbox', { name: 'Päätös' });
	await expect(item(admin, 'Muistio', 4).getByRole('textbox', { name: 'Käsittelyehdotus' })).toContainText('Valmistellaan syyskuun neuvottelut.');
	await typeInto(secretary, discussion(secretary), 'Keskusteltiin indikaattoreista.');
	await typeInto(admin, decision(admin), 'Hyväksyttiin valmistelun pohjaksi.');
	await expect(discussion(admin)).toContainText('Keskusteltiin indikaattoreista.');
	await expect(decision(secretary)).toContainText('Hyväksyttiin valmistelun pohjaksi.');
	await expect(secretary.locator('.collaboration-carets__label', { hasText: 'Tuomas Pesonen' })).toBeVisible();
	await expectAccessible(secretary);

	// Attendance: one click now, then the time corrected; the Finnish wording follows.
	const row = secretary.getByRole('row', { name: /Katja Mononen/ });
	await row.getByRole('button', { name: 'Läsnä' }).click();
	await expect(row.getByRole('button', { name: 'Läsnä' })).toHaveAttribute('aria-pressed', 'true');
	await row.getByRole('button', { name: 'Poistui nyt' }).click();
	await open(row.locator('details'));
	await row.getByLabel('Poistui klo').fill('13:40');
	await row.locator('form', { has: secretary.getByLabel('Poistui klo') }).getByRole('button', { name: 'Tallenna' }).click();
	await expect(row.getByText('poistui klo 13.40')).toBeVisible();
	await row.getByRole('button', { name: 'Palasi nyt' }).click();
	await open(row.locator('details'));
	await row.getByLabel('Palasi klo').fill('14:19');
	await row.locator('form', { has: secretary.getByLabel('Palasi klo') }).getByRole('button', { name: 'Tallenna' }).click();
	await expect(row).toContainText('poistui klo 13.40 ja palasi 14.19');

	// Opening and closing times and the items' start times give each item its attendance.
	await secretary.getByLabel('Avattu klo').fill('13:00');
	await secretary.getByLabel('Päätetty klo').fill('15:15');
	await secretary.getByRole('button', { name: 'Tallenna avaus- ja päättymisaika' }).click();
	await expect(secretary.getByText('Päätetty klo').first()).toBeVisible();
	const perItem = secretary.locator('section', { has: secretary.getByRole('heading', { name: 'Läsnäolo kohdittain' }) });
	for (const [number, time] of [[1, '13:00'], [2, '13:20'], [3, '13:45'], [4, '14:10']] as const) {
		const itemRow = perItem.getByRole('row', { name: new RegExp(`^${number}\\. `) });
		await open(itemRow.locator('details'));
		await itemRow.getByLabel(`Kohta ${number} alkoi klo`).fill(time);
		await itemRow.getByRole('button', { name: 'Tallenna' }).click();
		await expect(itemRow).toContainText(time.replace(':', '.'));
	}
	// Katja was out from 13.40 to 14.19: present for items 2 and 4, not for item 3 (13.45–14.10).
	await expect(perItem.getByRole('row', { name: /^2\. / })).toContainText('Katja Mononen');
	await expect(perItem.getByRole('row', { name: /^3\. / })).not.toContainText('Katja Mononen');
	await expect(perItem.getByRole('row', { name: /^4\. / })).toContainText('Katja Mononen');

	await secretaryContext.close();
	await adminContext.close();
});

test('presence per item follows the arrival and leave times', async ({ page, loginAs }) => {
	await loginAs('coordinator');
	await page.getByRole('link', { name: /on käynnissä/ }).first().click();
	const perItem = page.locator('section', { has: page.getByRole('heading', { name: 'Läsnäolo kohdittain' }) });
	// The demo meeting has reached its first two items; the third starts now.
	await perItem.getByRole('button', { name: 'Kohta 3 alkaa nyt' }).click();
	const third = perItem.getByRole('row', { name: /^3\. / });
	// The chair has been in the room all along.
	await expect(third).toContainText('Marja Sallinen');
	await expect(third).not.toContainText('Ei vielä käsitelty');
	await expectAccessible(page);
});

test('the meetings API lists meetings with their numbers and attendance', async ({ page, loginAs }) => {
	await loginAs('director');
	const meetings = await (await page.request.get('/api/meetings')).json();
	expect(meetings.length).toBeGreaterThan(0);
	expect(meetings[0]).toEqual(
		expect.objectContaining({ id: expect.any(Number), bodyId: expect.any(Number), level: expect.any(String), title: expect.any(String), number: expect.stringMatching(/^\d+\/\d{4}$/), startsAt: expect.any(String), endsAt: expect.any(String), status: expect.any(String), url: expect.stringContaining('/meetings/') })
	);
	const past = meetings.find((m: { status: string }) => m.status === 'published');
	const detail = await (await page.request.get(`/api/meetings/${past.id}`)).json();
	expect(detail.agendaItems[0]).toMatchObject({ number: 1, title: 'Kokouksen avaus ja läsnäolijoiden toteaminen' });
	expect(detail.attendance.length).toBeGreaterThan(0);
	expect((await page.request.get('/api/meetings/999999')).status()).toBe(404);
});

test('marking attendance leaves the live minutes alone, and the other browser sees it without a reload', async ({ browser }) => {
	const secretaryContext = await browser.newContext({ locale: 'fi-FI' });
	const chairContext = await browser.newContext({ locale: 'fi-FI' });
	const secretary = await secretaryContext.newPage();
	const chair = await chairContext.newPage();
	await logIn(secretary, DEMO.coordinator);
	await logIn(chair, DEMO.admin);
	await secretary.getByRole('link', { name: /on käynnissä/ }).first().click();
	await expect(secretary).toHaveURL(/\/meetings\/\d+$/);
	await chair.goto(secretary.url());

	const discussion = item(secretary, 'Muistio', 3).getByRole('textbox', { name: 'Kohta 3, käsittely', exact: true });
	await typeInto(secretary, discussion, ' Ensimmäinen lause.');
	// A mark on the editor's node: a new node (the editor made again) would not carry it.
	await discussion.evaluate((node) => ((node as HTMLElement & { probe?: boolean }).probe = true));
	const scrolled = await secretary.evaluate(() => window.scrollY);

	const row = secretary.getByRole('row').filter({ has: secretary.getByRole('button', { name: 'Läsnä' }) }).nth(1);
	const name = await row.getByRole('rowheader').evaluate((header) => header.firstChild!.textContent!.trim());
	const present = row.getByRole('button', { name: 'Läsnä' });
	const wasPresent = (await present.getAttribute('aria-pressed')) === 'true';
	await row.getByRole('button', { name: wasPresent ? 'Poissa' : 'Läsnä' }).click();
	await expect(present).toHaveAttribute('aria-pressed', wasPresent ? 'false' : 'true');

	await typeInto(secretary, discussion, ' Toinen lause.');
	await expect(discussion).toContainText('Ensimmäinen lause. Toinen lause.');
	expect(await discussion.evaluate((node) => (node as HTMLElement & { probe?: boolean }).probe)).toBe(true);
	await expect(secretary.getByText('Yhdistetään…')).toHaveCount(0);
	expect(Math.abs((await secretary.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(50);

	// The chair's page follows without a reload.
	const status = chair.locator('section[aria-labelledby="attendance-title"]').getByRole('row', { name: new RegExp(name) }).getByRole('cell').first();
	await expect(async () => {
		// The chosen status: the pressed button for those who record attendance, the text for others.
		const pressed = status.locator('[aria-pressed="true"]');
		expect(((await pressed.count()) > 0 ? await pressed.innerText() : await status.innerText()).trim()).toBe(wasPresent ? 'Poissa' : 'Läsnä');
	}).toPass({ timeout: 5000 });
	await expect(item(chair, 'Muistio', 3).getByRole('textbox', { name: 'Kohta 3, käsittely', exact: true })).toContainText('Toinen lause.');

	await secretaryContext.close();
	await chairContext.close();
});
