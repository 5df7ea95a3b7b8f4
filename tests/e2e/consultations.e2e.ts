import type { Page } from '@playwright/test';
import { DEMO, expect, expectAccessible, logIn, test } from './fixtures';

const PLAN = 'Alueellinen hyvinvointisuunnitelma 2026–2029';
const ROUND = 'Hyvinvointisuunnitelma: testikierros';
const PASSAGE = 'kaikkien alueen toimijoiden yhteinen';

/** Selects a phrase inside a section's text, as a user dragging over it would. */
async function selectPhrase(page: Page, phrase: string): Promise<void> {
	await page.locator('[data-section-text]', { hasText: phrase }).evaluate((host, wanted) => {
		const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const start = node.textContent?.indexOf(wanted) ?? -1;
			if (start === -1) continue;
			const range = document.createRange();
			range.setStart(node, start);
			range.setEnd(node, start + wanted.length);
			const selection = window.getSelection()!;
			selection.removeAllRanges();
			selection.addRange(range);
			return;
		}
		throw new Error(`"${wanted}" is not in one text node`);
	}, phrase);
}

test('the coordinator opens a round for the region’s NGOs; an NGO comments on a passage and sees the answer; the round ends', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const coordinatorContext = await browser.newContext({ locale: 'fi-FI' });
	const ngoContext = await browser.newContext({ locale: 'fi-FI' });
	const coordinator = await coordinatorContext.newPage();
	const ngo = await ngoContext.newPage();
	await logIn(coordinator, DEMO.coordinator);
	await logIn(ngo, DEMO.ngo);

	// The coordinator edits the welfare plan live and freezes the text as a new version.
	await coordinator.goto('/consultations');
	await expectAccessible(coordinator);
	await coordinator.getByRole('link', { name: PLAN }).click();
	await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(PLAN);
	await expect(coordinator.getByText('Tallennettu', { exact: true })).toBeVisible();
	await coordinator.getByRole('textbox', { name: 'Kohdan teksti' }).first().click();
	await coordinator.keyboard.press('Control+End');
	await coordinator.keyboard.type(` Suunnitelma on ${PASSAGE}.`);
	await expect(coordinator.getByText('Tallennettu', { exact: true })).toBeVisible();
	await expectAccessible(coordinator);
	await coordinator
		.getByRole('button', { name: 'Jäädytä nykyinen teksti uudeksi versioksi' })
		.click();
	await expect(coordinator.getByText('Versio 3 on jäädytetty.')).toBeVisible();
	await expect(coordinator.locator('details.version').first()).toContainText(PASSAGE);

	// … and opens a round on it for every NGO of the region, from now on.
	await coordinator.getByLabel('Kierroksen otsikko').fill(ROUND);
	await expect(coordinator.getByLabel('Kaikki alueen järjestöt')).toBeChecked();
	await coordinator.getByRole('button', { name: 'Avaa lausuntokierros' }).click();
	await expect(coordinator).toHaveURL(/\/consultations\/\d+$/);
	await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(ROUND);
	const roundUrl = new URL(coordinator.url()).pathname;
	const roundId = Number(roundUrl.split('/').pop());

	// The NGO representative is notified, and finds the open round among hers.
	await ngo.goto('/consultations');
	await expect(ngo.getByRole('listitem').filter({ hasText: ROUND })).toContainText('Avoinna');
	await expectAccessible(ngo);
	await ngo.goto('/notifications');
	await ngo.getByRole('link', { name: `Uusi lausuntokierros: ”${ROUND}”.` }).click();
	await expect(ngo.getByRole('heading', { level: 1 })).toHaveText(ROUND);
	await expectAccessible(ngo);

	// She selects the passage and comments on it as her NGO's statement.
	await selectPhrase(ngo, PASSAGE);
	const introduction = ngo.getByRole('region', { name: '1. Johdanto' });
	await introduction.getByRole('button', { name: 'Kommentoi valittua kohtaa' }).click();
	await expect(
		introduction.getByRole('textbox', { name: 'Lainattu kohta (valinnainen)' })
	).toHaveValue(PASSAGE);
	await expect(introduction.getByRole('textbox', { name: 'Kommentti', exact: true })).toBeFocused();
	await ngo.keyboard.type(
		'Järjestöt haluavat olla mukana jo suunnitelman valmistelussa, ei vain lausunnolla.'
	);
	await introduction
		.getByLabel('Kommentti on organisaation lausunto: Mielenvireä Karjala ry')
		.check();
	await expectAccessible(ngo);
	await introduction.getByRole('button', { name: 'Lähetä kommentti' }).click();
	await expect(ngo.getByText('Kommenttisi on tallennettu.')).toBeVisible();
	const comment = (page: Page) =>
		page.locator('article.comment', { hasText: 'Järjestöt haluavat olla mukana' });
	await expect(comment(ngo).locator('blockquote')).toContainText(PASSAGE);
	await expect(comment(ngo)).toContainText('Lausunto');
	await expect(comment(ngo)).toContainText('Mielenvireä Karjala ry');
	await expectAccessible(ngo);

	// The coordinator answers with an outcome.
	await coordinator.reload();
	await expectAccessible(coordinator);
	await comment(coordinator).locator('summary', { hasText: 'Vastaa ja kirjaa lopputulos' }).click();
	await expectAccessible(coordinator);
	await comment(coordinator).getByLabel('Otettu osittain huomioon').check();
	await comment(coordinator)
		.getByLabel('Vastaus ja perustelut')
		.fill('Järjestöt kutsutaan valmistelun työpajoihin syksyllä.');
	await comment(coordinator).getByRole('button', { name: 'Tallenna vastaus' }).click();
	await expect(
		coordinator.getByText('Vastaus on tallennettu, ja kommentoijalle on ilmoitettu.')
	).toBeVisible();

	// The NGO representative is told, and sees the answer under her comment.
	await ngo.goto('/notifications');
	await ngo
		.getByRole('link', { name: `Kommenttiisi on vastattu lausuntokierroksella ”${ROUND}”.` })
		.click();
	await expect(comment(ngo)).toContainText('Otettu osittain huomioon');
	await expect(comment(ngo)).toContainText('Järjestöt kutsutaan valmistelun työpajoihin syksyllä.');

	// The coordinator ends the round: the form is gone and the API refuses.
	await coordinator.getByRole('button', { name: 'Päätä kierros nyt' }).click();
	await expect(
		coordinator.getByText('Kierros on päätetty. Kommentteja ei voi enää jättää.')
	).toBeVisible();
	await ngo.reload();
	await expect(ngo.getByText(/Kierros päättyi/)).toBeVisible();
	await expect(ngo.getByRole('button', { name: 'Lähetä kommentti' })).toHaveCount(0);
	await expect(ngo.locator('summary', { hasText: 'Kommentoi kohtaa' })).toHaveCount(0);
	await expect(comment(ngo).locator('summary', { hasText: 'Muokkaa kommenttia' })).toHaveCount(0);
	const rounds = (await (await ngo.request.get('/api/consultations')).json()) as {
		id: number;
		status: string;
		sections: { id: string }[];
	}[];
	const ended = rounds.find((r) => r.id === roundId)!;
	expect(ended.status).toBe('closed');
	const late = await ngo.request.post(`/api/consultations/${roundId}/comments`, {
		data: { sectionId: ended.sections[0].id, body: 'Myöhässä.' }
	});
	expect(late.status()).toBe(409);

	// The summary, as a page, a PDF and a CSV for Excel.
	await coordinator.getByRole('link', { name: 'Yhteenveto' }).click();
	await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(
		'Lausuntokierroksen yhteenveto'
	);
	await expect(coordinator.getByRole('row', { name: /Mielenvireä Karjala ry/ })).toBeVisible();
	await expectAccessible(coordinator);
	const pdf = await coordinator.request.get(`${roundUrl}/summary.pdf`);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
	const [download] = await Promise.all([
		coordinator.waitForEvent('download'),
		coordinator.getByRole('link', { name: 'Lataa CSV (Excel)' }).click()
	]);
	expect(download.suggestedFilename()).toBe(
		'Lausuntoyhteenveto Hyvinvointisuunnitelma – testikierros.csv'
	);
	const csv = await (await coordinator.request.get(`${roundUrl}/summary.csv`)).text();
	expect(csv.startsWith('\uFEFFKohta;')).toBe(true);
	expect(csv).toContain('Järjestöt kutsutaan valmistelun työpajoihin syksyllä.');

	await coordinatorContext.close();
	await ngoContext.close();
});

test('a busy section shows its newest comments a page at a time; “show more” works without JavaScript, and a permalink opens an old comment', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const noScript = await browser.newContext({ locale: 'fi-FI', javaScriptEnabled: false });
	const scripted = await browser.newContext({ locale: 'fi-FI' });
	const plain = await noScript.newPage();
	const page = await scripted.newPage();
	await logIn(plain, DEMO.ngo);
	await logIn(page, DEMO.ngo);

	// Twelve comments on the demo's open round, through the integration API: more than a page of the introduction.
	const rounds = (await (await page.request.get('/api/consultations')).json()) as {
		id: number;
		title: string;
		sections: { id: string; title: string }[];
	}[];
	const open = rounds.find((r) => r.title === 'Hyvinvointisuunnitelma 2026–2029: lausuntokierros')!;
	const introductionId = open.sections.find((s) => s.title === 'Johdanto')!.id;
	const ids: number[] = [];
	for (let i = 1; i <= 12; i++) {
		const made = await page.request.post(`/api/consultations/${open.id}/comments`, {
			data: { sectionId: introductionId, body: `Vilkas keskustelu, kommentti ${i}.` }
		});
		expect(made.status()).toBe(201);
		ids.push(((await made.json()) as { id: number }).id);
	}
	const roundUrl = `/consultations/${open.id}`;
	const comment = (p: Page, n: number) =>
		p.locator('article.comment', { hasText: `kommentti ${n}.` });

	// Without JavaScript (axe needs it, so the scans are made with it below): the ten newest, then a plain
	// link to the rest that lands on the first of them.
	await plain.goto(roundUrl);
	const introduction = plain.getByRole('region', { name: '1. Johdanto' });
	await expect(introduction.getByRole('heading', { name: 'Kommentit (12)' })).toBeVisible();
	await expect(introduction.locator('article.comment')).toHaveCount(10);
	await expect(introduction.locator('article.comment').first()).toContainText('kommentti 12.');
	await expect(comment(plain, 2)).toHaveCount(0);
	await introduction.getByRole('link', { name: 'Näytä lisää kommentteja (2 jäljellä)' }).click();
	await expect(plain).toHaveURL(new RegExp(`\\?section=${introductionId}:0-20#comment-${ids[1]}$`));
	await expect(introduction.locator('article.comment')).toHaveCount(12);
	await expect(comment(plain, 2)).toBeInViewport();
	await expect(introduction.getByRole('link', { name: /Näytä lisää kommentteja/ })).toHaveCount(0);

	// With JavaScript the page stays where the reader was, and the new comments appear there.
	await page.goto(roundUrl);
	const more = page
		.getByRole('region', { name: '1. Johdanto' })
		.getByRole('link', { name: 'Näytä lisää kommentteja (2 jäljellä)' });
	await more.scrollIntoViewIfNeeded();
	await more.click();
	await expect(page).toHaveURL(new RegExp(`\\?section=${introductionId}:0-20#comment-${ids[1]}$`));
	await expect(comment(page, 1)).toBeVisible();
	await expect(comment(page, 2)).toBeInViewport();
	await expectAccessible(page);

	// The permalink of the oldest comment opens the page of the section that holds it, without JavaScript too …
	await plain.goto(`${roundUrl}?comment=${ids[0]}#comment-${ids[0]}`);
	await expect(comment(plain, 1)).toBeInViewport();
	await expect(
		plain
			.getByRole('region', { name: '1. Johdanto' })
			.getByRole('link', { name: 'Näytä uudempia kommentteja (10 uudempaa)' })
	).toBeVisible();
	// … and a link made before paging, with only the anchor, still finds it.
	await page.goto(`${roundUrl}#comment-${ids[0]}`);
	await expect(page).toHaveURL(`${roundUrl}?comment=${ids[0]}#comment-${ids[0]}`);
	await expect(comment(page, 1)).toBeInViewport();
	await expectAccessible(page);

	await noScript.close();
	await scripted.close();
});
