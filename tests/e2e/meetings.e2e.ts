import type { Locator, Page } from '@playwright/test';
import { DEMO, expect, expectAccessible, logIn, openMinutesItem, test } from './fixtures';

/** The live item of a document by its heading ("1. Kokouksen avaus …"). */
function item(page: Page, section: 'Muistio' | 'Esityslista', number: number) {
	return page
		.locator('section', { has: page.getByRole('heading', { level: 2, name: section }) })
		.locator('li.item', {
			has: page.getByRole('heading', { level: 3, name: new RegExp(`^${number}\\. `) })
		});
}

/** Opens a <details> whatever its state (a click would close one that is open). */
async function open(details: ReturnType<Page['locator']>) {
	await details.evaluate((element) => ((element as HTMLDetailsElement).open = true));
}

/** Schedules a meeting of the coordinator network from its body page and opens it. */
async function scheduleNetworkMeeting(page: Page, title: string, date: string) {
	await page.goto('/structure');
	await page
		.getByRole('link', { name: 'Hyvinvointikoordinaattoriverkosto', exact: true })
		.first()
		.click();
	await page.locator('summary', { hasText: 'Kutsu koolle uusi kokous' }).click();
	await page.getByLabel('Otsikko').fill(title);
	await page.getByLabel('Päivä').fill(date);
	await page.getByLabel('Alkaa').fill('13:00');
	await page.getByLabel('Päättyy').fill('15:15');
	await page.getByRole('button', { name: 'Kutsu koolle uusi kokous' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

/** The meeting's management, where its buttons that ask first are. */
const actions = (page: Page) => page.getByRole('region', { name: 'Kokouksen hallinta' });

/** The page's message of what the last action did, announced to screen readers. */
const statusMessage = (page: Page, text: string) =>
	page.getByRole('status').filter({ hasText: text });

/** Whether `inner` lies wholly within `outer` on the screen. */
async function isInside(inner: Locator, outer: Locator): Promise<boolean> {
	const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
	return (
		a !== null &&
		b !== null &&
		a.x >= b.x &&
		a.y >= b.y &&
		a.x + a.width <= b.x + b.width &&
		a.y + a.height <= b.y + b.height
	);
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
	await scheduleNetworkMeeting(secretary, 'Verkoston testikokous', '2027-03-16');
	await expect(secretary.getByText(/^\d+\/2027$/)).toBeVisible();
	const meetingUrl = secretary.url();

	await admin.goto(meetingUrl);
	for (const page of [secretary, admin]) {
		await expect(page.getByText('Tallennettu')).toBeVisible();
		await expect(item(page, 'Esityslista', 1).getByRole('heading')).toHaveText(
			'1. Kokouksen avaus ja läsnäolijoiden toteaminen'
		);
	}
	await expectAccessible(secretary);

	// Agenda: one types, the other sees the text and the caret with the writer's name.
	const proposal = (page: Page) =>
		item(page, 'Esityslista', 3).getByRole('textbox', { name: 'Käsittelyehdotus' });
	await typeInto(secretary, proposal(secretary), ' Valmistellaan syyskuun neuvottelut.');
	await expect(proposal(admin)).toContainText('Valmistellaan syyskuun neuvottelut.');
	// The writer's name shows by her caret while she types, inside the field, then fades so that
	// it covers nothing being read.
	const writer = admin.locator('.collaboration-carets__label', { hasText: 'Hanna Kettunen' });
	await expect(writer).toBeVisible();
	await expect.poll(() => isInside(writer, proposal(admin))).toBe(true);
	await expect(writer).toHaveCSS('opacity', '0');
	await expect(secretary.getByText('Paikalla nyt (2)')).toBeVisible();

	// A new item lands before the standard closing items, with focus in its title, and appears in the other browser.
	const count = await admin
		.locator('section', { has: admin.getByRole('heading', { level: 2, name: 'Esityslista' }) })
		.locator('li.item')
		.count();
	await admin.getByRole('button', { name: 'Lisää kohta' }).click();
	await expect(item(secretary, 'Esityslista', count + 1)).toBeVisible();
	const added = item(admin, 'Esityslista', count - 3);
	await expect(added.getByLabel('Otsikko')).toBeFocused();
	await expect(item(admin, 'Esityslista', count - 2)).toContainText('Seuraavat kokoukset');
	await expect(item(admin, 'Esityslista', count + 1)).toContainText('Kokouksen päättäminen');

	// The meeting starts, months early, so the button asks first: the minutes carry the agenda's items and proposals.
	await actions(secretary).getByRole('button', { name: 'Aloita kokous' }).click();
	await expect(actions(secretary).getByText('Kokoukseen on vielä yli vuorokausi.')).toBeFocused();
	await expect(secretary.getByText('Suunnitteilla', { exact: true })).toBeVisible();
	await actions(secretary).getByRole('button', { name: 'Aloita kokous' }).click();
	await expect(secretary.getByText('Käynnissä', { exact: true })).toBeVisible();
	await expect(statusMessage(secretary, 'Kokous aloitettu.')).toBeVisible();
	await admin.reload();
	// The item proposed above is number 4 now: the new item went in before it. The meeting is at
	// its first item, so item 4 is folded until opened.
	await openMinutesItem(secretary, 4);
	await openMinutesItem(admin, 4);
	const discussion = (page: Page) =>
		item(page, 'Muistio', 4).getByRole('textbox', { name: 'Kohta 4: Käsittely', exact: true });
	const decision = (page: Page) =>
		item(page, 'Muistio', 4).getByRole('textbox', { name: 'Päätös' });
	await expect(
		item(admin, 'Muistio', 4).getByRole('textbox', { name: 'Käsittelyehdotus' })
	).toContainText('Valmistellaan syyskuun neuvottelut.');
	await typeInto(secretary, discussion(secretary), 'Keskusteltiin indikaattoreista.');
	await typeInto(admin, decision(admin), 'Hyväksyttiin valmistelun pohjaksi.');
	await expect(discussion(admin)).toContainText('Keskusteltiin indikaattoreista.');
	await expect(decision(secretary)).toContainText('Hyväksyttiin valmistelun pohjaksi.');
	const otherWriter = secretary.locator('.collaboration-carets__label', {
		hasText: 'Tuomas Pesonen'
	});
	await expect(otherWriter).toBeVisible();
	// Faded before the scan: half faded, a label's contrast is half too.
	await expect(otherWriter).toHaveCSS('opacity', '0');
	await expectAccessible(secretary);

	// Attendance: each arrival, departure or return is one action, its time prefilled to now and
	// typed over where needed, and the last one undoable; the Finnish wording follows.
	const row = secretary.getByRole('row', { name: /Katja Mononen/ });
	const markTime = row.getByLabel('Katja Mononen, kellonaika');
	await row.getByRole('button', { name: 'Läsnä' }).click();
	await expect(row.getByRole('button', { name: 'Läsnä' })).toHaveAttribute('aria-pressed', 'true');
	await expect(markTime).toHaveValue(/^\d\d:\d\d$/);
	await markTime.fill('13:40');
	await row.getByRole('button', { name: 'Poistui: Katja Mononen' }).click();
	await expect(row.getByText('poistui klo 13.40')).toBeVisible();
	await markTime.fill('14:25');
	await row.getByRole('button', { name: 'Palasi: Katja Mononen' }).click();
	await expect(row).toContainText('poistui klo 13.40 ja palasi 14.25');
	await row.getByRole('button', { name: 'Kumoa: Katja Mononen Palasi klo 14.25' }).click();
	await expect(row).not.toContainText('palasi');
	await markTime.fill('14:19');
	await row.getByRole('button', { name: 'Palasi: Katja Mononen' }).click();
	await expect(row).toContainText('poistui klo 13.40 ja palasi 14.19');

	// Opening and closing times and the items' start times give each item its attendance.
	await secretary.getByLabel('Avattu klo').fill('13:00');
	await secretary.getByLabel('Päätetty klo').fill('15:15');
	await secretary.getByRole('button', { name: 'Tallenna avaus- ja päättymisaika' }).click();
	await expect(secretary.getByText('Päätetty klo').first()).toBeVisible();
	const perItem = secretary.locator('section', {
		has: secretary.getByRole('heading', { name: 'Läsnäolo kohdittain' })
	});
	for (const [number, time] of [
		[1, '13:00'],
		[2, '13:20'],
		[3, '13:45'],
		[4, '14:10']
	] as const) {
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

	// Sending the minutes to review asks when the meeting closed, offering the time recorded; the time chosen is recorded.
	await actions(secretary).getByRole('button', { name: 'Lähetä muistio tarkastettavaksi' }).click();
	const closedAt = actions(secretary).getByLabel('Kokous päättyi klo');
	await expect(closedAt).toHaveValue('15:15');
	await expectAccessible(secretary);
	await closedAt.fill('12:50');
	await actions(secretary).getByRole('button', { name: 'Lähetä muistio tarkastettavaksi' }).click();
	await expect(
		actions(secretary).getByText('Kokous ei voi päättyä ennen kuin se avattiin.')
	).toBeVisible();
	await expect(secretary.getByText('Käynnissä', { exact: true })).toBeVisible();
	await closedAt.fill('15:10');
	await actions(secretary).getByRole('button', { name: 'Lähetä muistio tarkastettavaksi' }).click();
	await expect(
		statusMessage(secretary, 'Muistio lähetetty tarkastettavaksi, kokous päättyi klo 15.10.')
	).toBeVisible();
	await expect(secretary.getByText('Muistio tarkastettavana', { exact: true })).toBeVisible();
	await expect(
		secretary.locator('dt', { hasText: 'Päätetty klo' }).locator('xpath=following-sibling::dd[1]')
	).toHaveText('15.10');

	await secretaryContext.close();
	await adminContext.close();
});

test('presence per item follows the arrival and leave times', async ({ page, loginAs }) => {
	await loginAs('coordinator');
	await page
		.getByRole('link', { name: /on käynnissä/ })
		.first()
		.click();
	const perItem = page.locator('section', {
		has: page.getByRole('heading', { name: 'Läsnäolo kohdittain' })
	});
	// The demo meeting has reached its first two items; the third starts now, from the item navigator.
	const items = page.getByRole('navigation', { name: 'Asiat' });
	await items.getByRole('button', { name: 'Kohta 3 alkaa nyt' }).click();
	await expect(items.getByRole('link', { name: /^3\. / })).toHaveAttribute('aria-current', 'step');
	const third = perItem.getByRole('row', { name: /^3\. / });
	// The chair has been in the room all along.
	await expect(third).toContainText('Marja Sallinen');
	await expect(third).not.toContainText('Ei vielä käsitelty');
	await expectAccessible(page);
});

test('the meetings API lists meetings with their numbers and attendance', async ({
	page,
	loginAs
}) => {
	await loginAs('director');
	const meetings = await (await page.request.get('/api/meetings')).json();
	expect(meetings.length).toBeGreaterThan(0);
	expect(meetings[0]).toEqual(
		expect.objectContaining({
			id: expect.any(Number),
			bodyId: expect.any(Number),
			level: expect.any(String),
			title: expect.any(String),
			number: expect.stringMatching(/^\d+\/\d{4}$/),
			startsAt: expect.any(String),
			endsAt: expect.any(String),
			status: expect.any(String),
			url: expect.stringContaining('/meetings/')
		})
	);
	const past = meetings.find((m: { status: string }) => m.status === 'published');
	const detail = await (await page.request.get(`/api/meetings/${past.id}`)).json();
	expect(detail.agendaItems[0]).toMatchObject({
		number: 1,
		title: 'Kokouksen avaus ja läsnäolijoiden toteaminen'
	});
	expect(detail.attendance.length).toBeGreaterThan(0);
	expect((await page.request.get('/api/meetings/999999')).status()).toBe(404);
});

test('marking attendance leaves the live minutes alone, and the other browser sees it without a reload', async ({
	browser
}) => {
	const secretaryContext = await browser.newContext({ locale: 'fi-FI' });
	const chairContext = await browser.newContext({ locale: 'fi-FI' });
	const secretary = await secretaryContext.newPage();
	const chair = await chairContext.newPage();
	await logIn(secretary, DEMO.coordinator);
	await logIn(chair, DEMO.admin);
	await secretary
		.getByRole('link', { name: /on käynnissä/ })
		.first()
		.click();
	await expect(secretary).toHaveURL(/\/meetings\/\d+$/);
	await chair.goto(secretary.url());

	await openMinutesItem(secretary, 3);
	await openMinutesItem(chair, 3);
	const discussion = item(secretary, 'Muistio', 3).getByRole('textbox', {
		name: 'Kohta 3: Käsittely',
		exact: true
	});
	await typeInto(secretary, discussion, ' Ensimmäinen lause.');
	// A mark on the editor's node: a new node (the editor made again) would not carry it.
	await discussion.evaluate((node) => ((node as HTMLElement & { probe?: boolean }).probe = true));
	// Where the editor stands on the screen: the page must not jump. (The scroll position may move: the browser
	// keeps the view in place when the action's message appears above it.)
	const onScreen = () => discussion.evaluate((node) => node.getBoundingClientRect().top);
	const before = await onScreen();

	const row = secretary
		.getByRole('row')
		.filter({ has: secretary.getByRole('button', { name: 'Läsnä' }) })
		.nth(1);
	const name = await row
		.getByRole('rowheader')
		.evaluate((header) => header.firstChild!.textContent!.trim());
	const present = row.getByRole('button', { name: 'Läsnä' });
	const wasPresent = (await present.getAttribute('aria-pressed')) === 'true';
	await row.getByRole('button', { name: wasPresent ? 'Poissa' : 'Läsnä' }).click();
	await expect(present).toHaveAttribute('aria-pressed', wasPresent ? 'false' : 'true');

	await typeInto(secretary, discussion, ' Toinen lause.');
	await expect(discussion).toContainText('Ensimmäinen lause. Toinen lause.');
	expect(
		await discussion.evaluate((node) => (node as HTMLElement & { probe?: boolean }).probe)
	).toBe(true);
	await expect(secretary.getByText('Yhdistetään…')).toHaveCount(0);
	expect(Math.abs((await onScreen()) - before)).toBeLessThan(50);

	// The chair's page follows without a reload.
	const status = chair
		.locator('section[aria-labelledby="attendance-title"]')
		.getByRole('row', { name: new RegExp(name) })
		.getByRole('cell')
		.first();
	await expect(async () => {
		// The chosen status: the pressed button for those who record attendance, the text for others.
		const pressed = status.locator('[aria-pressed="true"]');
		expect(
			((await pressed.count()) > 0 ? await pressed.innerText() : await status.innerText()).trim()
		).toBe(wasPresent ? 'Poissa' : 'Läsnä');
	}).toPass({ timeout: 5000 });
	await expect(
		item(chair, 'Muistio', 3).getByRole('textbox', { name: 'Kohta 3: Käsittely', exact: true })
	).toContainText('Toinen lause.');

	await secretaryContext.close();
	await chairContext.close();
});

test('the secretary records who chaired an item, and the API names the same person', async ({
	page,
	loginAs
}) => {
	await loginAs('coordinator');
	await page
		.getByRole('link', { name: /on käynnissä/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/meetings\/\d+$/);
	const meetingId = page.url().split('/').pop();
	const officers = page.locator('section', {
		has: page.getByRole('heading', { name: 'Kokouksen toimihenkilöt' })
	});
	const chair = await officers
		.getByLabel('Puheenjohtaja', { exact: true })
		.evaluate((select: HTMLSelectElement) => select.selectedOptions[0].text);
	await open(officers.locator('details'));
	const itemChair = officers.getByLabel(/^Kohta 2: /);
	const standIn = await itemChair.locator('option').nth(2).innerText();
	await itemChair.selectOption({ label: standIn });
	await officers.getByRole('button', { name: 'Tallenna toimihenkilöt' }).click();
	await expect(officers.getByLabel(/^Kohta 2: /)).toHaveValue(/:\d+$/);

	const detail = await (await page.request.get(`/api/meetings/${meetingId}`)).json();
	expect(detail.chairedBy).toEqual([
		{ name: chair, userId: expect.any(Number), items: null },
		{ name: standIn, userId: expect.anything(), items: [2] }
	]);
	expect(detail.minuteCheckers).toEqual([]);
	await expectAccessible(page);

	// Back as it was, for the other tests on the shared demo meeting.
	await officers.getByLabel(/^Kohta 2: /).selectOption({ label: 'Kokouksen puheenjohtaja' });
	await officers.getByRole('button', { name: 'Tallenna toimihenkilöt' }).click();
	await expect(officers.getByLabel(/^Kohta 2: /)).toHaveValue(/:$/);
});

test('the running meeting fits a phone: items to swipe, the minutes, attendance one button away', async ({
	page,
	loginAs
}) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await loginAs('coordinator');
	await page.goto('/');
	await page
		.getByRole('link', { name: /on käynnissä/ })
		.first()
		.click();
	await expect(page.getByRole('navigation', { name: 'Asiat' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Muistio', level: 2 })).toBeVisible();
	// Nothing wider than the screen: the page does not scroll sideways.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	const attendance = page.getByRole('heading', { name: 'Osallistujat' });
	await expect(attendance).toBeHidden();
	await page.getByRole('button', { name: 'Läsnäolo ja ajat' }).click();
	await expect(attendance).toBeVisible();
	await expect(page.getByRole('button', { name: 'Läsnä' }).first()).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Sulje' }).click();
	await expect(attendance).toBeHidden();
});

test('cancelling a meeting asks first, and nothing changes without a yes', async ({
	page,
	loginAs
}) => {
	await loginAs('coordinator');
	await scheduleNetworkMeeting(page, 'Peruttava kokous', '2027-04-20');
	const question = actions(page).getByText('Haluatko varmasti perua kokouksen?');

	await actions(page).getByRole('button', { name: 'Peru kokous' }).click();
	await expect(question).toBeFocused();
	await expectAccessible(page);
	await actions(page).getByRole('link', { name: 'Älä peru' }).click();
	await expect(question).toHaveCount(0);
	await expect(actions(page).getByRole('button', { name: 'Peru kokous' })).toBeFocused();

	// The server refuses a cancel without `confirm`, whoever sends it.
	const refused = await page.request.post(`${page.url()}?/cancel`, {
		form: { form: 'cancel' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(refused.status()).toBe(409);
	await page.reload();
	await expect(page.getByText('Suunnitteilla', { exact: true })).toBeVisible();

	await actions(page).getByRole('button', { name: 'Peru kokous' }).click();
	await expect(question).toBeVisible();
	await actions(page).getByRole('button', { name: 'Peru kokous' }).click();
	await expect(page.getByText('Peruttu', { exact: true })).toBeVisible();
	await expect(statusMessage(page, 'Kokous peruttu.')).toBeVisible();
	await expectAccessible(page);
});

test('cancelling asks first without JavaScript too', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fi-FI' });
	const page = await context.newPage();
	await logIn(page, DEMO.coordinator);
	await scheduleNetworkMeeting(page, 'Peruttava kokous ilman skriptejä', '2027-04-21');
	const question = actions(page).getByText('Haluatko varmasti perua kokouksen?');

	await actions(page).getByRole('button', { name: 'Peru kokous' }).click();
	await expect(question).toBeVisible();
	await expect(page.getByText('Suunnitteilla', { exact: true })).toBeVisible();
	await actions(page).getByRole('link', { name: 'Älä peru' }).click();
	await expect(question).toHaveCount(0);

	await actions(page).getByRole('button', { name: 'Peru kokous' }).click();
	await actions(page).getByRole('button', { name: 'Peru kokous' }).click();
	await expect(page.getByText('Peruttu', { exact: true })).toBeVisible();
	await expect(statusMessage(page, 'Kokous peruttu.')).toBeVisible();
	await context.close();
});

test('the secretary asks Liperi for its welfare report, and the director answers it with an attachment', async ({
	browser
}) => {
	const secretaryContext = await browser.newContext({ locale: 'fi-FI' });
	const directorContext = await browser.newContext({ locale: 'fi-FI' });
	const secretary = await secretaryContext.newPage();
	const director = await directorContext.newPage();
	await logIn(secretary, DEMO.coordinator);
	await logIn(director, DEMO.director);
	const meetings: { id: number; level: string; status: string }[] = await (
		await director.request.get('/api/meetings')
	).json();
	const upcoming = meetings.find((m) => m.level === 'strategic' && m.status === 'planned')!;

	await secretary.goto(`/meetings/${upcoming.id}`);
	const requests = secretary.getByRole('region', { name: 'Pyynnöt organisaatioille' });
	await open(requests.locator('details'));
	await requests.getByLabel('Kohta', { exact: true }).selectOption({ index: 2 });
	await requests.getByLabel('Organisaatio').selectOption({ label: 'Liperin kunta' });
	await requests
		.getByLabel('Mitä pyydetään')
		.fill('Kunnan hyvinvointikertomus 2025, esittelijä kunnanjohtaja');
	await requests.getByRole('button', { name: 'Lisää pyyntö' }).click();
	await expect(statusMessage(secretary, 'Pyyntö lisätty')).toBeVisible();
	const asked = requests
		.getByRole('listitem')
		.filter({ hasText: 'Kunnan hyvinvointikertomus 2025' });
	await expect(asked).toContainText('Ei vielä vastattu');

	await director.goto(`/meetings/${upcoming.id}`);
	const toUs = director
		.getByRole('region', { name: 'Organisaatioltanne pyydetään' })
		.getByRole('listitem')
		.filter({ hasText: 'Kunnan hyvinvointikertomus 2025' });
	await expect(toUs).toBeVisible();
	await expectAccessible(director);
	await toUs.getByLabel('Vastaus').fill('Kertomus liitteenä; esittelen sen kokouksessa.');
	await toUs.getByLabel('Liite (valinnainen)').setInputFiles({
		name: 'hyvinvointikertomus-2025.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
	});
	await toUs.getByRole('button', { name: 'Lähetä vastaus' }).click();
	await expect(statusMessage(director, 'Vastauksenne on tallennettu.')).toBeVisible();

	await secretary.reload();
	await expect(asked).toContainText('vastasi');
	await expect(
		secretary.getByRole('link', { name: /^Liite \d+ hyvinvointikertomus-2025\.pdf$/ }).first()
	).toBeVisible();
	const detail = await (await secretary.request.get(`/api/meetings/${upcoming.id}`)).json();
	expect(detail.agendaItems[2].requests).toContainEqual({
		organisation: { id: expect.any(Number), name: 'Liperin kunta' },
		text: 'Kunnan hyvinvointikertomus 2025, esittelijä kunnanjohtaja',
		answered: true
	});
	await expectAccessible(secretary);
	await secretaryContext.close();
	await directorContext.close();
});
