/** Forms of change applications, their decisions and claims of money back. */
import * as v from 'valibot';
import { CHANGE_DECISIONS, CHANGE_KINDS, CLAIM_KINDS } from '../domain/grant-changes';
import { parseEuros } from '../domain/grants';
import { isIsoDate } from '../domain/time';
import { choice, id, optionalDate, optionalText, requiredText } from './fields';
import './messages';

const TEXT_MAX = 4000;

export const changeSchema = v.object({
	kind: choice(CHANGE_KINDS),
	description: optionalText(TEXT_MAX),
	reasons: requiredText(TEXT_MAX),
	endOn: optionalDate
});

export const changeDecisionSchema = v.object({
	changeId: id,
	decision: choice(CHANGE_DECISIONS),
	reasons: optionalText(TEXT_MAX),
	endOn: optionalDate
});

export const claimSchema = v.object({
	kind: choice(CLAIM_KINDS),
	amount: v.pipe(
		v.string('validation.required'),
		v.trim(),
		v.nonEmpty('validation.required'),
		v.transform(parseEuros),
		v.number('grantDecisions.validation.amount')
	),
	dueOn: v.pipe(
		v.string('validation.required'),
		v.trim(),
		v.nonEmpty('validation.required'),
		v.check(isIsoDate, 'validation.date')
	),
	reason: requiredText(TEXT_MAX)
});

export const claimSettlementSchema = v.object({
	claimId: id,
	status: choice(['paid', 'cancelled'] as const)
});
