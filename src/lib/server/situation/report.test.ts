import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { regionFigures, situationTotals } from '../../domain/situation-figures';
import { translator } from '../../i18n';
import { renderPictureReportPdf } from './report';
import type { Picture, PictureRegion } from './picture';

const region = (
	slug: string,
	name: string,
	population: number,
	comparable: boolean,
	stea: [number, number]
): PictureRegion => {
	const money = (eur: number) => ({ kind: 'money', cents: eur * 100 }) as const;
	const answers = { stea_c_grants: money(stea[1]) };
	return {
		id: population,
		slug,
		name,
		population,
		comparable,
		respondentRole: 'county',
		answers,
		figures: regionFigures(answers, { stea_c_grants: money(stea[0]) }, population)
	};
};

describe('renderPictureReportPdf', () => {
	it("has the table, the totals and Helsinki marked not comparable, in the reader's language", async () => {
		const regions = [
			region('helsinki', 'Helsingin kaupunki', 664_028, false, [8_432_685, 5_503_043]),
			region(
				'pohjois-karjala',
				'Pohjois-Karjalan hyvinvointialue',
				162_540,
				true,
				[3_217_231, 2_594_861]
			)
		];
		const picture: Picture = { year: 2025, regions, totals: situationTotals(regions) };
		const fi = (
			await extractText(new Uint8Array(await renderPictureReportPdf(picture, translator('fi'))))
		).text.join('\n');
		expect(fi).toContain('Järjestöyhteistyön tilannekuva 2025');
		expect(fi).toMatch(/Helsingin kaupunki \(ei\s+vertailukelpoinen\)/);
		expect(fi).toContain('Pohjois-Karjalan hyvinvointialue');
		expect(fi).toMatch(/−19,3\s?%/);
		expect(fi).toContain('Yhteensä, vertailukelpoiset alueet');
		expect(fi).toContain('2 594 861 €');
		const en = (
			await extractText(new Uint8Array(await renderPictureReportPdf(picture, translator('en'))))
		).text.join('\n');
		expect(en).toContain('Total, all regions');
		expect(en).toMatch(/Helsingin kaupunki \(not\s+comparable\)/);
	});
});
