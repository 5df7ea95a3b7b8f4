import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { MEASURE_KEYS, type AnswerValue, type QuestionKind } from '../../domain/survey';
import { fits } from '../../domain/survey-answers';
import { parseAnswerValue } from '../../domain/survey-values';
import type { Db } from '../db/client';
import {
	region,
	situationSurvey,
	surveyAnswer,
	surveyQuestion,
	surveySection,
	surveyValue
} from '../db/schema';
import { createTestDb } from '../db/testing';
import { insertRegion } from '../testing/fixtures';
import history from './history.json' with { type: 'json' };
import { loadSituationHistory, readSituationHistory, SITUATION_HISTORY } from './history';

const NOW = new Date('2026-01-15T10:00:00Z');

let db: Db;

beforeEach(() => {
	db = createTestDb();
	for (const slug of ['pohjois-karjala', 'keski-uusimaa', 'helsinki', 'ita-uusimaa'])
		insertRegion(db, slug);
	// A region the reports do not know: it gets no answers.
	insertRegion(db, 'testi');
});

/** The region's answer to the year's question as stored, or undefined when it has none. */
function answerOf(slug: string, year: number, key: string): AnswerValue | undefined {
	const row = db
		.select({ value: surveyValue.value })
		.from(surveyValue)
		.innerJoin(surveyAnswer, eq(surveyAnswer.id, surveyValue.answerId))
		.innerJoin(situationSurvey, eq(situationSurvey.id, surveyAnswer.surveyId))
		.innerJoin(region, eq(region.id, surveyAnswer.regionId))
		.where(
			and(eq(region.slug, slug), eq(situationSurvey.year, year), eq(surveyValue.questionKey, key))
		)
		.get();
	return row && (JSON.parse(row.value) as AnswerValue);
}

describe('loading the history', () => {
	it('inserts the four years as published surveys with their sections and questions', () => {
		expect(loadSituationHistory(db, NOW)).toEqual([2022, 2023, 2024, 2025]);
		const surveys = db.select().from(situationSurvey).orderBy(situationSurvey.year).all();
		expect(surveys.map((s) => [s.year, s.status, s.publishedAt])).toEqual([
			[2022, 'published', NOW],
			[2023, 'published', NOW],
			[2024, 'published', NOW],
			[2025, 'published', NOW]
		]);
		const survey2025 = surveys[3].id;
		const sections = db
			.select()
			.from(surveySection)
			.where(eq(surveySection.surveyId, survey2025))
			.orderBy(surveySection.position)
			.all();
		expect(sections.map((s) => s.title)).toEqual([
			'Yhteistyörakenteet',
			'Järjestöyhteistyön asiakirja',
			'Vastuuhenkilöt ja resurssit',
			'HYTE-neuvottelut',
			'Avustukset',
			'Vahvuudet ja kehittämistarpeet'
		]);
		const questions = db
			.select()
			.from(surveyQuestion)
			.where(eq(surveyQuestion.surveyId, survey2025))
			.all();
		// Every measure the picture computes is asked in 2025, in the kind it is computed from.
		const kindOf = new Map(questions.map((q) => [q.key, q.kind]));
		expect(Object.values(MEASURE_KEYS).map((key) => [key, kindOf.get(key)])).toEqual([
			['ngo_grants', 'money'],
			['stea_c_grants', 'money'],
			['county_structure', 'structure'],
			['ngo_structure', 'structure'],
			['cooperation_document', 'document'],
			['hyte_negotiations', 'choice']
		]);
		const hyte = questions.find((q) => q.key === 'hyte_negotiations')!;
		expect([hyte.options, hyte.source]).toEqual([
			['with_ngos', 'without_ngos', 'not_held'],
			'hyte_negotiations'
		]);
		const firstSection = questions.filter((q) => q.sectionId === sections[0].id);
		expect(firstSection.map((q) => [q.position, q.key])).toEqual([
			[1, 'county_structure'],
			[2, 'ngo_structure']
		]);
	});

	it('gives the regions in the database a submitted answer, and skips the others', () => {
		loadSituationHistory(db, NOW);
		const answers = db
			.select({ slug: region.slug, year: situationSurvey.year, status: surveyAnswer.status })
			.from(surveyAnswer)
			.innerJoin(region, eq(region.id, surveyAnswer.regionId))
			.innerJoin(situationSurvey, eq(situationSurvey.id, surveyAnswer.surveyId))
			.all();
		expect(answers).toHaveLength(4 * 4);
		expect(new Set(answers.map((a) => a.status))).toEqual(new Set(['submitted']));
		expect(answers.some((a) => a.slug === 'testi')).toBe(false);
	});

	it('leaves a year that exists alone, so loading twice changes nothing', () => {
		db.insert(situationSurvey).values({ year: 2025, status: 'open' }).run();
		expect(loadSituationHistory(db, NOW)).toEqual([2022, 2023, 2024]);
		expect(loadSituationHistory(db, NOW)).toEqual([]);
		expect(db.select().from(situationSurvey).all()).toHaveLength(4);
		expect(db.select().from(surveyAnswer).all()).toHaveLength(3 * 4);
		const open = db.select().from(situationSurvey).where(eq(situationSurvey.year, 2025)).get()!;
		expect(open.status).toBe('open');
		expect(
			db.select().from(surveyQuestion).where(eq(surveyQuestion.surveyId, open.id)).all()
		).toEqual([]);
	});
});

describe('the figures, as read by hand from the reports', () => {
	beforeEach(() => {
		loadSituationHistory(db, NOW);
	});

	it('has the NGO grants and STEA C-grants of Pohjois-Karjala', () => {
		expect(answerOf('pohjois-karjala', 2025, 'ngo_grants')).toEqual({
			kind: 'money',
			cents: 33_000_000
		});
		expect(answerOf('pohjois-karjala', 2024, 'stea_c_grants')).toEqual({
			kind: 'money',
			cents: 321_723_100
		});
		expect(answerOf('pohjois-karjala', 2025, 'stea_c_grants')).toEqual({
			kind: 'money',
			cents: 259_486_100
		});
		expect(answerOf('pohjois-karjala', 2023, 'ngo_grants')).toEqual({
			kind: 'money',
			cents: 30_000_000
		});
		expect(answerOf('pohjois-karjala', 2023, 'ngo_count')).toEqual({ kind: 'number', number: 381 });
		expect(answerOf('pohjois-karjala', 2023, 'county_funding')).toEqual({
			kind: 'money',
			cents: 71_300_000_000
		});
	});

	it('has Keski-Uusimaa without a county structure and with its NGO-led council', () => {
		expect(answerOf('keski-uusimaa', 2025, 'county_structure')).toEqual({
			kind: 'structure',
			structure: 'none',
			name: ''
		});
		expect(answerOf('keski-uusimaa', 2025, 'ngo_structure')).toEqual({
			kind: 'structure',
			structure: 'formal',
			name: 'Keski-Uudenmaan järjestöneuvottelukunta'
		});
		expect(answerOf('keski-uusimaa', 2023, 'partnership_grants_besides')).toEqual({
			kind: 'choice',
			choice: 'Kyllä'
		});
	});

	it('has Helsinki, whose report left the NGO-led structure unanswered', () => {
		expect(answerOf('helsinki', 2025, 'ngo_grants')).toEqual({ kind: 'money', cents: 720_000_000 });
		expect(answerOf('helsinki', 2024, 'stea_c_grants')).toEqual({
			kind: 'money',
			cents: 843_268_500
		});
		expect(answerOf('helsinki', 2025, 'county_structure')).toEqual({
			kind: 'structure',
			structure: 'formal',
			name: 'Järjestöneuvottelukunta'
		});
		expect(answerOf('helsinki', 2025, 'ngo_structure')).toBeUndefined();
		expect(answerOf('helsinki', 2022, 'county_strategy')).toBeUndefined();
		expect(answerOf('helsinki', 2023, 'population')).toEqual({ kind: 'number', number: 664_028 });
	});

	it('leaves unanswered what the reports give only as a national summary', () => {
		expect(answerOf('ita-uusimaa', 2025, 'cooperation_document')).toBeUndefined();
		expect(answerOf('ita-uusimaa', 2025, 'hyte_negotiations')).toBeUndefined();
		expect(answerOf('ita-uusimaa', 2025, 'cooperation_person_years')).toBeUndefined();
		// The regional tour names partnership grants only where there are some.
		expect(answerOf('pohjois-karjala', 2023, 'partnership_grants_besides')).toBeUndefined();
	});
});

describe('the history file', () => {
	it('covers the 22 regions in each year, and sums to the report’s STEA totals', () => {
		for (const year of SITUATION_HISTORY) expect(year.answers.size).toBe(22);
		const steaTotal = (year: number) =>
			[...SITUATION_HISTORY.find((y) => y.year === year)!.answers.values()].reduce(
				(sum, values) => {
					const value = values.get('stea_c_grants');
					return sum + (value?.kind === 'money' ? value.cents : 0);
				},
				0
			);
		// "Kaikki yhteensä" of the 8/2025 report's STEA table: its rows are rounded to whole euros,
		// its total is of the unrounded grants, so the sum may be off by half a euro a row.
		const ROUNDING = 22 * 50;
		expect(Math.abs(steaTotal(2024) - 6_000_638_200)).toBeLessThanOrEqual(ROUNDING);
		expect(Math.abs(steaTotal(2025) - 4_379_439_300)).toBeLessThanOrEqual(ROUNDING);
	});

	it('refuses an answer of the wrong kind, out of the options, or to no question', () => {
		const year = structuredClone(history.years[1]);
		const answers = year.answers as Record<string, Record<string, unknown>>;
		answers['kainuu'].ngo_grants = { kind: 'number', number: 150_000 };
		answers['lappi'].partnership_grants_besides = { kind: 'choice', choice: 'Ehkä' };
		answers['lappi'].no_such_question = { kind: 'text', text: 'x' };
		expect(() => readSituationHistory({ about: '', years: [year] })).toThrow(
			/kainuu: ngo_grants is not a money.*lappi: partnership_grants_besides is not a choice.*lappi: no question no_such_question/
		);
	});

	it('refuses a question key twice, a year twice, and an unknown kind', () => {
		const year = structuredClone(history.years[2]);
		const questions: unknown[] = year.sections[0].questions;
		questions.push(questions[0]);
		expect(() => readSituationHistory({ about: '', years: [year, year] })).toThrow(
			/2024: stea_c_grants twice.*a year twice/
		);
		const unknownKind = structuredClone(history.years[2]);
		unknownKind.sections[0].questions[0].kind = 'date';
		expect(() => readSituationHistory({ about: '', years: [unknownKind] })).toThrow();
	});
});

describe('the history of the national picture', () => {
	it('answers every question in its kind and among its options', () => {
		for (const year of history.years) {
			const questions = new Map(
				year.sections.flatMap((section) => section.questions).map((q) => [q.key, q])
			);
			for (const values of Object.values(year.answers))
				for (const [key, value] of Object.entries(values)) {
					const question = questions.get(key)!;
					const parsed = parseAnswerValue(question.kind as QuestionKind, JSON.stringify(value));
					expect(parsed, `${year.year} ${key}`).toEqual(value);
					expect(
						fits({ kind: parsed!.kind, options: question.options }, parsed!),
						`${year.year} ${key}`
					).toBe(true);
				}
		}
	});
});
