import ICAL from 'ical.js';
import { expect, expectAccessible, logIn, test } from './fixtures';

/** The strategic negotiation's secretary in the demo data (password as for every demo user). */
const STRATEGIC_SECRETARY = 'marja.sallinen@pkhva.example';
const NETWORK = 'Hyvinvointikoordinaattoriverkosto';
const STRATEGIC = 'HYTE-neuvottelut (strateginen taso)';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const thisYear = Number(
	new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', year: 'numeric' }).format(new Date())
);
const nextYear = thisYear + 1;

function summaries(ics: string): string[] {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return calendar
		.getAllSubcomponents('vevent')
		.map((event) => String(event.getFirstPropertyValue('summary')));
}

test('the coordinator reads the wheel, filters to the strategic level and sees the cadence warning', async ({
	page,
	loginAs
}) => {
	await loginAs('coordinator');
	await page
		.getByRole('navigation', { name: 'Päävalikko' })
		.getByRole('link', { name: 'Vuosikello' })
		.click();
	await expect(
		page.getByRole('heading', { level: 1, name: `Vuosikello ${thisYear}` })
	).toBeVisible();
	const wheel = page.getByRole('listbox', {
		name: new RegExp(`^Vuosikello ${thisYear}: \\d+ vaihetta`)
	});
	await expect(wheel).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel('Taso', { exact: true }).selectOption({ label: 'Strateginen taso' });
	await page.getByRole('button', { name: 'Näytä', exact: true }).click();
	await expect(page).toHaveURL(/level=strategic/);
	await expect(
		page.getByRole('status').filter({ hasText: 'Näytetään: Strateginen taso' })
	).toBeVisible();
	const cadence = page.getByRole('region', { name: `Kokousrytmi ${thisYear}` });
	await expect(cadence.getByRole('listitem').filter({ hasText: STRATEGIC }).first()).toContainText(
		'ei kokousta ennen syyskuun talousarviovaihetta'
	);
	await expect(cadence.getByText(NETWORK)).toHaveCount(0);

	// Keyboard: Tab reaches the wheel's marks, the arrow keys move between them, Enter chooses
	// one and its preview with a link shows below the wheel; Escape clears it.
	const preview = page.getByRole('region', { name: 'Valittu merkki' });
	await wheel.getByRole('option').first().focus();
	await page.keyboard.press('ArrowRight');
	const second = wheel.getByRole('option').nth(1);
	await expect(second).toBeFocused();
	await expect(preview.getByRole('link')).toHaveCount(0);
	await page.keyboard.press('Enter');
	await expect(second).toHaveAttribute('aria-selected', 'true');
	const firstTitle = (await second.getAttribute('aria-label'))!.replace(/^\d+ merkintää: /, '');
	await expect(preview.getByRole('link').first()).toHaveText(firstTitle.split(',')[0]);
	await page.keyboard.press('Escape');
	await expect(preview.getByRole('link')).toHaveCount(0);
	await expect(preview).toHaveText('Valitse merkki nähdäksesi sen tiedot.');

	// The table says the same as the wheel, by month.
	await expect(
		page.getByRole('table', { name: new RegExp(`Vuoden tapahtumat kuukausittain ${thisYear}`) })
	).toContainText('Ensi vuoden suunnitelma talousarvioon');

	await page.getByRole('link', { name: 'Kuukausinäkymä' }).click();
	await expect(page.getByRole('table')).toContainText('Tänään');
	await expectAccessible(page);

	// Milestones: the coordinator moves the September milestone; the change is kept.
	await page.goto(`/calendar/milestones?year=${thisYear}`);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Ensi vuoden suunnitelma talousarvioon' }).click();
	// The measures that need money in next year's budget are listed at the September milestone.
	await expect(
		page.getByRole('heading', { name: `Talousarvioon ${thisYear + 1} tarvittavat toimenpiteet` })
	).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Päättyy', { exact: true }).fill(`${thisYear}-09-25`);
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Vaihe tallennettiin' })).toBeVisible();
	// A range within one year says the year once.
	await expect(page.locator('.facts')).toContainText(`1.–25.9.${thisYear}`);

	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/calendar');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('the coordinator plans next year for the network; the meetings reach the wheel, the list and the feed', async ({
	page,
	loginAs
}) => {
	await loginAs('coordinator');
	await page.goto(`/calendar?year=${nextYear}`);
	await page
		.getByRole('region', { name: `Kokousrytmi ${nextYear}` })
		.getByRole('link', { name: `Suunnittele vuosi: ${NETWORK}` })
		.click();
	await expect(
		page.getByRole('heading', { level: 1, name: `Suunnittele vuosi: ${NETWORK}` })
	).toBeVisible();
	await expectAccessible(page);
	const rows = page.getByRole('table', { name: 'Ehdotetut kokoukset' }).getByRole('row');
	const proposals = (await rows.count()) - 1;
	expect(proposals).toBeGreaterThanOrEqual(5);
	// The user edits the draft: drops the last proposal and moves the first one's time.
	await page.getByLabel(`Ota mukaan kokous ${proposals}`).uncheck();
	await page.getByLabel('Alkaa 1', { exact: true }).fill('09:00');
	await page.getByLabel('Päättyy 1', { exact: true }).fill('11:00');
	await page.getByRole('button', { name: 'Tallenna kokoukset' }).click();

	await expect(page).toHaveURL(new RegExp(`/calendar\\?year=${nextYear}`));
	await expect(
		page.getByRole('status').filter({ hasText: `${proposals - 1} kokousta tallennettiin` })
	).toBeVisible();
	const wheel = page.getByRole('listbox', { name: new RegExp(`^Vuosikello ${nextYear}`) });
	await expect(
		wheel.getByRole('option', { name: new RegExp(`${NETWORK} 2/${nextYear}`) })
	).toBeVisible();
	await expect(
		page
			.getByRole('table', { name: /Vuoden tapahtumat/ })
			.getByRole('link', { name: `${NETWORK} 2/${nextYear}` })
	).toBeVisible();
	await expect(
		page
			.getByRole('region', { name: `Kokousrytmi ${nextYear}` })
			.getByRole('listitem')
			.filter({ hasText: NETWORK })
			.first()
	).toContainText('Rytmissä');

	const feedUrl = await page.getByLabel('Oman kalenterin osoite').inputValue();
	const feed = await page.request.get(feedUrl);
	expect(feed.headers()['content-type']).toContain('text/calendar');
	expect(summaries(await feed.text())).toContain(`${NETWORK} 2/${nextYear}`);
	// Without its secret the feed is not there.
	expect((await page.request.get(feedUrl.replace(/[^/]+\.ics$/, 'wrong-token.ics'))).status()).toBe(
		404
	);

	const api = await page.request.get(`/api/calendar/${nextYear}`);
	const body = await api.json();
	const network = body.cadence.find((c: { level: string }) => c.level === 'coordinator_network');
	expect(network).toMatchObject({ status: 'ok', target: { min: 6, max: 8 } });
	expect(network.planned).toBeGreaterThanOrEqual(6);
	expect((await (await page.request.get('/api/me')).json()).calendarFeedUrl).toBe(feedUrl);
});

test('an item goes from the coordinator network to the strategic negotiation and is accepted there', async ({
	page,
	loginAs,
	browser
}) => {
	// Two people log in and both meeting pages are scanned: give it more than the default half minute.
	test.setTimeout(90_000);
	await loginAs('coordinator');
	// The network's meeting running today.
	await page
		.getByRole('link', { name: new RegExp(`^${NETWORK} \\d+/${thisYear}$`) })
		.first()
		.click();
	const forward = page.getByRole('region', { name: 'Siirrot muille toimielimille' });
	await forward.getByText('Siirrä asia toiselle toimielimelle').click();
	await forward
		.getByLabel('Asia', { exact: true })
		.selectOption({ label: '4. Yhteinen vuosikello talousarvion rytmissä' });
	await forward
		.getByLabel('Vastaanottava toimielin')
		.selectOption({ label: `${STRATEGIC}: Seuraava kokous` });
	await forward
		.getByLabel('Saate')
		.fill('Verkosto esittää yhteistä vuosikelloa strategisen tason päätettäväksi.');
	await forward.getByRole('button', { name: 'Siirrä asia' }).click();
	await expect(forward.getByRole('status')).toContainText('Asia siirrettiin');
	await expect(
		forward.getByRole('listitem').filter({ hasText: 'Yhteinen vuosikello talousarvion rytmissä' })
	).toContainText('Odottaa päätöstä');
	await expectAccessible(page);

	const context = await browser.newContext();
	const secretary = await context.newPage();
	await logIn(secretary, STRATEGIC_SECRETARY);
	await secretary.goto('/');
	await secretary
		.getByRole('link', { name: new RegExp(`^${escape(STRATEGIC)}`) })
		.first()
		.click();
	await expect(
		secretary.getByRole('region', { name: 'Toimielimelle siirretyt asiat' })
	).toContainText('Yhteinen vuosikello talousarvion rytmissä');
	await expectAccessible(secretary);
	// The body's next meeting: the first of its upcoming meetings.
	await secretary.locator('.meeting-list').first().getByRole('link').first().click();
	const incoming = secretary.getByRole('region', { name: 'Siirrot muille toimielimille' });
	const item = incoming
		.getByRole('listitem')
		.filter({ hasText: 'Yhteinen vuosikello talousarvion rytmissä' });
	await expect(item).toContainText(NETWORK);
	await item.getByRole('button', { name: 'Ota tämän kokouksen esityslistalle' }).click();
	await expect(incoming.getByRole('status')).toContainText('Asia lisättiin esityslistalle');
	await expect(secretary.getByRole('main')).toContainText(
		'Yhteinen vuosikello talousarvion rytmissä'
	);
	await expectAccessible(secretary);
	await context.close();

	await page.reload();
	await expect(
		page
			.getByRole('region', { name: 'Siirrot muille toimielimille' })
			.getByRole('listitem')
			.filter({ hasText: 'Yhteinen vuosikello talousarvion rytmissä' })
	).toContainText('Otettu esityslistalle');
});
