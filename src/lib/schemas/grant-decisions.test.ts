import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { issuesByField } from '../kit/forms';
import { decisionSchema, proposalSchema, reportSchema } from './grant-decisions';

const issues = (schema: v.GenericSchema, input: unknown) => {
	const result = v.safeParse(schema, input);
	return result.success ? null : issuesByField(result.issues);
};

describe('the proposal and decision tables', () => {
	it('read each row’s amount as euros and its reason, leaving other fields aside', () => {
		expect(
			v.parse(proposalSchema, {
				'amount-3': '1 500,50',
				'reason-3': '  Hyvä hanke ',
				'amount-4': '',
				'reason-4': '',
				form: 'save'
			})
		).toEqual([
			{ applicationId: 3, cents: 150_050, reason: 'Hyvä hanke' },
			{ applicationId: 4, cents: null, reason: '' }
		]);
	});

	it('name every wrong field: a negative or malformed amount, a reason too long', () => {
		expect(
			issues(proposalSchema, {
				'amount-3': '-5',
				'amount-4': '12,345',
				'amount-5': '10',
				'reason-5': 'x'.repeat(2001)
			})
		).toEqual({
			'amount-3': 'grantDecisions.validation.amount',
			'amount-4': 'grantDecisions.validation.amount',
			'reason-5': 'validation.tooLong'
		});
	});

	it('require every decided amount, and take 0 as a rejection', () => {
		expect(issues(decisionSchema, { 'amount-3': '' })).toEqual({
			'amount-3': 'validation.required'
		});
		expect(v.parse(decisionSchema, { 'amount-3': '0', 'reason-3': 'Ei ehtoja' })).toEqual([
			{ applicationId: 3, cents: 0, grounds: 'Ei ehtoja' }
		]);
	});

	it('refuse an amount under a name that is no id', () => {
		expect(issues(proposalSchema, { 'amount-x': '5' })).toEqual({
			'amount-x': 'validation.choose'
		});
	});
});

describe('a report', () => {
	it('reads its answers in order and needs the money used in euros', () => {
		expect(issues(reportSchema, { reportId: '1', used: 'paljon' })).toEqual({
			used: 'grantDecisions.validation.amount'
		});
		expect(
			v.parse(reportSchema, {
				reportId: '1',
				'answer.1': '40',
				'answer.0': 'Tehty',
				'answer.3': 'yes',
				'answer.50': 'ohi',
				used: '4 000'
			})
		).toEqual({ reportId: 1, answers: ['Tehty', '40', '', 'yes'], used: 400_000 });
	});
});
