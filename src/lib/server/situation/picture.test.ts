import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../domain/survey';
import type { Db } from '../db/client';
import { createTestDb } from '../db/testing';
import { insertRegion } from '../testing/fixtures';
import { insertSurvey, insertSurveyAnswer, setRegionFacts } from '../testing/situation-fixtures';
import {
	answerText,
	loadPicture,
	pictureCsv,
	picturePage,
	pictureQuestions,
	plainAnswer,
	publishedYears,
	regionHistory
} from './picture';

const QUESTIONS = [
	{ key: 'ngo_grants', kind: 'money' },
	{ key: 'stea_c_grants', kind: 'money' },
	{ key: 'county_structure', kind: 'structure' }
] as const;
const eur = (euros: number) => ({ kind: 'money', cents: euros * 100 }) as const;

let db: Db;
let pk: number;
let helsinki: number;

beforeEach(() => {
	db = createTestDb();
	pk = insertRegion(db, 'pohjois-karjala').regionId;
	helsinki = insertRegion(db, 'helsinki').regionId;
	setRegionFacts(db, pk, 162_540);
	setRegionFacts(db, helsinki, 664_028, false);
	// Seed 002's figures: STEA 2024 → 2025, grants 2025.
	const y2024 = insertSurvey(db, 2024, QUESTIONS);
	insertSurveyAnswer(db, y2024, pk, { stea_c_grants: eur(3_217_231) });
	insertSurveyAnswer(db, y2024, helsinki, { stea_c_grants: eur(8_432_685) });
	const y2025 = insertSurvey(db, 2025, [
		...QUESTIONS,
		{ key: 'strengths', kind: 'text', text: 'Vahvuudet' }
	]);
	insertSurveyAnswer(db, y2025, pk, {
		ngo_grants: eur(330_000),
		stea_c_grants: eur(2_594_861),
		county_structure: { kind: 'structure', structure: 'formal', name: 'Kumppanuuspöytä' },
		strengths: { kind: 'text', text: '=SUM(A1)' }
	});
	insertSurveyAnswer(db, y2025, helsinki, { stea_c_grants: eur(5_503_043) });
	// This year's survey is open and a draft answer does not count.
	const y2026 = insertSurvey(db, 2026, QUESTIONS, 'open');
	insertSurveyAnswer(db, y2026, pk, { ngo_grants: eur(1) }, 'draft');
});

describe('publishedYears', () => {
	it('lists the published years, latest first', () => {
		expect(publishedYears(db)).toEqual([2025, 2024]);
	});
});

describe('loadPicture', () => {
	it('has every region with its submitted answers and figures against the year before', () => {
		const picture = loadPicture(db, 2025)!;
		expect(picture.regions.map((r) => r.slug)).toEqual(['helsinki', 'pohjois-karjala']);
		const region = picture.regions.find((r) => r.slug === 'pohjois-karjala')!;
		expect(region).toMatchObject({
			population: 162_540,
			comparable: true,
			respondentRole: 'county'
		});
		expect(region.answers.ngo_grants).toEqual(eur(330_000));
		expect(region.figures.steaChangePercent).toBeCloseTo(-19.345, 3);
		expect(region.figures.grantsPerResident).toBeCloseTo(2.03, 2);
		expect(picture.totals.comparable.regions).toBe(1);
		expect(picture.totals.all.steaPreviousEur).toBe(3_217_231 + 8_432_685);
	});

	it('has no picture of a year that is not published, and no change without the year before', () => {
		expect(loadPicture(db, 2026)).toBeNull();
		expect(loadPicture(db, 2023)).toBeNull();
		expect(loadPicture(db, 2024)!.regions[0].figures.steaChangePercent).toBeNull();
	});

	it('leaves out an answer still in draft', () => {
		const y2023 = insertSurvey(db, 2023, QUESTIONS);
		insertSurveyAnswer(db, y2023, pk, { ngo_grants: eur(5) }, 'draft');
		const region = loadPicture(db, 2023)!.regions.find((r) => r.id === pk)!;
		expect(region.answers).toEqual({});
		expect(region.respondentRole).toBeNull();
	});
});

describe('pictureQuestions', () => {
	it("lists a published year's questions in order", () => {
		expect(pictureQuestions(db, 2025)!.map((q) => [q.key, q.kind, q.section])).toEqual([
			['ngo_grants', 'money', 'Osio 2025'],
			['stea_c_grants', 'money', 'Osio 2025'],
			['county_structure', 'structure', 'Osio 2025'],
			['strengths', 'text', 'Osio 2025']
		]);
		expect(pictureQuestions(db, 2026)).toBeNull();
	});
});

describe('regionHistory', () => {
	it("puts the region's answers of the published years side by side by question key", () => {
		const history = regionHistory(db, 'pohjois-karjala')!;
		expect(history.years).toEqual([2024, 2025]);
		expect(history.questions.map((q) => q.key)).toEqual([
			'ngo_grants',
			'stea_c_grants',
			'county_structure',
			'strengths'
		]);
		expect(history.values.stea_c_grants).toEqual({
			2024: eur(3_217_231),
			2025: eur(2_594_861)
		});
		expect(history.values.ngo_grants).toEqual({ 2025: eur(330_000) });
		expect(regionHistory(db, 'nowhere')).toBeNull();
	});
});

describe('answers as plain values', () => {
	it('gives each kind its plain JSON and its text', () => {
		const values: [AnswerValue, unknown, string][] = [
			[eur(12.5), 12.5, '12.50'],
			[{ kind: 'choice', choice: 'with_ngos' }, 'with_ngos', 'with_ngos'],
			[{ kind: 'choices', choices: ['a', 'b'] }, ['a', 'b'], 'a, b'],
			[{ kind: 'number', number: 2.5 }, 2.5, '2.5'],
			[{ kind: 'text', text: 'Hyvä' }, 'Hyvä', 'Hyvä'],
			[
				{ kind: 'structure', structure: 'formal', name: 'Pöytä' },
				{ kind: 'formal', name: 'Pöytä' },
				'formal: Pöytä'
			],
			[{ kind: 'document', state: 'none', name: '' }, { state: 'none', name: '' }, 'none']
		];
		for (const [value, plain, text] of values) {
			expect(plainAnswer(value)).toEqual(plain);
			expect(answerText(value)).toBe(text);
		}
		expect(answerText(undefined)).toBe('');
	});
});

describe('pictureCsv', () => {
	it('has one row per region with its answers by key and its figures, formulas defused', () => {
		const picture = loadPicture(db, 2025)!;
		const keys = pictureQuestions(db, 2025)!.map((q) => q.key);
		const csv = pictureCsv(picture, keys);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
		expect(rows[0]).toEqual([
			'slug',
			'name',
			'population',
			'comparable',
			'ngo_grants',
			'stea_c_grants',
			'county_structure',
			'strengths',
			'ngoGrantsEur',
			'grantsPerResident',
			'steaEur',
			'steaPreviousEur',
			'steaChangePercent'
		]);
		expect(rows[1].slice(0, 4)).toEqual(['helsinki', 'Alue helsinki', '664028', 'false']);
		expect(rows[2]).toEqual([
			'pohjois-karjala',
			'Alue pohjois-karjala',
			'162540',
			'true',
			'330000.00',
			'2594861.00',
			'formal: Kumppanuuspöytä',
			"'=SUM(A1)",
			'330000',
			'2.03',
			'2594861',
			'3217231',
			'-19.34'
		]);
	});
});

describe('picturePage', () => {
	it('sorts the regions for the table and gives each its class on the map', () => {
		const page = picturePage(db, 2025, {
			measure: 'steaChangePercent',
			sort: 'steaChangePercent',
			dir: 'asc'
		})!;
		expect(page.years).toEqual([2025, 2024]);
		expect(page.regions.map((r) => [r.slug, r.classIndex])).toEqual([
			['helsinki', 1],
			['pohjois-karjala', 4]
		]);
		expect(page.regions[0]).not.toHaveProperty('answers');
		expect(page.classes).toHaveLength(5);
		expect(
			picturePage(db, 2026, { measure: 'countyStructure', sort: 'name', dir: 'asc' })
		).toBeNull();
	});
});
