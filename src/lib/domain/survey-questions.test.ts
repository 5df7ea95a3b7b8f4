import { describe, expect, it } from 'vitest';
import { MEASURE_KEYS } from './survey';
import {
	checkQuestion,
	checkSectionTitle,
	copySections,
	FIRST_SURVEY,
	OPTION_MAX,
	optionsForInput,
	QUESTION_HELP_MAX,
	QUESTION_TEXT_MAX,
	SECTION_TITLE_MAX,
	surveyReminderDue,
	type QuestionInput
} from './survey-questions';

const input = (over: Partial<QuestionInput> = {}): QuestionInput => ({
	key: 'person_years',
	kind: 'number',
	text: 'Henkilötyövuodet',
	help: '',
	options: '',
	source: '',
	...over
});

describe('checkQuestion', () => {
	it('takes a question with its key, kind and text', () => {
		expect(checkQuestion(input({ key: ' person_years ', help: ' Esim. 0,5 ' }), [])).toEqual({
			question: {
				key: 'person_years',
				kind: 'number',
				text: 'Henkilötyövuodet',
				help: 'Esim. 0,5',
				options: [],
				source: null
			}
		});
	});

	it('asks a key of its own in the survey, in lower case', () => {
		expect(checkQuestion(input(), ['person_years'])).toEqual({
			issues: { key: 'survey.question.keyTaken' }
		});
		for (const key of ['Person', '1st', '', 'a-b', 'a'.repeat(51)])
			expect(checkQuestion(input({ key }), [])).toEqual({ issues: { key: 'survey.question.key' } });
		expect(checkQuestion(input({ key: 'a'.repeat(50) }), [])).toHaveProperty('question');
	});

	it('asks a kind of the survey and a text of a sensible length', () => {
		expect(checkQuestion(input({ kind: 'essay', text: ' ' }), [])).toEqual({
			issues: { kind: 'validation.choose', text: 'validation.required' }
		});
		expect(checkQuestion(input({ text: 'x'.repeat(QUESTION_TEXT_MAX) }), [])).toHaveProperty(
			'question'
		);
		expect(checkQuestion(input({ text: 'x'.repeat(QUESTION_TEXT_MAX + 1) }), [])).toEqual({
			issues: { text: 'validation.tooLong' }
		});
		expect(checkQuestion(input({ help: 'x'.repeat(QUESTION_HELP_MAX) }), [])).toHaveProperty(
			'question'
		);
		expect(checkQuestion(input({ help: 'x'.repeat(QUESTION_HELP_MAX + 1) }), [])).toEqual({
			issues: { help: 'validation.tooLong' }
		});
	});

	it('asks a choice for two options or more, one a line, and drops options of other kinds', () => {
		expect(checkQuestion(input({ kind: 'choices', options: 'a\n\n b \na' }), [])).toMatchObject({
			question: { options: ['a', 'b'] }
		});
		expect(checkQuestion(input({ kind: 'choice', options: 'a\na' }), [])).toEqual({
			issues: { options: 'survey.question.options' }
		});
		expect(
			checkQuestion(input({ kind: 'choice', options: `a\n${'x'.repeat(OPTION_MAX + 1)}` }), [])
		).toEqual({ issues: { options: 'validation.tooLong' } });
		expect(
			checkQuestion(input({ kind: 'choice', options: `a\n${'x'.repeat(OPTION_MAX)}` }), [])
		).toHaveProperty('question');
		expect(checkQuestion(input({ options: 'a\nb' }), [])).toMatchObject({
			question: { options: [] }
		});
	});

	it('takes a source only of the kind it gives', () => {
		expect(checkQuestion(input({ kind: 'money', source: 'grants_decided' }), [])).toMatchObject({
			question: { source: 'grants_decided' }
		});
		expect(checkQuestion(input({ source: 'grants_decided' }), [])).toEqual({
			issues: { source: 'survey.question.source' }
		});
		expect(checkQuestion(input({ source: 'gossip' }), [])).toEqual({
			issues: { source: 'survey.question.source' }
		});
	});

	it('asks the HYTE question to offer the answers the app gives', () => {
		const hyte = input({ kind: 'choice', source: 'hyte_negotiations' });
		expect(checkQuestion({ ...hyte, options: 'with_ngos\nnot_held' }, [])).toEqual({
			issues: { options: 'survey.question.hyteOptions' }
		});
		expect(
			checkQuestion({ ...hyte, options: 'with_ngos\nwithout_ngos\nnot_held' }, [])
		).toHaveProperty('question');
	});
});

describe('sections', () => {
	it('checks a title', () => {
		expect(checkSectionTitle(' Resurssit ')).toEqual({ title: 'Resurssit' });
		expect(checkSectionTitle(' ')).toEqual({ issue: 'validation.required' });
		expect(checkSectionTitle('x'.repeat(SECTION_TITLE_MAX))).toHaveProperty('title');
		expect(checkSectionTitle('x'.repeat(SECTION_TITLE_MAX + 1))).toEqual({
			issue: 'validation.tooLong'
		});
	});

	it("copies last year's sections and questions in order, with the same keys, as a copy", () => {
		const copy = copySections(FIRST_SURVEY);
		expect(copy).toEqual(FIRST_SURVEY);
		copy[2].questions[0].options.push('x');
		expect(FIRST_SURVEY[2].questions[0].options).toEqual([]);
		expect(copy[0]).not.toBe(FIRST_SURVEY[0]);
	});

	it('starts the first survey with the questions the measures rely on', () => {
		const keys = FIRST_SURVEY.flatMap((s) => s.questions.map((q) => q.key));
		for (const key of Object.values(MEASURE_KEYS)) expect(keys).toContain(key);
		for (const section of FIRST_SURVEY)
			for (const q of section.questions)
				expect(
					checkQuestion({ ...q, options: optionsForInput(q.options), source: q.source ?? '' }, [])
				).toEqual({ question: q });
	});
});

describe('surveyReminderDue', () => {
	const at = (iso: string) => new Date(iso);
	it('reminds from a week before the deadline until its last day ends, once', () => {
		expect(surveyReminderDue('2026-03-31', at('2026-03-23T21:59:00Z'), null)).toBe(false);
		expect(surveyReminderDue('2026-03-31', at('2026-03-23T22:00:00Z'), null)).toBe(true);
		expect(surveyReminderDue('2026-03-31', at('2026-03-31T20:59:00Z'), null)).toBe(true);
		expect(surveyReminderDue('2026-03-31', at('2026-03-31T21:00:00Z'), null)).toBe(false);
		expect(
			surveyReminderDue('2026-03-31', at('2026-03-25T12:00:00Z'), at('2026-03-25T11:00:00Z'))
		).toBe(false);
	});
});
