/** Forms of the grant settings (baskets, appropriations, activity classes) and of a call. */
import * as v from 'valibot';
import { PAYMENT_TYPES } from '../domain/grant-payments';
import type { ReportQuestion } from '../domain/grant-report-questions';
import { APPLICATION_ATTACHMENT_KINDS, GRANT_BASKETS } from '../domain/grants';
import { helsinkiInstant } from '../domain/time';
import { choice, id, idList, optionalDate, optionalText, requiredText } from './fields';
import { year } from './measures';
import { clockTime, date } from './meetings';

/** A whole percentage 0–100; empty is 0 (no self-financing share). */
const percent = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.regex(/^\d{0,3}$/, 'grantCalls.validation.percent'),
	v.transform((value) => (value === '' ? 0 : Number(value))),
	v.maxValue(100, 'grantCalls.validation.percent')
);

const basketFields = {
	name: requiredText(200),
	description: optionalText(2000),
	selfFinancingPercent: percent
};

export const basketSchema = v.object({ kind: choice(GRANT_BASKETS), ...basketFields });

export const basketUpdateSchema = v.object({ basketId: id, ...basketFields });

/** The amount stays text here: `parseEuros` reads it as people write it, in the use case. */
export const appropriationSchema = v.object({
	basketId: id,
	year,
	amount: requiredText(30)
});

const classFields = { name: requiredText(200), municipalityClasses: optionalText(1000) };

export const activityClassSchema = v.object(classFields);

export const activityClassUpdateSchema = v.object({ classId: id, ...classFields });

export const activityClassMoveSchema = v.object({
	classId: id,
	direction: choice(['up', 'down'] as const)
});

export const activityClassRemovalSchema = v.object({ classId: id });

/** How many criteria and instalments the call form offers; empty rows are left out. */
export const CRITERION_ROWS = 6;
export const INSTALMENT_ROWS = 4;
export const QUESTION_ROWS = 8;

/** A criterion as typed on row `row` of the form (numbered from 1): the use case checks the weight. */
export interface CriterionRow {
	row: number;
	name: string;
	weight: string;
}

/** An instalment as typed on row `row`: its date and its share of the grant in percent. */
export interface InstalmentRow {
	row: number;
	dueOn: string;
	percent: string;
}

/** A report question as typed on row `row`: the use case checks its kind and round. */
export interface QuestionRow {
	row: number;
	text: string;
	kind: string;
	asked: string;
	required: boolean;
}

/** Saved report questions as the form's rows (numbered from 1). */
export function questionRows(questions: readonly ReportQuestion[]): QuestionRow[] {
	return questions.map((q, i) => ({ row: i + 1, ...q }));
}

const text = (raw: Record<string, unknown>, name: string): string => {
	const value = raw[name];
	return typeof value === 'string' ? value.trim() : '';
};

function filledRows<R extends { row: number }>(
	count: number,
	read: (row: number) => R,
	filled: (row: R) => boolean
): R[] {
	return Array.from({ length: count }, (_, i) => read(i + 1)).filter(filled);
}

const attachmentKinds = v.pipe(
	v.optional(v.string(), ''),
	v.transform((value) => value.split(',').filter(Boolean)),
	v.check(
		(kinds) =>
			kinds.every((kind) => (APPLICATION_ATTACHMENT_KINDS as readonly string[]).includes(kind)),
		'validation.choose'
	),
	v.transform((kinds) => kinds as (typeof APPLICATION_ATTACHMENT_KINDS)[number][])
);

/**
 * A call as its form sends it. The criteria and instalment rows (`criterionName1`,
 * `criterionWeight1`, `instalmentDate1`, …) are read as typed; the use case
 * checks them, and the rest of the call, against each other and the region.
 */
export const callSchema = v.pipe(
	v.looseObject({
		basket: id,
		budgetYear: year,
		title: requiredText(200),
		instructions: optionalText(8000),
		conditions: optionalText(4000),
		classIds: idList,
		requiredAttachments: attachmentKinds,
		reportDueOn: optionalDate,
		paymentType: choice(PAYMENT_TYPES),
		costCentre: optionalText(40),
		account: optionalText(40),
		opensDate: date,
		opensTime: clockTime,
		closesDate: date,
		closesTime: clockTime,
		decidingBody: id,
		handlerIds: idList,
		assessorIds: idList
	}),
	v.forward(
		v.check((d) => helsinkiInstant(d.opensDate, d.opensTime) !== null, 'validation.date'),
		['opensDate']
	),
	v.forward(
		v.check((d) => helsinkiInstant(d.closesDate, d.closesTime) !== null, 'validation.date'),
		['closesDate']
	),
	v.transform((d) => ({
		basketId: d.basket,
		budgetYear: d.budgetYear,
		title: d.title,
		instructions: d.instructions,
		conditions: d.conditions,
		criteria: filledRows<CriterionRow>(
			CRITERION_ROWS,
			(row) => ({
				row,
				name: text(d, `criterionName${row}`),
				weight: text(d, `criterionWeight${row}`)
			}),
			(c) => c.name !== '' || c.weight !== ''
		),
		classIds: d.classIds,
		requiredAttachments: d.requiredAttachments,
		schedule: filledRows<InstalmentRow>(
			INSTALMENT_ROWS,
			(row) => ({
				row,
				dueOn: text(d, `instalmentDate${row}`),
				percent: text(d, `instalmentPercent${row}`)
			}),
			(i) => i.dueOn !== '' || i.percent !== ''
		),
		// Kind, round and the box always come with a row: a question is there when its text is.
		reportQuestions: filledRows<QuestionRow>(
			QUESTION_ROWS,
			(row) => ({
				row,
				text: text(d, `questionText${row}`),
				kind: text(d, `questionKind${row}`),
				asked: text(d, `questionAsked${row}`),
				required: typeof d[`questionRequired${row}`] === 'string'
			}),
			(q) => q.text !== ''
		),
		reportDueOn: d.reportDueOn,
		paymentType: d.paymentType,
		costCentre: d.costCentre,
		account: d.account,
		opensAt: helsinkiInstant(d.opensDate, d.opensTime)!,
		closesAt: helsinkiInstant(d.closesDate, d.closesTime)!,
		decidingBodyId: d.decidingBody,
		handlerIds: d.handlerIds,
		assessorIds: d.assessorIds
	}))
);
export type CallInput = v.InferOutput<typeof callSchema>;

export const closingSchema = v.pipe(
	v.object({ closesDate: date, closesTime: clockTime }),
	v.forward(
		v.check((d) => helsinkiInstant(d.closesDate, d.closesTime) !== null, 'validation.date'),
		['closesDate']
	),
	v.transform((d) => ({ closesAt: helsinkiInstant(d.closesDate, d.closesTime)! }))
);
