import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { issuesByField } from '../kit/forms';
import { applicationDraftSchema, assessmentSchema, eligibilitySchema } from './grant-applications';

const issues = (schema: v.GenericSchema, input: unknown) => {
	const result = v.safeParse(schema, input);
	return result.success ? {} : issuesByField(result.issues);
};

describe('the application form', () => {
	it('reads numbered budget lines in order, amounts as people write them, an empty line as none', () => {
		const parsed = v.parse(applicationDraftSchema, {
			title: ' Vertaistuki ',
			activityClassId: '3',
			municipalityIds: '4,7',
			amountRequested: '12 500,50 €',
			'costs.1.label': 'Tilat',
			'costs.1.amount': '1500',
			'costs.0.label': 'Palkat',
			'costs.0.amount': '20 000',
			'costs.2.label': '',
			'costs.2.amount': '',
			'income.0.label': 'Jäsenmaksut',
			'income.0.amount': '',
			ownFunding: '',
			declaration: 'on'
		});
		expect(parsed).toEqual({
			title: 'Vertaistuki',
			activity: undefined,
			activityClassId: 3,
			targetGroups: undefined,
			municipalityIds: [4, 7],
			amountRequestedCents: 1_250_050,
			budget: {
				costs: [
					{ label: 'Palkat', cents: 2_000_000 },
					{ label: 'Tilat', cents: 150_000 }
				],
				income: [{ label: 'Jäsenmaksut', cents: 0 }],
				ownFundingCents: 0
			},
			declarationAccepted: true
		});
	});

	it('takes the long texts only when the form sends them (a plain form)', () => {
		const parsed = v.parse(applicationDraftSchema, { activity: ' Kerho\r\n', targetGroups: '' });
		expect(parsed.activity).toBe('Kerho');
		expect(parsed.targetGroups).toBe('');
	});

	it('names the field of a bad amount, a budget line’s too', () => {
		expect(
			issues(applicationDraftSchema, {
				amountRequested: '-5',
				'costs.0.label': 'Palkat',
				'costs.0.amount': 'paljon'
			})
		).toEqual({
			amountRequested: 'grantApplications.validation.euros',
			'costs.0.amount': 'grantApplications.validation.euros'
		});
	});
});

describe('the assessment form', () => {
	it('reads the scores by criterion, an unscored one as null, and refuses one off the scale', () => {
		expect(
			v.parse(assessmentSchema, { intent: 'save', 'score.1': '5', 'score.0': '', comment: 'x' })
		).toEqual({ intent: 'save', comment: 'x', score: [null, 5] });
		expect(issues(assessmentSchema, { intent: 'complete', 'score.0': '6' })).toEqual({
			'score.0': 'grantAssessment.validation.score'
		});
	});
});

describe('the eligibility form', () => {
	it('asks for the reason of an ineligible application', () => {
		expect(issues(eligibilitySchema, { verdict: 'ineligible', note: ' ' })).toEqual({
			note: 'grantApplications.validation.ineligibleNote'
		});
		expect(issues(eligibilitySchema, { verdict: 'eligible', note: '' })).toEqual({});
	});
});
