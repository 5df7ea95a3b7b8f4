/** Forms and API bodies of goals and measures; shared by the pages, their actions and the API. */
import * as v from 'valibot';
import { EVALUATION_SCOPES, MEASURE_KINDS, MEASURE_STATUSES } from '../domain/measures';
import {
	checkbox,
	choice,
	idList,
	optionalDate,
	optionalId,
	optionalText,
	requiredText
} from './fields';

export const year = v.pipe(
	v.string('validation.required'),
	v.trim(),
	v.regex(/^\d{4}$/, 'measures.validation.year'),
	v.transform(Number),
	v.minValue(2000, 'measures.validation.year'),
	v.maxValue(2100, 'measures.validation.year')
);

/** Whole euros; spaces and a trailing "€" as people type them are fine. */
const optionalEuros = v.pipe(
	v.optional(v.string(), ''),
	v.transform((value) => value.replace(/[\s\u00a0€]/g, '')),
	v.regex(/^\d{0,10}$/, 'measures.validation.euros'),
	v.transform((value) => (value === '' ? null : Number(value)))
);

export const measureSchema = v.object({
	kind: choice(MEASURE_KINDS),
	parentId: optionalId,
	title: requiredText(300),
	description: optionalText(4000),
	ownerOrganisationIds: idList,
	responsibleUserId: optionalId,
	responsibleName: optionalText(200),
	budgetYear: year,
	amountEuros: optionalEuros,
	needsNextYearBudget: checkbox,
	dueDate: optionalDate,
	indicatorIds: idList
});

export const statusUpdateSchema = v.object({
	status: choice(MEASURE_STATUSES),
	comment: optionalText(2000)
});

export const evaluationSchema = v.object({
	scope: choice(EVALUATION_SCOPES),
	year
});
