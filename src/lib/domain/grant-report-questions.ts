/**
 * Reports as forms of the call: the call names its report questions, each
 * with its kind, whether it must be answered and in which report it is asked;
 * the recipient's answers are checked against them and kept with the question
 * as it was asked, so a later edit of the call never changes a sent report.
 */
import * as v from 'valibot';
import type { ReportKind } from './grants';

export const REPORT_QUESTION_KINDS = ['text', 'number', 'yesno'] as const;
export type ReportQuestionKind = (typeof REPORT_QUESTION_KINDS)[number];

/** In which of the grant's reports a question is asked. */
export const REPORT_QUESTION_ROUNDS = ['interim', 'final', 'both'] as const;
export type ReportQuestionRound = (typeof REPORT_QUESTION_ROUNDS)[number];

export const reportQuestionSchema = v.object({
	text: v.string(),
	kind: v.picklist(REPORT_QUESTION_KINDS),
	required: v.boolean(),
	asked: v.picklist(REPORT_QUESTION_ROUNDS)
});
export type ReportQuestion = v.InferOutput<typeof reportQuestionSchema>;

/** The questions a new call starts with; its handlers change them while it is a draft. */
export const DEFAULT_REPORT_QUESTIONS: readonly ReportQuestion[] = [
	{ text: 'Mitä avustuksella tehtiin?', kind: 'text', required: true, asked: 'both' },
	{
		text: 'Kuinka monta ihmistä toiminta tavoitti?',
		kind: 'number',
		required: true,
		asked: 'both'
	},
	{
		text: 'Mitä toiminta muutti osallistujien elämässä tai lähiyhteisössä?',
		kind: 'text',
		required: false,
		asked: 'final'
	},
	{
		text: 'Käytettiinkö avustus hakemuksessa kerrottuun tarkoitukseen?',
		kind: 'yesno',
		required: true,
		asked: 'both'
	}
];

/** The questions of the call one report asks, in the call's order. */
export function questionsFor(
	questions: readonly ReportQuestion[],
	report: ReportKind
): ReportQuestion[] {
	return questions.filter((q) => q.asked === 'both' || q.asked === report);
}

export type AnswerValue = string | number | boolean | null;

/** An answer as it is kept: with the question as it was asked. */
export const reportAnswerSchema = v.object({
	question: v.string(),
	kind: v.picklist(REPORT_QUESTION_KINDS),
	value: v.nullable(v.union([v.string(), v.number(), v.boolean()]))
});
export type ReportAnswer = v.InferOutput<typeof reportAnswerSchema>;

/** Why an answer is refused: the i18n keys shown next to it. */
export const ANSWER_PROBLEMS = {
	required: 'grantReports.answer.required',
	number: 'grantReports.answer.number',
	yesno: 'validation.choose',
	tooLong: 'validation.tooLong'
} as const;

/** The longest text answer: a few pages. */
export const ANSWER_MAX = 8000;

/** A count as people write it ("1 200"): a whole number of zero or more, or null. */
function wholeNumber(text: string): number | null {
	const digits = text.replace(/\s/g, '');
	return /^\d{1,9}$/.test(digits) ? Number(digits) : null;
}

type Checked = { value: AnswerValue } | { problem: keyof typeof ANSWER_PROBLEMS };

function answerOf(question: ReportQuestion, raw: string): Checked {
	const text = raw.trim();
	if (text === '') return question.required ? { problem: 'required' } : { value: null };
	if (question.kind === 'number') {
		const count = wholeNumber(text);
		return count === null ? { problem: 'number' } : { value: count };
	}
	if (question.kind === 'yesno')
		return text === 'yes' || text === 'no' ? { value: text === 'yes' } : { problem: 'yesno' };
	return text.length > ANSWER_MAX ? { problem: 'tooLong' } : { value: text };
}

/**
 * The answers to the report's questions, each typed by its question's kind;
 * or, when any is refused, the problems by field (`answer.<n>`, n counting the
 * questions the report asks from 0).
 */
export function checkAnswers(
	questions: readonly ReportQuestion[],
	raw: readonly string[]
): { answers: ReportAnswer[] } | { issues: Record<string, string> } {
	const issues: Record<string, string> = {};
	const answers: ReportAnswer[] = [];
	questions.forEach((question, i) => {
		const checked = answerOf(question, raw[i] ?? '');
		if ('problem' in checked) issues[`answer.${i}`] = ANSWER_PROBLEMS[checked.problem];
		else answers.push({ question: question.text, kind: question.kind, value: checked.value });
	});
	return Object.keys(issues).length > 0 ? { issues } : { answers };
}

/**
 * What a returned report's form starts with: the earlier answer to the same
 * question, as the form field holds it ('' for none).
 */
export function earlierAnswer(answers: readonly ReportAnswer[], question: ReportQuestion): string {
	const earlier = answers.find((a) => a.question === question.text);
	if (!earlier || earlier.value === null) return '';
	if (typeof earlier.value === 'boolean') return earlier.value ? 'yes' : 'no';
	return String(earlier.value);
}
