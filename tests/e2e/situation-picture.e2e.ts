/**
 * Issue 12, the picture: an anonymous visitor sees the map and the table of a published year,
 * sorts by grants per resident, reaches the map's regions by keyboard, and opens Pohjois-Karjala's
 * page with its years side by side; the pages pass axe in Finnish, Swedish and English. The
 * server is one of its own, and a published year is inserted into it when the demo has none.
 */
import Database from 'better-sqlite3';
import { expect, expectAccessibleBothLanguages, expectAccessibleIn, test } from './fixtures';
import { sidePort, startServer, type StartedServer } from './server';

let server: StartedServer;
let year: number;

const euros = (eur: number) => JSON.stringify({ kind: 'money', cents: eur * 100 });

/** Seed 002's figures of two regions for 2024 and 2025, as published years. */
function publishYears(path: string): number {
	const db = new Database(path);
	try {
		const published = db
			.prepare("select max(year) as year from situation_survey where status = 'published'")
			.get() as { year: number | null };
		if (published.year !== null) return published.year;
		db.prepare(
			`insert or ignore into region (name, slug, population, comparable, created_at)
			 values ('Kainuun hyvinvointialue', 'kainuu', 71664, 1, unixepoch() * 1000)`
		).run();
		db.prepare("update region set population = 162540 where slug = 'pohjois-karjala'").run();
		const regionId = (slug: string) =>
			(db.prepare('select id from region where slug = ?').get(slug) as { id: number }).id;
		const figures: Record<number, Record<string, Record<string, string>>> = {
			2024: {
				'pohjois-karjala': { stea_c_grants: euros(3_217_231) },
				kainuu: { stea_c_grants: euros(1_587_677) }
			},
			2025: {
				'pohjois-karjala': {
					ngo_grants: euros(330_000),
					stea_c_grants: euros(2_594_861),
					county_structure: JSON.stringify({
						kind: 'structure',
						structure: 'formal',
						name: 'Järjestöjen kumppanuuspöytä'
					})
				},
				kainuu: { ngo_grants: euros(150_000), stea_c_grants: euros(1_371_106) }
			}
		};
		for (const [surveyYear, regions] of Object.entries(figures)) {
			const surveyId = db
				.prepare(
					`insert into situation_survey (year, status, published_at, created_at)
					 values (?, 'published', unixepoch() * 1000, unixepoch() * 1000)`
				)
				.run(Number(surveyYear)).lastInsertRowid;
			const sectionId = db
				.prepare(
					"insert into survey_section (survey_id, position, title) values (?, 1, 'Avustukset ja rakenteet')"
				)
				.run(surveyId).lastInsertRowid;
			const question = db.prepare(
				`insert into survey_question (survey_id, section_id, position, key, kind, text, help, options)
				 values (?, ?, ?, ?, ?, ?, '', '[]')`
			);
			question.run(surveyId, sectionId, 1, 'ngo_grants', 'money', 'Järjestöavustukset yhteensä');
			question.run(surveyId, sectionId, 2, 'stea_c_grants', 'money', 'STEAn C-avustukset');
			question.run(surveyId, sectionId, 3, 'county_structure', 'structure', 'Yhteistyörakenne');
			for (const [slug, values] of Object.entries(regions)) {
				const answerId = db
					.prepare(
						`insert into survey_answer (survey_id, region_id, status, respondent_role, submitted_at, updated_at)
						 values (?, ?, 'submitted', 'ngo_network', unixepoch() * 1000, unixepoch() * 1000)`
					)
					.run(surveyId, regionId(slug)).lastInsertRowid;
				for (const [key, value] of Object.entries(values)) {
					db.prepare(
						'insert into survey_value (answer_id, question_key, value) values (?, ?, ?)'
					).run(answerId, key, value);
				}
			}
		}
		return 2025;
	} finally {
		db.close();
	}
}

test.beforeAll(async () => {
	test.setTimeout(60_000);
	server = await startServer(sidePort(51), { demo: true });
	year = publishYears(server.databasePath);
});

test.afterAll(() => server?.stop());

test.use({ baseURL: `http://localhost:${sidePort(51)}` });

test('an anonymous visitor sees the map and the table, sorts them, and opens a region over the years', async ({
	page,
	request
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Tilannekuva' }).first().click();
	await expect(page).toHaveURL(new RegExp(`/situation/${year}$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(String(year));

	const map = page.getByRole('group', { name: /Kartta: Avustukset asukasta kohden/ });
	await expect(map).toBeVisible();
	const table = page.getByRole('table', { name: new RegExp(`Alueet taulukkona, ${year}`) });
	await expect(table).toBeVisible();
	await expect(
		table.getByRole('rowheader', { name: /Pohjois-Karjalan hyvinvointialue/ })
	).toBeVisible();
	await expect(
		table.getByRole('rowheader', { name: 'Yhteensä, vertailukelpoiset alueet' })
	).toBeVisible();
	await expectAccessibleBothLanguages(page);
	await expectAccessibleIn(page, 'en');

	// Sorted by grants per resident, lowest first, then the other way (whatever years the demo has).
	const { regions } = (await (await request.get(`/api/situation/${year}`)).json()) as {
		regions: { name: string; figures: { grantsPerResident: number | null } }[];
	};
	const byGrants = regions
		.filter((r) => r.figures.grantsPerResident !== null)
		.sort((a, b) => a.figures.grantsPerResident! - b.figures.grantsPerResident!);
	const firstRegion = () =>
		page
			.getByRole('table', { name: /Alueet taulukkona/ })
			.locator('tbody tr')
			.first()
			.getByRole('rowheader');
	await table.getByRole('link', { name: 'Avustukset / asukas' }).click();
	await expect(page).toHaveURL(/sort=grantsPerResident&dir=asc/);
	await expect(page.getByRole('columnheader', { name: 'Avustukset / asukas' })).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	await expect(firstRegion()).toContainText(byGrants[0].name);
	await page.getByRole('link', { name: 'Avustukset / asukas' }).click();
	await expect(page).toHaveURL(/sort=grantsPerResident&dir=desc/);
	await expect(firstRegion()).toContainText(byGrants.at(-1)!.name);

	// The map by another measure, chosen with the form (no JavaScript on this page).
	await page.getByLabel('Kartan mittari').selectOption('steaChangePercent');
	await page.getByRole('button', { name: 'Näytä' }).click();
	await expect(page).toHaveURL(/measure=steaChangePercent/);
	await expect(
		page.getByRole('link', { name: /^Pohjois-Karjalan hyvinvointialue: −19,3\s?%$/ })
	).toBeVisible();

	// The map's regions are links reached with Tab.
	let focusedRegion: string | null = null;
	for (let tab = 0; tab < 40 && !focusedRegion; tab++) {
		await page.keyboard.press('Tab');
		focusedRegion = await page.evaluate(() =>
			document.activeElement?.closest('svg')
				? document.activeElement.getAttribute('aria-label')
				: null
		);
	}
	// Named "region: value", whichever region comes first.
	expect(focusedRegion).toMatch(/^(Helsingin kaupunki|.+ hyvinvointialue): \S/);

	await page.getByRole('link', { name: /^Pohjois-Karjalan hyvinvointialue: / }).click();
	await expect(page).toHaveURL(/\/situation\/regions\/pohjois-karjala$/);
	const history = page.getByRole('table', { name: /Pohjois-Karjalan hyvinvointialue/ });
	await expect(history.getByRole('columnheader', { name: String(year - 1) })).toBeVisible();
	await expect(history.getByRole('columnheader', { name: String(year) })).toBeVisible();
	await expect(history.getByRole('row', { name: /STEA/ })).toBeVisible();
	await expectAccessibleBothLanguages(page);
	await expectAccessibleIn(page, 'en');
});

test('the year is downloadable and in the integration API without a login', async ({ request }) => {
	const csv = await request.get(`/situation/${year}.csv`);
	expect(csv.status()).toBe(200);
	expect(await csv.text()).toContain('pohjois-karjala;Pohjois-Karjalan hyvinvointialue');
	const pdf = await request.get(`/situation/${year}.pdf`);
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

	const picture = await request.get(`/api/situation/${year}`);
	expect(picture.status()).toBe(200);
	const body = (await picture.json()) as {
		year: number;
		regions: { slug: string; answers: Record<string, unknown>; figures: Record<string, unknown> }[];
	};
	expect(body.year).toBe(year);
	const region = body.regions.find((r) => r.slug === 'pohjois-karjala')!;
	expect(typeof region.answers.stea_c_grants).toBe('number');
	expect(region.figures).toHaveProperty('steaChangePercent');

	const questions = await request.get(`/api/situation/${year}/questions`);
	expect(questions.status()).toBe(200);
	expect(((await questions.json()) as { key: string }[]).map((q) => q.key)).toContain(
		'stea_c_grants'
	);
	expect((await request.get('/api/situation/1999')).status()).toBe(404);
	expect((await request.get('/situation/1999')).status()).toBe(404);
});
