import { describe, expect, it } from 'vitest';
import {
	checkAnswers,
	DEFAULT_REPORT_QUESTIONS,
	earlierAnswer,
	questionsFor,
	type ReportQuestion
} from './grant-report-questions';

const done: ReportQuestion = { text: 'Mitä tehtiin?', kind: 'text', required: true, asked: 'both' };
const reached: ReportQuestion = {
	text: 'Montako tavoitettiin?',
	kind: 'number',
	required: true,
	asked: 'interim'
};
const changed: ReportQuestion = {
	text: 'Mitä muuttui?',
	kind: 'text',
	required: false,
	asked: 'final'
};
const used: ReportQuestion = {
	text: 'Käytettiinkö tarkoitukseen?',
	kind: 'yesno',
	required: true,
	asked: 'both'
};
const optionalCount: ReportQuestion = { ...reached, required: false, asked: 'both' };

describe('the questions a report asks', () => {
	it('are those of its round and of both, in the call’s order', () => {
		const all = [done, reached, changed, used];
		expect(questionsFor(all, 'interim')).toEqual([done, reached, used]);
		expect(questionsFor(all, 'final')).toEqual([done, changed, used]);
	});

	it('start from a default set that asks what was done, whom it reached, what changed and how the money went', () => {
		expect(DEFAULT_REPORT_QUESTIONS.map((q) => q.kind)).toEqual([
			'text',
			'number',
			'text',
			'yesno'
		]);
		expect(questionsFor(DEFAULT_REPORT_QUESTIONS, 'interim')).toHaveLength(3);
		expect(questionsFor(DEFAULT_REPORT_QUESTIONS, 'final')).toHaveLength(4);
	});
});

describe('a report’s answers', () => {
	it('are typed by their question: text trimmed, a count as people write it, yes or no', () => {
		expect(checkAnswers([done, reached, used], [' Ryhmiä ', '1 200', 'no'])).toEqual({
			answers: [
				{ question: 'Mitä tehtiin?', kind: 'text', value: 'Ryhmiä' },
				{ question: 'Montako tavoitettiin?', kind: 'number', value: 1200 },
				{ question: 'Käytettiinkö tarkoitukseen?', kind: 'yesno', value: false }
			]
		});
		expect(checkAnswers([used], ['yes'])).toEqual({
			answers: [{ question: used.text, kind: 'yesno', value: true }]
		});
		expect(checkAnswers([optionalCount], ['0'])).toEqual({
			answers: [{ question: reached.text, kind: 'number', value: 0 }]
		});
	});

	it('may leave an optional question unanswered', () => {
		expect(checkAnswers([changed, optionalCount], ['  '])).toEqual({
			answers: [
				{ question: changed.text, kind: 'text', value: null },
				{ question: reached.text, kind: 'number', value: null }
			]
		});
	});

	it('name each refused answer by its field', () => {
		expect(checkAnswers([done, reached, used, changed], ['', 'paljon', 'ehkä'])).toEqual({
			issues: {
				'answer.0': 'grantReports.answer.required',
				'answer.1': 'grantReports.answer.number',
				'answer.2': 'validation.choose'
			}
		});
		expect(checkAnswers([reached], ['-3'])).toEqual({
			issues: { 'answer.0': 'grantReports.answer.number' }
		});
		expect(checkAnswers([reached], ['1,5'])).toEqual({
			issues: { 'answer.0': 'grantReports.answer.number' }
		});
		expect(checkAnswers([reached], ['1234567890'])).toEqual({
			issues: { 'answer.0': 'grantReports.answer.number' }
		});
		expect(checkAnswers([used], [''])).toEqual({
			issues: { 'answer.0': 'grantReports.answer.required' }
		});
		expect(checkAnswers([done], ['x'.repeat(8001)])).toEqual({
			issues: { 'answer.0': 'validation.tooLong' }
		});
		expect(checkAnswers([done], ['x'.repeat(8000)])).toMatchObject({ answers: [{}] });
	});

	it('fill a returned report’s form again, matched by the question', () => {
		const answers = [
			{ question: done.text, kind: 'text' as const, value: 'Ryhmiä' },
			{ question: reached.text, kind: 'number' as const, value: 40 },
			{ question: used.text, kind: 'yesno' as const, value: true },
			{ question: changed.text, kind: 'text' as const, value: null }
		];
		expect(earlierAnswer(answers, done)).toBe('Ryhmiä');
		expect(earlierAnswer(answers, reached)).toBe('40');
		expect(earlierAnswer(answers, used)).toBe('yes');
		expect(earlierAnswer([{ ...answers[2], value: false }], used)).toBe('no');
		expect(earlierAnswer(answers, changed)).toBe('');
		expect(earlierAnswer([], done)).toBe('');
	});
});
