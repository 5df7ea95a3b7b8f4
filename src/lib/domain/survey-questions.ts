/**
 * The questions of a year's survey as the national role defines them: each
 * checked (a key that stays from year to year, a kind, options for a choice,
 * a source only of the kind it gives), last year's copied as this year's
 * start, and when the respondents are reminded of the deadline.
 */
import { DateTime } from 'luxon';
import { SOURCE_KINDS } from './survey-answers';
import {
	HYTE_NEGOTIATION_OPTIONS,
	MEASURE_KEYS,
	PREFILL_SOURCES,
	QUESTION_KINDS,
	type PrefillSource,
	type QuestionKind
} from './survey';
import { ZONE } from './time';

export interface QuestionDraft {
	key: string;
	kind: QuestionKind;
	text: string;
	help: string;
	options: string[];
	source: PrefillSource | null;
}

export interface SectionDraft {
	title: string;
	questions: QuestionDraft[];
}

/** What the national role typed for a question: options one a line. */
export interface QuestionInput {
	key: string;
	kind: string;
	text: string;
	help: string;
	options: string;
	source: string;
}

export const QUESTION_TEXT_MAX = 500;
export const QUESTION_HELP_MAX = 1000;
export const OPTION_MAX = 200;
export const SECTION_TITLE_MAX = 200;

/** A question's key: lower-case letters, digits and underscores, as the API names it. */
const KEY_PATTERN = /^[a-z][a-z0-9_]{0,49}$/;

export const QUESTION_PROBLEMS = {
	key: 'survey.question.key',
	keyTaken: 'survey.question.keyTaken',
	kind: 'validation.choose',
	text: 'validation.required',
	tooLong: 'validation.tooLong',
	options: 'survey.question.options',
	source: 'survey.question.source',
	hyteOptions: 'survey.question.hyteOptions'
} as const;

const CHOICE_KINDS: readonly QuestionKind[] = ['choice', 'choices'];

/**
 * A question from the national role's form, or the messages by field. `takenKeys`
 * are the other questions' keys of the same survey: a key is asked once a year.
 */
export function checkQuestion(
	input: QuestionInput,
	takenKeys: readonly string[]
): { question: QuestionDraft } | { issues: Record<string, string> } {
	const issues: Record<string, string> = {};
	const key = input.key.trim();
	if (!KEY_PATTERN.test(key)) issues.key = QUESTION_PROBLEMS.key;
	else if (takenKeys.includes(key)) issues.key = QUESTION_PROBLEMS.keyTaken;
	const kind = input.kind as QuestionKind;
	if (!QUESTION_KINDS.includes(kind)) issues.kind = QUESTION_PROBLEMS.kind;
	const text = input.text.trim();
	if (text === '') issues.text = QUESTION_PROBLEMS.text;
	else if (text.length > QUESTION_TEXT_MAX) issues.text = QUESTION_PROBLEMS.tooLong;
	const help = input.help.trim();
	if (help.length > QUESTION_HELP_MAX) issues.help = QUESTION_PROBLEMS.tooLong;
	const choosing = CHOICE_KINDS.includes(kind);
	const options = choosing ? [...new Set(optionLines(input.options))] : [];
	if (choosing && options.length < 2) issues.options = QUESTION_PROBLEMS.options;
	else if (options.some((o) => o.length > OPTION_MAX)) issues.options = QUESTION_PROBLEMS.tooLong;
	const source = input.source.trim() === '' ? null : (input.source.trim() as PrefillSource);
	if (source !== null && (!PREFILL_SOURCES.includes(source) || SOURCE_KINDS[source] !== kind))
		issues.source = QUESTION_PROBLEMS.source;
	else if (
		source === 'hyte_negotiations' &&
		!HYTE_NEGOTIATION_OPTIONS.every((o) => options.includes(o))
	)
		issues.options = QUESTION_PROBLEMS.hyteOptions;
	if (Object.keys(issues).length > 0) return { issues };
	return { question: { key, kind, text, help, options, source } };
}

function optionLines(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '');
}

/** A question's options as its form shows them: one a line. */
export const optionsForInput = (options: readonly string[]) => options.join('\n');

/** A section's title from the form, or its message. */
export function checkSectionTitle(raw: string): { title: string } | { issue: string } {
	const title = raw.trim();
	if (title === '') return { issue: QUESTION_PROBLEMS.text };
	return title.length > SECTION_TITLE_MAX ? { issue: QUESTION_PROBLEMS.tooLong } : { title };
}

/**
 * This year's start: last year's sections and questions as they were, in
 * their order, with the same keys, so the answers compare year over year.
 */
export function copySections(previous: readonly SectionDraft[]): SectionDraft[] {
	return previous.map((section) => ({
		title: section.title,
		questions: section.questions.map(({ key, kind, text, help, options, source }) => ({
			key,
			kind,
			text,
			help,
			options: [...options],
			source
		}))
	}));
}

/**
 * The first survey's start, where no earlier year exists: the questions the
 * picture's measures rely on (MEASURE_KEYS), the rest as the national role adds them.
 */
export const FIRST_SURVEY: readonly SectionDraft[] = [
	{
		title: 'Yhteistyörakenteet',
		questions: [
			{
				key: MEASURE_KEYS.countyStructure,
				kind: 'structure',
				text: 'Hyvinvointialueen perustama yhteistyörakenne järjestöjen kanssa',
				help: 'Rakenteen nimi, jos sellainen on.',
				options: [],
				source: 'cooperation_structure'
			},
			{
				key: MEASURE_KEYS.ngoStructure,
				kind: 'structure',
				text: 'Järjestöjen vetämä yhteistyörakenne',
				help: '',
				options: [],
				source: null
			},
			{
				key: MEASURE_KEYS.cooperationDocument,
				kind: 'document',
				text: 'Hyvinvointialueen järjestöyhteistyön asiakirja',
				help: '',
				options: [],
				source: null
			},
			{
				key: 'contact_persons',
				kind: 'text',
				text: 'Järjestöyhteistyön nimetyt yhdyshenkilöt ja heidän nimikkeensä',
				help: '',
				options: [],
				source: 'coordinators'
			}
		]
	},
	{
		title: 'HYTE-neuvottelut',
		questions: [
			{
				key: MEASURE_KEYS.hyteNegotiations,
				kind: 'choice',
				text: 'Käytiinkö HYTE-neuvottelut, ja olivatko järjestöt mukana?',
				help: '',
				options: [...HYTE_NEGOTIATION_OPTIONS],
				source: 'hyte_negotiations'
			}
		]
	},
	{
		title: 'Resurssit ja avustukset',
		questions: [
			{
				key: 'person_years',
				kind: 'number',
				text: 'Järjestöyhteistyön resurssit henkilötyövuosina',
				help: 'Esimerkiksi 0,5.',
				options: [],
				source: null
			},
			{
				key: MEASURE_KEYS.ngoGrants,
				kind: 'money',
				text: 'Hyvinvointialueen järjestöavustukset vuonna',
				help: 'Euroina, esimerkiksi 1 250 000.',
				options: [],
				source: 'grants_decided'
			},
			{
				key: MEASURE_KEYS.steaGrants,
				kind: 'money',
				text: 'STEA:n C-avustukset alueen järjestöille',
				help: '',
				options: [],
				source: null
			}
		]
	},
	{
		title: 'Vahvuudet ja kehittämistarpeet',
		questions: [
			{
				key: 'strengths',
				kind: 'text',
				text: 'Yhteistyön vahvuudet',
				help: '',
				options: [],
				source: null
			},
			{
				key: 'development_needs',
				kind: 'text',
				text: 'Yhteistyön kehittämistarpeet',
				help: '',
				options: [],
				source: null
			}
		]
	}
];

/** How many days before the deadline the respondents of unsubmitted answers are reminded, once. */
export const SURVEY_REMINDER_DAYS = 7;

/**
 * Whether the reminder of an unsubmitted answer is due now: from a week before
 * the deadline (an ISO date, answerable through its last day in Helsinki)
 * until it passes, unless it was sent.
 */
export function surveyReminderDue(deadline: string, now: Date, remindedAt: Date | null): boolean {
	if (remindedAt) return false;
	const lastDay = DateTime.fromISO(deadline, { zone: ZONE });
	const closes = lastDay.plus({ days: 1 }).toJSDate();
	const from = lastDay.minus({ days: SURVEY_REMINDER_DAYS }).toJSDate();
	return now >= from && now < closes;
}
