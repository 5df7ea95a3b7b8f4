import { describe, expect, it } from 'vitest';
import {
	ANSWER_NAME_MAX,
	ANSWER_TEXT_MAX,
	checkAnswer,
	checkAnswers,
	coordinatorsText,
	fieldsOf,
	fits,
	hyteFromMeetings,
	nameField,
	parseAnswerNumber,
	prefill,
	structureFromBodies,
	valueField,
	type AnsweredQuestion,
	type RawAnswer
} from './survey-answers';
import type { AnswerValue, QuestionKind } from './survey';

const question = (
	kind: QuestionKind,
	options: string[] = [],
	source: AnsweredQuestion['source'] = null
): AnsweredQuestion => ({ key: 'k', kind, options, source });
const raw = (values: string[], name = ''): RawAnswer => ({ values, name });

describe('checkAnswer', () => {
	it('takes nothing typed as no answer, but a name without a kind as a missing choice', () => {
		expect(checkAnswer(question('number'), raw(['  ']))).toEqual({ value: null });
		expect(checkAnswer(question('structure'), raw([], 'Foorumi'))).toEqual({
			issues: { 'q.k': 'validation.choose' }
		});
	});

	it('takes a choice among the options only, one of them', () => {
		const q = question('choice', ['a', 'b']);
		expect(checkAnswer(q, raw([' a ']))).toEqual({ value: { kind: 'choice', choice: 'a' } });
		expect(checkAnswer(q, raw(['c']))).toEqual({ issues: { 'q.k': 'validation.choose' } });
		expect(checkAnswer(q, raw(['a', 'b']))).toEqual({ issues: { 'q.k': 'validation.choose' } });
	});

	it('takes several choices as a subset of the options, each once', () => {
		const q = question('choices', ['a', 'b', 'c']);
		expect(checkAnswer(q, raw(['a', 'c', 'a']))).toEqual({
			value: { kind: 'choices', choices: ['a', 'c'] }
		});
		expect(checkAnswer(q, raw(['a', 'x']))).toEqual({ issues: { 'q.k': 'validation.choose' } });
	});

	it('takes a number of zero or more, with decimals', () => {
		const q = question('number');
		expect(checkAnswer(q, raw(['0,5']))).toEqual({ value: { kind: 'number', number: 0.5 } });
		expect(checkAnswer(q, raw(['1 200']))).toEqual({ value: { kind: 'number', number: 1200 } });
		expect(checkAnswer(q, raw(['-1']))).toEqual({ issues: { 'q.k': 'survey.answer.number' } });
	});

	it('takes money in euros as typed in Finnish, kept in cents', () => {
		const q = question('money');
		expect(checkAnswer(q, raw(['1 250,50']))).toEqual({ value: { kind: 'money', cents: 125050 } });
		expect(checkAnswer(q, raw(['12,345']))).toEqual({ issues: { 'q.k': 'survey.answer.money' } });
	});

	it('takes a text up to its limit', () => {
		const q = question('text');
		expect(checkAnswer(q, raw([' Hyvä yhteistyö ']))).toEqual({
			value: { kind: 'text', text: 'Hyvä yhteistyö' }
		});
		expect(checkAnswer(q, raw(['x'.repeat(ANSWER_TEXT_MAX)]))).toHaveProperty('value');
		expect(checkAnswer(q, raw(['x'.repeat(ANSWER_TEXT_MAX + 1)]))).toEqual({
			issues: { 'q.k': 'validation.tooLong' }
		});
	});

	it('takes a structure with its kind, and a name unless there is none', () => {
		const q = question('structure');
		expect(checkAnswer(q, raw(['formal'], ' Järjestöfoorumi '))).toEqual({
			value: { kind: 'structure', structure: 'formal', name: 'Järjestöfoorumi' }
		});
		expect(checkAnswer(q, raw(['informal'], ' '))).toEqual({
			issues: { 'q.k.name': 'survey.answer.structureName' }
		});
		expect(checkAnswer(q, raw(['none'], 'Vanha nimi'))).toEqual({
			value: { kind: 'structure', structure: 'none', name: '' }
		});
		expect(checkAnswer(q, raw(['some']))).toEqual({ issues: { 'q.k': 'validation.choose' } });
		expect(checkAnswer(q, raw(['formal'], 'x'.repeat(ANSWER_NAME_MAX)))).toHaveProperty('value');
		expect(checkAnswer(q, raw(['formal'], 'x'.repeat(ANSWER_NAME_MAX + 1)))).toEqual({
			issues: { 'q.k.name': 'validation.tooLong' }
		});
	});

	it('takes a document with its state and an optional name', () => {
		const q = question('document');
		expect(checkAnswer(q, raw(['in_preparation']))).toEqual({
			value: { kind: 'document', state: 'in_preparation', name: '' }
		});
		expect(checkAnswer(q, raw(['present'], 'Järjestöstrategia'))).toEqual({
			value: { kind: 'document', state: 'present', name: 'Järjestöstrategia' }
		});
		expect(checkAnswer(q, raw(['none'], 'x'))).toEqual({
			value: { kind: 'document', state: 'none', name: '' }
		});
		expect(checkAnswer(q, raw(['lost']))).toEqual({ issues: { 'q.k': 'validation.choose' } });
	});
});

describe('parseAnswerNumber', () => {
	it('reads decimals with a comma or a point and refuses the rest', () => {
		expect(parseAnswerNumber('2.75')).toBe(2.75);
		expect(parseAnswerNumber('\u00a03 ')).toBe(3);
		expect(parseAnswerNumber('1e3')).toBeNull();
		expect(parseAnswerNumber('1,')).toBeNull();
		expect(parseAnswerNumber('x1')).toBeNull();
		expect(parseAnswerNumber('1x')).toBeNull();
		expect(parseAnswerNumber('1000000000')).toBe(1_000_000_000);
		expect(parseAnswerNumber('1000000001')).toBeNull();
	});
});

describe('checkAnswers', () => {
	const questions: AnsweredQuestion[] = [
		{ key: 'a', kind: 'number', options: [], source: null },
		{ key: 'b', kind: 'text', options: [], source: null },
		{ key: 'c', kind: 'money', options: [], source: null }
	];
	const form: Record<string, RawAnswer> = { a: raw(['2']), b: raw(['']), c: raw(['']) };

	it('keeps a draft with what it answers', () => {
		const checked = checkAnswers(questions, (key) => form[key], false);
		expect(checked).toEqual({ values: new Map([['a', { kind: 'number', number: 2 }]]) });
	});

	it('asks a submitted answer to answer every question but the texts', () => {
		expect(checkAnswers(questions, (key) => form[key], true)).toEqual({
			issues: { 'q.c': 'survey.answer.required' }
		});
	});

	it('gathers every refused field', () => {
		const wrong: Record<string, RawAnswer> = { a: raw(['x']), b: raw(['']), c: raw(['y']) };
		expect(checkAnswers(questions, (key) => wrong[key], false)).toEqual({
			issues: { 'q.a': 'survey.answer.number', 'q.c': 'survey.answer.money' }
		});
	});
});

describe('fieldsOf', () => {
	it('shows every kind of value back as the form holds it', () => {
		expect(fieldsOf(null)).toEqual(raw([]));
		expect(fieldsOf({ kind: 'choice', choice: 'a' })).toEqual(raw(['a']));
		expect(fieldsOf({ kind: 'choices', choices: ['a', 'b'] })).toEqual(raw(['a', 'b']));
		expect(fieldsOf({ kind: 'number', number: 0.5 })).toEqual(raw(['0,5']));
		expect(fieldsOf({ kind: 'money', cents: 125050 })).toEqual(raw(['1250,50']));
		expect(fieldsOf({ kind: 'text', text: 't' })).toEqual(raw(['t']));
		expect(fieldsOf({ kind: 'structure', structure: 'formal', name: 'F' })).toEqual(
			raw(['formal'], 'F')
		);
		expect(fieldsOf({ kind: 'document', state: 'present', name: 'D' })).toEqual(
			raw(['present'], 'D')
		);
	});

	it('reads back what it shows', () => {
		const value: AnswerValue = { kind: 'money', cents: 125050 };
		expect(checkAnswer(question('money'), fieldsOf(value))).toEqual({ value });
	});

	it('names the fields by the question key', () => {
		expect(valueField('x')).toBe('q.x');
		expect(nameField('x')).toBe('q.x.name');
	});
});

describe('prefill', () => {
	const questions: AnsweredQuestion[] = [
		{ key: 'structure', kind: 'structure', options: [], source: 'cooperation_structure' },
		{ key: 'grants', kind: 'money', options: [], source: 'grants_decided' },
		{ key: 'years', kind: 'number', options: [], source: null },
		{ key: 'model', kind: 'choice', options: ['a', 'b'], source: null },
		{ key: 'new', kind: 'text', options: [], source: null }
	];
	const lastYear = new Map<string, AnswerValue>([
		['structure', { kind: 'structure', structure: 'informal', name: 'Verkosto' }],
		['grants', { kind: 'money', cents: 100 }],
		['years', { kind: 'number', number: 0.5 }],
		['model', { kind: 'choice', choice: 'gone' }]
	]);

	it("takes what the app knows over last year's answer, and last year's answer elsewhere", () => {
		const known = { cooperation_structure: structureFromBodies([]) };
		expect(prefill(questions, lastYear, known)).toEqual(
			new Map([
				['structure', { value: { kind: 'structure', structure: 'none', name: '' }, origin: 'app' }],
				['grants', { value: { kind: 'money', cents: 100 }, origin: 'last_year' }],
				['years', { value: { kind: 'number', number: 0.5 }, origin: 'last_year' }]
			])
		);
	});

	it('ignores what does not fit the question', () => {
		const known = { grants_decided: { kind: 'text', text: 'x' } as AnswerValue };
		expect(prefill(questions.slice(1, 2), new Map(), known)).toEqual(new Map());
	});
});

describe('fits', () => {
	it('asks the same kind and, for choices, options that still exist', () => {
		const q = question('choices', ['a', 'b']);
		expect(fits(q, { kind: 'choices', choices: ['a'] })).toBe(true);
		expect(fits(q, { kind: 'choices', choices: ['a', 'z'] })).toBe(false);
		expect(fits(q, { kind: 'choice', choice: 'a' })).toBe(false);
		expect(fits(question('choice', ['a']), { kind: 'choice', choice: 'a' })).toBe(true);
		expect(fits(question('text'), { kind: 'text', text: '' })).toBe(true);
	});
});

describe('what the app knows about a region', () => {
	it('names the strategic body with NGO members as the formal structure, else the operational one', () => {
		const strategic = { name: 'Hyte-ryhmä', level: 'strategic' as const, hasNgoMembers: true };
		const operational = {
			name: 'Järjestöpöytä',
			level: 'operational' as const,
			hasNgoMembers: true
		};
		const forum = { name: 'Foorumi', level: 'forum' as const, hasNgoMembers: true };
		expect(structureFromBodies([operational, strategic])).toEqual({
			kind: 'structure',
			structure: 'formal',
			name: 'Hyte-ryhmä'
		});
		expect(
			structureFromBodies([forum, { ...strategic, hasNgoMembers: false }, operational])
		).toEqual({ kind: 'structure', structure: 'formal', name: 'Järjestöpöytä' });
		expect(structureFromBodies([forum])).toEqual({
			kind: 'structure',
			structure: 'none',
			name: ''
		});
	});

	it('tells whether the HYTE negotiations were held, and with NGOs', () => {
		expect(hyteFromMeetings([])).toEqual({ kind: 'choice', choice: 'not_held' });
		expect(hyteFromMeetings([{ ngoAttended: false }])).toEqual({
			kind: 'choice',
			choice: 'without_ngos'
		});
		expect(hyteFromMeetings([{ ngoAttended: false }, { ngoAttended: true }])).toEqual({
			kind: 'choice',
			choice: 'with_ngos'
		});
	});

	it('names the coordinators with their titles', () => {
		expect(
			coordinatorsText([
				{ name: 'Aino Esimerkki', title: 'järjestökoordinaattori' },
				{ name: 'Eero Malli', title: '' }
			])
		).toEqual({ kind: 'text', text: 'Aino Esimerkki, järjestökoordinaattori; Eero Malli' });
	});
});
