import { expect, expectAccessible, test } from './fixtures';

const LONELINESS = 'Yksinäisyyttä kokevat 75 vuotta täyttäneet, %';
const NEW_INDICATOR = 'Nuorisotyöttömät, % 18–24-vuotiaasta työvoimasta';

test('a coordinator defines an indicator, enters values by hand and sees a chart with its table', async ({
	page,
	loginAs
}) => {
	await loginAs('coordinator');
	await page.goto('/indicators');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indikaattorit');
	await expect(page.getByRole('link', { name: LONELINESS })).toBeVisible();
	await expectAccessible(page);

	const create = page.locator('section', {
		has: page.getByRole('heading', { name: 'Lisää indikaattori' })
	});
	await create.getByLabel('Nimi').fill(NEW_INDICATOR);
	await create.getByLabel('Yksikkö').fill('%');
	await create.getByLabel('Lähde').fill('Tilastokeskus');
	await create.getByRole('radio', { name: 'Pienempi arvo on parempi' }).check();
	await create.getByRole('button', { name: 'Lisää indikaattori' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW_INDICATOR);
	await expect(page.getByText('Indikaattorille ei ole vielä arvoja.')).toBeVisible();

	const enter = page.locator('section', {
		has: page.getByRole('heading', { name: 'Syötä tai korjaa arvo' })
	});
	await enter.getByLabel('Organisaatio').selectOption({ label: 'Liperin kunta' });
	await enter.getByLabel('Vuosi').fill('2023');
	await enter.getByLabel('Arvo (%)').fill('13,1');
	await enter.getByRole('button', { name: 'Tallenna arvo' }).click();
	await expect(page.getByText('Vuoden 2023 arvo tallennettu.')).toBeVisible();
	await enter.getByLabel('Vuosi').fill('2024');
	await enter.getByLabel('Arvo (%)').fill('kaksitoista');
	await enter.getByRole('button', { name: 'Tallenna arvo' }).click();
	await expect(enter.getByText('Anna arvo numerona, esimerkiksi 12,5.')).toBeVisible();
	await enter.getByLabel('Arvo (%)').fill('12.5');
	await enter.getByRole('button', { name: 'Tallenna arvo' }).click();
	await expect(page.getByText('Vuoden 2024 arvo tallennettu.')).toBeVisible();

	const values = page.getByRole('table', { name: 'Arvot organisaatioittain ja vuosittain (%)' });
	await expect(values.getByRole('row', { name: /Liperin kunta/ })).toContainText('13,1');
	await expect(values.getByRole('row', { name: /Liperin kunta/ })).toContainText('12,5');

	const chart = page.getByRole('figure', { name: 'Liperin kunta' });
	await expect(chart.getByRole('img', { name: 'Liperin kunta' })).toBeVisible();
	await expect(chart.getByRole('table', { name: 'Liperin kunta' }).getByRole('row')).toHaveCount(3);
	// A change of a percentage is in percentage points, not per cent.
	await expect(chart).toContainText(
		/Parempaan suuntaan vuodesta 2023 vuoteen 2024 \(−0,6\s%-yks\.\)/
	);
	await expectAccessible(page);
});

test('every chart on an indicator page has its table, also on a phone', async ({
	page,
	loginAs
}) => {
	await loginAs('director');
	await page.goto('/indicators');
	// A member reads the indicators but does not add them.
	await expect(page.getByRole('heading', { name: 'Lisää indikaattori' })).toHaveCount(0);
	await page.getByRole('link', { name: LONELINESS }).click();
	await expect(page.getByRole('heading', { name: 'Syötä tai korjaa arvo' })).toHaveCount(0);

	const charts = page.locator('figure.indicator-chart');
	await expect(charts).toHaveCount(5);
	for (const chart of await charts.all()) {
		await expect(chart.locator('svg[role="img"] title')).toHaveCount(1);
		await expect(chart.getByRole('table')).toBeVisible();
		await expect(chart.getByRole('table').getByRole('row')).toHaveCount(6);
	}
	await expectAccessible(page);

	await page.setViewportSize({ width: 375, height: 800 });
	const liperi = page.getByRole('figure', { name: 'Liperin kunta' });
	await liperi.scrollIntoViewIfNeeded();
	const box = await liperi.boundingBox();
	expect(box && box.x + box.width).toBeLessThanOrEqual(375);
	await expectAccessible(page);

	const forbidden = await page.goto('/indicators/import');
	expect(forbidden?.status()).toBe(403);
});

test('the director sees his municipality’s indicators on its page, each chart with its table', async ({
	page,
	loginAs
}) => {
	await loginAs('director');
	const me = await (await page.request.get('/api/me')).json();
	await page.goto(`/organisations/${me.organisation.id}`);
	const section = page.locator('section', {
		has: page.getByRole('heading', { level: 2, name: 'Indikaattorit' })
	});
	// The three demo indicators, and the one the first test gave Liperi values for.
	const charts = section.locator('figure.indicator-chart');
	await expect(charts).toHaveCount(4);
	for (const chart of await charts.all()) {
		await expect(chart.getByRole('img')).toBeVisible();
		await expect(chart.getByRole('table')).toBeVisible();
	}
	await expect(
		section.getByRole('figure', { name: LONELINESS }).getByRole('table').getByRole('row')
	).toHaveCount(6);
	await expectAccessible(page);
	await section.getByRole('link', { name: LONELINESS }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(LONELINESS);
});

test('a values file with a bad row is refused whole; a good file imports every row', async ({
	page,
	loginAs
}) => {
	await loginAs('coordinator');
	await page.goto('/indicators/import');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuo arvoja CSV-tiedostosta');
	await expectAccessible(page);

	await page
		.getByLabel('Tai liitä CSV-teksti')
		.fill(
			`indicator;organisation;year;value\n${NEW_INDICATOR};Joensuun kaupunki;2024;9,8\n${NEW_INDICATOR};Joensuun kaupunki;2023;paljon\n`
		);
	await page.getByRole('button', { name: 'Esikatsele' }).click();
	const rows = page.getByRole('table', { name: 'Tiedoston rivit' });
	await expect(rows.getByRole('row', { name: /^3 / })).toContainText('Arvo ei ole numero.');
	await expect(page.getByRole('button', { name: 'Tuo', exact: true })).toBeDisabled();
	await expectAccessible(page);

	// Nothing of the refused file was written.
	await page.goto('/indicators');
	await page.getByRole('link', { name: NEW_INDICATOR }).click();
	const values = page.getByRole('table', { name: 'Arvot organisaatioittain ja vuosittain (%)' });
	await expect(values.getByRole('row', { name: /Joensuun kaupunki/ })).toHaveCount(0);

	// The corrected file, uploaded as Excel saves it: a BOM, semicolons, decimal commas.
	await page.goto('/indicators/import');
	await page.getByLabel('CSV-tiedosto').setInputFiles({
		name: 'tyottomyys.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			`\uFEFFindicator;organisation;year;value\n${NEW_INDICATOR};Joensuun kaupunki;2024;9,8\n${NEW_INDICATOR};Joensuun kaupunki;2023;10,4\n${NEW_INDICATOR};Liperin kunta;2024;12,0\n`,
			'utf8'
		)
	});
	await page.getByRole('button', { name: 'Esikatsele' }).click();
	await expect(page.getByText('1 rivi korvaa aiemmin tallennetun arvon.')).toBeVisible();
	await page.getByRole('button', { name: 'Tuo', exact: true }).click();
	await expect(page.getByText('3 arvoa tuotu, joista 1 korvasi aiemman arvon.')).toBeVisible();

	await page.goto('/indicators');
	await page.getByRole('link', { name: NEW_INDICATOR }).click();
	await expect(values.getByRole('row', { name: /Joensuun kaupunki/ })).toContainText('10,4');
	await expect(values.getByRole('row', { name: /Liperin kunta/ })).toContainText('12');
	await expect(
		page.getByRole('figure', { name: 'Joensuun kaupunki' }).getByRole('table')
	).toBeVisible();
});
