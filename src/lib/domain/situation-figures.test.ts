import { describe, expect, it } from 'vitest';
import {
	changePercent,
	isMapMeasure,
	isSortColumn,
	sortRegions,
	measureScale,
	regionFigures,
	situationTotals,
	type Answers,
	type RegionFigures
} from './situation-figures';

const money = (eur: number) => ({ kind: 'money', cents: Math.round(eur * 100) }) as const;

/** A region's answers as seed 002 (tilannekuva 8/2025) gives them. */
function answers(ngoGrantsEur: number | null, steaEur: number | null): Answers {
	return {
		...(ngoGrantsEur === null ? {} : { ngo_grants: money(ngoGrantsEur) }),
		...(steaEur === null ? {} : { stea_c_grants: money(steaEur) })
	};
}

// Seed 002: Pohjois-Karjala 330 000 € grants; STEA 3 217 231 € (2024) → 2 594 861 € (2025);
// population 162 540 (2023, regions.json).
const pohjoisKarjala = {
	population: 162_540,
	comparable: true,
	figures: regionFigures(answers(330_000, 2_594_861), answers(null, 3_217_231), 162_540)
};
const helsinki = {
	population: 664_028,
	comparable: false,
	figures: regionFigures(answers(7_200_000, 5_503_043), answers(null, 8_432_685), 664_028)
};
const varsinaisSuomi = {
	population: 485_567,
	comparable: true,
	figures: regionFigures(answers(2_665_800, 3_198_627), answers(null, 4_524_408), 485_567)
};

describe('regionFigures', () => {
	it('computes grants per resident and the STEA change as in seed 002', () => {
		expect(pohjoisKarjala.figures.ngoGrantsEur).toBe(330_000);
		expect(pohjoisKarjala.figures.grantsPerResident).toBeCloseTo(2.0303, 4);
		expect(pohjoisKarjala.figures.steaEur).toBe(2_594_861);
		expect(pohjoisKarjala.figures.steaPreviousEur).toBe(3_217_231);
		expect(pohjoisKarjala.figures.steaChangePercent).toBeCloseTo(-19.345, 3);
	});

	it('has no figure where an answer or the population is missing', () => {
		const figures = regionFigures(answers(null, 100), undefined, null);
		expect(figures).toEqual({
			ngoGrantsEur: null,
			grantsPerResident: null,
			steaEur: 100,
			steaPreviousEur: null,
			steaChangePercent: null,
			countyStructure: null,
			cooperationDocument: null,
			hyteNegotiations: null
		});
		expect(regionFigures(answers(1000, null), {}, null).grantsPerResident).toBeNull();
		expect(regionFigures(answers(1000, null), {}, 0).grantsPerResident).toBeNull();
		expect(regionFigures(answers(1000, null), {}, 4).grantsPerResident).toBe(250);
	});

	it('reads the structure, the document and the negotiations of their kinds only', () => {
		const figures = regionFigures(
			{
				county_structure: { kind: 'structure', structure: 'formal', name: 'Kumppanuuspöytä' },
				cooperation_document: { kind: 'document', state: 'in_preparation', name: '' },
				hyte_negotiations: { kind: 'choice', choice: 'with_ngos' }
			},
			undefined,
			1
		);
		expect(figures.countyStructure).toBe('formal');
		expect(figures.cooperationDocument).toBe('in_preparation');
		expect(figures.hyteNegotiations).toBe('with_ngos');
		const wrongKinds = regionFigures(
			{
				ngo_grants: { kind: 'number', number: 5 },
				county_structure: { kind: 'text', text: 'formal' },
				cooperation_document: { kind: 'text', text: 'present' },
				hyte_negotiations: { kind: 'text', text: 'with_ngos' }
			},
			undefined,
			1
		);
		expect(wrongKinds.ngoGrantsEur).toBeNull();
		expect(wrongKinds.countyStructure).toBeNull();
		expect(wrongKinds.cooperationDocument).toBeNull();
		expect(wrongKinds.hyteNegotiations).toBeNull();
	});
});

describe('changePercent', () => {
	it('is the change of the sum of all regions in seed 002: 60 006 382 € → 43 794 393 €, −27 %', () => {
		expect(changePercent(60_006_382, 43_794_393)).toBeCloseTo(-27.017, 3);
	});

	it('needs a positive amount before and an amount now', () => {
		expect(changePercent(0, 5)).toBeNull();
		expect(changePercent(-1, 5)).toBeNull();
		expect(changePercent(null, 5)).toBeNull();
		expect(changePercent(5, null)).toBeNull();
		expect(changePercent(4, 5)).toBe(25);
		expect(changePercent(4, 0)).toBe(-100);
	});
});

describe('situationTotals', () => {
	const totals = situationTotals([pohjoisKarjala, helsinki, varsinaisSuomi]);

	it('leaves Helsinki out of the comparable totals', () => {
		expect(totals.comparable).toEqual({
			regions: 2,
			population: 648_107,
			ngoGrantsEur: 2_995_800,
			grantsPerResident: 2_995_800 / 648_107,
			steaEur: 5_793_488,
			steaPreviousEur: 7_741_639,
			steaChangePercent: ((5_793_488 - 7_741_639) / 7_741_639) * 100
		});
		expect(totals.comparable.steaChangePercent).toBeCloseTo(-25.165, 3);
	});

	it('counts every region in the totals over all', () => {
		expect(totals.all.regions).toBe(3);
		expect(totals.all.population).toBe(1_312_135);
		expect(totals.all.ngoGrantsEur).toBe(10_195_800);
		expect(totals.all.steaEur).toBe(11_296_531);
		expect(totals.all.steaPreviousEur).toBe(16_174_324);
	});

	it('divides only the grants of regions with a population, and compares only regions with both years', () => {
		const unknown = {
			population: null,
			comparable: true,
			figures: regionFigures(answers(1_000_000, 50), undefined, null)
		};
		const both = situationTotals([pohjoisKarjala, unknown]).comparable;
		expect(both.grantsPerResident).toBeCloseTo(330_000 / 162_540, 10);
		expect(both.steaChangePercent).toBeCloseTo(-19.345, 3);
		expect(both.steaEur).toBe(2_594_911);
		expect(both.ngoGrantsEur).toBe(1_330_000);
	});

	it('has no averages without figures', () => {
		const empty = situationTotals([
			{ population: 10, comparable: true, figures: regionFigures({}, undefined, 10) }
		]).comparable;
		expect(empty.grantsPerResident).toBeNull();
		expect(empty.steaChangePercent).toBeNull();
		expect(situationTotals([]).all).toEqual({
			regions: 0,
			population: 0,
			ngoGrantsEur: 0,
			grantsPerResident: null,
			steaEur: 0,
			steaPreviousEur: 0,
			steaChangePercent: null
		});
	});
});

describe('measureScale', () => {
	const figures = (values: Partial<RegionFigures>): RegionFigures => ({
		...regionFigures({}, undefined, null),
		...values
	});

	it('splits a number into five equal ranges between rounded ends', () => {
		const regions = [1.2, 3.9, 9.7, null].map((v) => figures({ grantsPerResident: v }));
		const scale = measureScale('grantsPerResident', regions);
		expect(scale.classes).toEqual([
			{ kind: 'range', from: 0, to: 2 },
			{ kind: 'range', from: 2, to: 4 },
			{ kind: 'range', from: 4, to: 6 },
			{ kind: 'range', from: 6, to: 8 },
			{ kind: 'range', from: 8, to: 10 }
		]);
		expect(regions.map(scale.classOf)).toEqual([0, 1, 4, null]);
	});

	it('colours the STEA change by its own values', () => {
		const regions = [-40, -20, 0].map((v) => figures({ steaChangePercent: v }));
		const scale = measureScale('steaChangePercent', regions);
		expect(scale.classes[0]).toEqual({ kind: 'range', from: -40, to: -32 });
		expect(regions.map(scale.classOf)).toEqual([0, 2, 4]);
	});

	it('has no classes without numbers', () => {
		const scale = measureScale('grantsPerResident', [figures({})]);
		expect(scale.classes).toEqual([]);
		expect(scale.classOf(figures({ grantsPerResident: 3 }))).toBeNull();
	});

	it('gives each option its own class', () => {
		const structure = measureScale('countyStructure', []);
		expect(structure.classes).toEqual([
			{ kind: 'option', option: 'formal' },
			{ kind: 'option', option: 'informal' },
			{ kind: 'option', option: 'none' }
		]);
		expect(structure.classOf(figures({ countyStructure: 'none' }))).toBe(2);
		expect(structure.classOf(figures({}))).toBeNull();
		const document = measureScale('cooperationDocument', []);
		expect(document.classOf(figures({ cooperationDocument: 'present' }))).toBe(0);
		const hyte = measureScale('hyteNegotiations', []);
		expect(hyte.classes.map((c) => (c.kind === 'option' ? c.option : ''))).toEqual([
			'with_ngos',
			'without_ngos',
			'not_held'
		]);
		expect(hyte.classOf(figures({ hyteNegotiations: 'not_held' }))).toBe(2);
		expect(hyte.classOf(figures({ hyteNegotiations: 'unknown' }))).toBeNull();
	});
});

describe('isMapMeasure', () => {
	it('knows the measures of the map', () => {
		expect(isMapMeasure('steaChangePercent')).toBe(true);
		expect(isMapMeasure('ngoGrantsEur')).toBe(false);
		expect(isMapMeasure(null)).toBe(false);
	});
});

describe('sortRegions', () => {
	const row = (name: string, population: number | null, figures: Partial<RegionFigures>) => ({
		name,
		population,
		figures: { ...regionFigures({}, undefined, null), ...figures }
	});
	const rows = [
		row('Ähtäri', 10, { grantsPerResident: 2, countyStructure: 'none' }),
		row('Kainuu', null, { grantsPerResident: null, countyStructure: 'formal' }),
		row('Lappi', 30, { grantsPerResident: 5 }),
		row('Etelä-Savo', 20, { grantsPerResident: 1, countyStructure: 'informal' })
	];
	const names = (sorted: typeof rows) => sorted.map((r) => r.name);

	it('sorts by name in Finnish order', () => {
		expect(names(sortRegions(rows, 'name', 'asc'))).toEqual([
			'Etelä-Savo',
			'Kainuu',
			'Lappi',
			'Ähtäri'
		]);
		expect(names(sortRegions(rows, 'name', 'desc'))).toEqual([
			'Ähtäri',
			'Lappi',
			'Kainuu',
			'Etelä-Savo'
		]);
	});

	it('sorts numbers both ways with the regions without a value last', () => {
		expect(names(sortRegions(rows, 'grantsPerResident', 'asc'))).toEqual([
			'Etelä-Savo',
			'Ähtäri',
			'Lappi',
			'Kainuu'
		]);
		expect(names(sortRegions(rows, 'grantsPerResident', 'desc'))).toEqual([
			'Lappi',
			'Ähtäri',
			'Etelä-Savo',
			'Kainuu'
		]);
		expect(names(sortRegions(rows, 'population', 'desc'))).toEqual([
			'Lappi',
			'Etelä-Savo',
			'Ähtäri',
			'Kainuu'
		]);
	});

	it('sorts options in their order, best first', () => {
		expect(names(sortRegions(rows, 'countyStructure', 'asc'))).toEqual([
			'Kainuu',
			'Etelä-Savo',
			'Ähtäri',
			'Lappi'
		]);
	});

	it('knows its columns', () => {
		expect(isSortColumn('steaChangePercent')).toBe(true);
		expect(isSortColumn('answers')).toBe(false);
		expect(isSortColumn(null)).toBe(false);
	});
});
