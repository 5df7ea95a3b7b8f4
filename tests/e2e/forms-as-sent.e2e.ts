import { expect, expectAccessible, test } from './fixtures';

/*
 * Forms as a browser sends them: an unticked box is left out of the form.
 * These forms were once refused whenever a box stayed unticked.
 */

test('the NGO member posts a personal comment with the statement box unticked, and a reply', async ({
	page,
	loginAs
}) => {
	await loginAs('ngo');
	await page.goto('/consultations');
	await page
		.getByRole('listitem')
		.filter({ hasText: 'Avoinna' })
		.first()
		.getByRole('link')
		.first()
		.click();
	const section = page.locator('section.doc-section').first();

	await section.locator('summary', { hasText: 'Kommentoi kohtaa' }).click();
	await section
		.getByRole('textbox', { name: 'Kommentti', exact: true })
		.fill('Henkilökohtainen huomio: kerhotilat puuttuvat suunnitelmasta.');
	await expect(
		section.getByRole('checkbox', { name: /Kommentti on organisaation lausunto/ })
	).not.toBeChecked();
	await section.getByRole('button', { name: 'Lähetä kommentti' }).click();
	await expect(page.getByText('Kommenttisi on tallennettu.')).toBeVisible();
	const personal = page.locator('article.comment', { hasText: 'Henkilökohtainen huomio' });
	await expect(personal).toBeVisible();
	await expect(personal).not.toContainText('Lausunto');

	// A reply's form has no statement box at all.
	await personal.locator('summary', { hasText: 'Vastaa' }).first().click();
	await personal.getByRole('textbox', { name: 'Vastauksesi' }).fill('Lisäys: myös iltakäyttö.');
	await personal.getByRole('button', { name: 'Lähetä vastaus' }).click();
	await expect(
		page.locator('article.comment--reply', { hasText: 'Lisäys: myös iltakäyttö.' })
	).toBeVisible();
	await expectAccessible(page);
});

test('the administrator saves a non-public, informal body without minute checkers', async ({
	page,
	loginAs
}) => {
	await loginAs('admin');
	await page.goto('/admin/bodies');
	const form = page.locator('form', { has: page.getByRole('button', { name: 'Luo toimielin' }) });
	await form.getByLabel('Nimi', { exact: true }).fill('Nuorten kesätyöryhmä');
	await form.getByLabel('Taso').selectOption({ label: 'Foorumit ja verkostot' });
	await form.getByLabel(/^Julkinen/).uncheck();
	await expect(form.getByLabel(/^Muodollinen toimielin/)).not.toBeChecked();
	await expect(form.getByLabel('Käyttää pöytäkirjantarkastajia')).not.toBeChecked();
	await form.getByRole('button', { name: 'Luo toimielin' }).click();
	await expect(page.getByText('Toimielin Nuorten kesätyöryhmä luotu.')).toBeVisible();

	// Saved again from its own page, the boxes still unticked.
	await page.getByRole('link', { name: 'Nuorten kesätyöryhmä' }).click();
	await expect(page.getByLabel(/^Julkinen/)).not.toBeChecked();
	await page.getByLabel('Kuvaus').fill('Kokoontuu kesäkuussa.');
	await page.getByRole('button', { name: 'Tallenna', exact: true }).first().click();
	await expect(page.getByText('Tallennettu.')).toBeVisible();
	await expect(page.getByLabel(/^Julkinen/)).not.toBeChecked();
	await expect(page.getByLabel(/^Muodollinen toimielin/)).not.toBeChecked();
	await expect(page.getByLabel('Käyttää pöytäkirjantarkastajia')).not.toBeChecked();
});

test('the coordinator saves a measure without “needs next year’s budget”', async ({
	page,
	loginAs
}) => {
	await loginAs('coordinator');
	const measures = (await (await page.request.get('/api/measures')).json()) as { url: string }[];
	expect(measures.length).toBeGreaterThan(0);
	const budgetRow = page
		.locator('dt', { hasText: 'Tarvitsee rahaa seuraavan vuoden talousarviosta' })
		.locator('xpath=following-sibling::dd[1]');

	const edit = page.locator('details', {
		has: page.locator('summary', { hasText: 'Korjaa kirjattuja tietoja' })
	});

	for (const needed of [true, false]) {
		await page.goto(measures[0].url);
		await edit.locator('summary').click();
		await page.getByLabel(/^Raha on varattava seuraavan vuoden talousarvioon/).setChecked(needed);
		await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
		await expect(budgetRow).toHaveText(needed ? 'kyllä' : 'ei');
	}
});

test('a redirect target with a tab lands on the front page after signing in', async ({ page }) => {
	await page.goto('/login?redirectTo=/%09/evil.example');
	await page.getByLabel('Sähköposti').fill('koordinaattori@yhdyspinta.example');
	await page.getByLabel('Salasana').fill('yhdyspinta-demo');
	await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
	await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);

	// Signed in, the login page sends a crafted target home as well.
	const answer = await page.request.get('/login?redirectTo=/%09/evil.example', { maxRedirects: 0 });
	expect(answer.status()).toBe(303);
	expect(answer.headers().location).toBe('/');
});

test('input that once gave a 500 gets a clear 4xx', async ({ page, loginAs, request }) => {
	for (const target of ['/%0d%0aSet-Cookie:x=1', '/a%00b', '/%E2%82%AC%0a']) {
		const answer = await request.get(`/login?redirectTo=${target}`, { maxRedirects: 0 });
		expect(answer.status(), target).toBeLessThan(500);
	}
	await loginAs('coordinator');
	expect((await page.request.get('/search?q=a%00')).status()).toBe(200);
	const broken = await page.request.post('/language', {
		headers: {
			'content-type': 'multipart/form-data; boundary=raja',
			origin: new URL(page.url()).origin
		},
		data: 'tämä ei ole multipart-lomake'
	});
	expect(broken.status()).toBe(400);
	expect(await broken.text()).not.toMatch(/Invalid key|Invalid type|not_found:/);

	const unknownApi = await page.request.get('/api/ei-ole-olemassa');
	expect(unknownApi.status()).toBe(404);
	expect(unknownApi.headers()['content-type']).toContain('application/json');
	expect(await unknownApi.json()).toEqual({ message: 'Sivua ei löytynyt.' });
	expect(unknownApi.headers()['permissions-policy']).toBe(
		'camera=(), microphone=(), geolocation=(), payment=()'
	);
});
