import { describe, expect, it } from 'vitest';
import { answerValueOf, parseAnswerValue } from './survey-values';

describe('parseAnswerValue', () => {
	it('reads a value of each kind', () => {
		expect(parseAnswerValue('choice', '{"kind":"choice","choice":"Kyllä"}')).toEqual({
			kind: 'choice',
			choice: 'Kyllä'
		});
		expect(parseAnswerValue('choices', '{"kind":"choices","choices":["a","b"]}')).toEqual({
			kind: 'choices',
			choices: ['a', 'b']
		});
		expect(parseAnswerValue('choices', '{"kind":"choices","choices":[]}')).toEqual({
			kind: 'choices',
			choices: []
		});
		expect(parseAnswerValue('number', '{"kind":"number","number":0.5}')).toEqual({
			kind: 'number',
			number: 0.5
		});
		expect(parseAnswerValue('number', '{"kind":"number","number":-3}')).toEqual({
			kind: 'number',
			number: -3
		});
		expect(parseAnswerValue('money', '{"kind":"money","cents":0}')).toEqual({
			kind: 'money',
			cents: 0
		});
		expect(parseAnswerValue('text', '{"kind":"text","text":" Hyvä "}')).toEqual({
			kind: 'text',
			text: 'Hyvä'
		});
		expect(
			parseAnswerValue('structure', '{"kind":"structure","structure":"none","name":""}')
		).toEqual({ kind: 'structure', structure: 'none', name: '' });
		expect(
			parseAnswerValue(
				'document',
				'{"kind":"document","state":"in_preparation","name":"Tiekartta"}'
			)
		).toEqual({ kind: 'document', state: 'in_preparation', name: 'Tiekartta' });
	});

	it('refuses what is not JSON', () => {
		expect(parseAnswerValue('text', '{kind:text')).toBeNull();
		expect(parseAnswerValue('text', '')).toBeNull();
	});

	it('refuses a value of another kind than the question', () => {
		expect(parseAnswerValue('number', '{"kind":"money","cents":100}')).toBeNull();
		expect(parseAnswerValue('money', '{"kind":"number","number":100}')).toBeNull();
		expect(parseAnswerValue('choices', '{"kind":"choice","choice":"a"}')).toBeNull();
	});

	it('refuses values out of their kind', () => {
		expect(answerValueOf('choice', { kind: 'choice', choice: '  ' })).toBeNull();
		expect(answerValueOf('choices', { kind: 'choices', choices: ['a', 'a'] })).toBeNull();
		expect(answerValueOf('choices', { kind: 'choices', choices: [''] })).toBeNull();
		expect(answerValueOf('choices', { kind: 'choices', choices: 'a' })).toBeNull();
		expect(answerValueOf('number', { kind: 'number', number: Infinity })).toBeNull();
		expect(answerValueOf('number', { kind: 'number', number: '5' })).toBeNull();
		expect(answerValueOf('money', { kind: 'money', cents: 10.5 })).toBeNull();
		expect(answerValueOf('money', { kind: 'money', cents: -1 })).toBeNull();
		expect(answerValueOf('money', { kind: 'money', cents: 2 ** 53 })).toBeNull();
		expect(answerValueOf('text', { kind: 'text', text: '' })).toBeNull();
		expect(answerValueOf('text', { kind: 'text', text: 5 })).toBeNull();
		expect(
			answerValueOf('structure', { kind: 'structure', structure: 'yes', name: '' })
		).toBeNull();
		expect(answerValueOf('structure', { kind: 'structure', structure: 'formal' })).toBeNull();
		expect(answerValueOf('document', { kind: 'document', state: 'present', name: 1 })).toBeNull();
		expect(answerValueOf('document', { kind: 'document', state: 'draft', name: '' })).toBeNull();
	});

	it('refuses unknown fields, so a typo does not pass unnoticed', () => {
		expect(answerValueOf('money', { kind: 'money', cents: 100, euros: 1 })).toBeNull();
		expect(answerValueOf('text', { kind: 'text', text: 'a', note: '' })).toBeNull();
	});
});
