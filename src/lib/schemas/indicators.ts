/** Forms of the indicator pages; shared by the pages and their actions. */
import * as v from 'valibot';
import { optionalValueInput, yearInput } from '../domain/indicators';
import { choice, id, optionalText, requiredText } from './fields';

export const indicatorSchema = v.object({
	name: requiredText(200),
	unit: optionalText(40),
	source: optionalText(200),
	higherIsBetter: v.pipe(
		choice(['yes', 'no']),
		v.transform((answer) => answer === 'yes')
	)
});

/** One organisation's value for one year; an empty value removes the year's value. */
export const valueSchema = v.object({
	organisationId: id,
	year: yearInput('indicators.yearInvalid'),
	value: optionalValueInput('indicators.valueInvalid')
});

/** The import's second step: the previewed text comes back. */
export const valueImportSchema = v.object({
	text: v.optional(v.string(), '')
});
