import ICAL from 'ical.js';
import { expect, expectAccessible, test } from './fixtures';

/** The demo meetings' join links are on this fictional host. */
const JOIN_HOST = 'https://teams.pkhva.example/';

// WCAG reflow: the page is read at 320 CSS px without scrolling sideways.
test.use({ viewport: { width: 320, height: 640 } });

/** The meeting events of a feed, parsed with ical.js (an independent RFC 5545 parser). */
function meetingEvents(ics: string) {
	return new ICAL.Component(ICAL.parse(ics))
		.getAllSubcomponents('vevent')
		.filter((event) => String(event.getFirstPropertyValue('uid')).startsWith('meeting-'))
		.map((event) => ({
			url: String(event.getFirstPropertyValue('url') ?? ''),
			description: String(event.getFirstPropertyValue('description') ?? ''),
			location: String(event.getFirstPropertyValue('location') ?? ''),
			status: String(event.getFirstPropertyValue('status')),
			sequence: Number(event.getFirstPropertyValue('sequence'))
		}));
}

test('on a phone the municipal director subscribes through the webcal: link and copies the address', async ({
	page,
	context,
	baseURL,
	loginAs
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await loginAs('director');
	await page.goto('/calendar');

	const feedUrl = await page.getByLabel('Oman kalenterin osoite').inputValue();
	expect(feedUrl).toMatch(/^https?:\/\/[^/]+\/calendar\/feed\/[^/]+\.ics$/);
	const subscribe = page.getByRole('link', { name: 'Tilaa kalenterisovellukseen' });
	await expect(subscribe).toHaveAttribute('href', feedUrl.replace(/^https?:/, 'webcal:'));

	// A calendar app fetches the webcal: address with the site's own scheme.
	const href = (await subscribe.getAttribute('href'))!;
	const feed = await page.request.get(href.replace(/^webcal:/, new URL(feedUrl).protocol));
	expect(feed.headers()['content-type']).toContain('text/calendar');
	const events = meetingEvents(await feed.text());
	expect(events.length).toBeGreaterThan(0);
	for (const event of events) {
		expect(event.url).toMatch(/\/meetings\/\d+$/);
		expect(event.description).toContain(event.url);
		expect(['TENTATIVE', 'CONFIRMED', 'CANCELLED']).toContain(event.status);
	}
	expect(events.some((e) => /^Esityslista:\n1\. /.test(e.description))).toBe(true);
	expect(events.some((e) => e.location.startsWith(`Teams, ${JOIN_HOST}`))).toBe(true);

	await page.getByRole('button', { name: 'Kopioi osoite' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Osoite kopioitu.' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(feedUrl);

	// The warning about replacing the address is read with the button it is about.
	await expect(page.getByRole('button', { name: 'Vaihda osoite' })).toHaveAccessibleDescription(
		'Vanha osoite lakkaa toimimasta heti.'
	);
	await expectAccessible(page);
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
		true
	);
});

test('without JavaScript the address is there to select, and no copy button that does nothing', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/login');
	await page.getByLabel('Sähköposti').fill('kunnanjohtaja@yhdyspinta.example');
	await page.getByLabel('Salasana').fill('yhdyspinta-demo');
	await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
	await page.goto('/calendar');
	await expect(page.getByLabel('Oman kalenterin osoite')).toHaveValue(/\/calendar\/feed\//);
	await expect(page.getByRole('link', { name: 'Tilaa kalenterisovellukseen' })).toHaveAttribute(
		'href',
		/^webcal:/
	);
	await expect(page.getByRole('button', { name: 'Kopioi osoite' })).toHaveCount(0);
	await context.close();
});

test('a meeting’s .ics download parses and carries its agenda, page and join link; the public feed has no join link', async ({
	page,
	loginAs
}) => {
	await loginAs('director');
	await page.goto('/calendar');
	const feedUrl = await page.getByLabel('Oman kalenterin osoite').inputValue();
	const withLink = meetingEvents(await (await page.request.get(feedUrl)).text()).find(
		(e) => e.status !== 'CANCELLED' && e.location.includes(JOIN_HOST)
	)!;
	const joinLink = withLink.location.slice(withLink.location.indexOf(JOIN_HOST));

	await page.goto(withLink.url);
	await expect(page.getByRole('link', { name: 'Liity etäyhteydellä' })).toHaveAttribute(
		'href',
		joinLink
	);
	const download = page.getByRole('link', { name: 'Lisää kalenteriin (.ics)' });
	const file = await page.request.get((await download.getAttribute('href'))!);
	expect(file.headers()['content-type']).toContain('text/calendar');
	const [event, ...others] = meetingEvents(await file.text());
	expect(others).toEqual([]);
	expect(event).toMatchObject({ url: withLink.url, location: `Teams, ${joinLink}` });
	expect(event.description).toMatch(/^Esityslista:\n1\. .+\n2\. /);
	expect(event.description.endsWith(withLink.url)).toBe(true);

	// Anyone may subscribe to a public body's meetings (both of the director's bodies are public),
	// and no one gets a join link from there.
	const bodyPage = await page.locator('main a[href^="/bodies/"]').first().getAttribute('href');
	await page.goto(bodyPage!);
	const publicFeed = page.getByRole('link', { name: 'Tilaa toimielimen kokoukset kalenteriin' });
	const ics = await (await page.request.get((await publicFeed.getAttribute('href'))!)).text();
	expect(meetingEvents(ics).length).toBeGreaterThan(0);
	expect(ics).not.toContain(JOIN_HOST);
});
