/** The forms of the yearly survey; the survey's own rules (src/lib/domain/survey-*.ts) check the rest in the use case. */
import * as v from 'valibot';
import { yearInput } from '../domain/indicators';
import { choice, id, optionalId, optionalText } from './fields';

export const createSurveySchema = v.object({ year: yearInput('indicators.yearInvalid') });

export const sectionSchema = v.object({ title: optionalText(1000) });
export const sectionTitleSchema = v.object({ sectionId: id, title: optionalText(1000) });
export const sectionIdSchema = v.object({ sectionId: id });

/** Checked by `checkQuestion`; the lengths here only stop a form far beyond any question. */
export const questionSchema = v.object({
	sectionId: id,
	questionId: optionalId,
	key: optionalText(1000),
	kind: optionalText(1000),
	text: optionalText(5000),
	help: optionalText(5000),
	options: optionalText(20000),
	source: optionalText(1000)
});
export const questionIdSchema = v.object({ questionId: id });

export const moveSchema = v.object({
	kind: choice(['section', 'question']),
	id,
	step: v.pipe(
		choice(['-1', '1']),
		v.transform((step) => (step === '1' ? 1 : -1) as -1 | 1)
	)
});

export const openSurveySchema = v.object({ deadline: optionalText(20) });
export const regionIdSchema = v.object({ regionId: id });
export const respondentSchema = v.object({ respondentId: id });

/** A form whose button says it all. */
export const noFieldsSchema = v.object({});
