/**
 * A region's answer to the yearly survey as its form reads it: each value
 * checked by its question's kind, with a message next to the field, and what
 * the form starts with (last year's answer, or what the app knows about the
 * region) together with where each value came from, so the region confirms
 * rather than retypes (docs/situation.md).
 */
import { parseEuros, eurosForInput } from './grants';
import {
	DOCUMENT_STATES,
	HYTE_NEGOTIATION_OPTIONS,
	STRUCTURE_KINDS,
	type AnswerValue,
	type DocumentState,
	type PrefillSource,
	type QuestionKind,
	type StructureKind
} from './survey';

/** A question as the answer form needs it. */
export interface AnsweredQuestion {
	key: string;
	kind: QuestionKind;
	options: readonly string[];
	source: PrefillSource | null;
}

/** What the form sent for one question: its values (a choice's ticked boxes) and a structure's or document's name. */
export interface RawAnswer {
	values: readonly string[];
	name: string;
}

/** The longest text answer, and the longest name of a structure or document. */
export const ANSWER_TEXT_MAX = 4000;
export const ANSWER_NAME_MAX = 200;
/** The largest number the survey takes (person-years, counts): far beyond any region's. */
export const ANSWER_NUMBER_MAX = 1_000_000_000;

/** Why a value is refused: the i18n keys shown next to its field. */
export const ANSWER_PROBLEMS = {
	choice: 'validation.choose',
	number: 'survey.answer.number',
	money: 'survey.answer.money',
	tooLong: 'validation.tooLong',
	structureName: 'survey.answer.structureName',
	required: 'survey.answer.required'
} as const;

/** The form field of a question's value, and of its name. */
export const valueField = (key: string) => `q.${key}`;
export const nameField = (key: string) => `q.${key}.name`;

/** A number as people write it in Finnish or English: "0,5", "1 200", "2.75"; null for anything else. */
export function parseAnswerNumber(text: string): number | null {
	const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
	if (!/^\d+(\.\d+)?$/.test(compact)) return null;
	const number = Number(compact);
	return number <= ANSWER_NUMBER_MAX ? number : null;
}

type Checked = { value: AnswerValue | null } | { issues: Record<string, string> };

const refused = (field: string, problem: keyof typeof ANSWER_PROBLEMS): Checked => ({
	issues: { [field]: ANSWER_PROBLEMS[problem] }
});

function checkNamed(question: AnsweredQuestion, chosen: string, rawName: string): Checked {
	const name = rawName.trim();
	if (name.length > ANSWER_NAME_MAX) return refused(nameField(question.key), 'tooLong');
	if (question.kind === 'structure') {
		if (!(STRUCTURE_KINDS as readonly string[]).includes(chosen))
			return refused(valueField(question.key), 'choice');
		const structure = chosen as StructureKind;
		if (structure === 'none') return { value: { kind: 'structure', structure, name: '' } };
		if (name === '') return refused(nameField(question.key), 'structureName');
		return { value: { kind: 'structure', structure, name } };
	}
	if (!(DOCUMENT_STATES as readonly string[]).includes(chosen))
		return refused(valueField(question.key), 'choice');
	const state = chosen as DocumentState;
	return { value: { kind: 'document', state, name: state === 'none' ? '' : name } };
}

/**
 * One question's value from its form fields, or the message next to the wrong
 * field. Nothing chosen or typed is no answer (null), which a draft may keep.
 */
export function checkAnswer(question: AnsweredQuestion, raw: RawAnswer): Checked {
	const field = valueField(question.key);
	const values = raw.values.map((v) => v.trim()).filter((v) => v !== '');
	if (values.length === 0) {
		return raw.name.trim() === '' ? { value: null } : refused(field, 'choice');
	}
	const first = values[0];
	switch (question.kind) {
		case 'choice':
			return question.options.includes(first) && values.length === 1
				? { value: { kind: 'choice', choice: first } }
				: refused(field, 'choice');
		case 'choices': {
			const choices = [...new Set(values)];
			return choices.every((c) => question.options.includes(c))
				? { value: { kind: 'choices', choices } }
				: refused(field, 'choice');
		}
		case 'number': {
			const number = parseAnswerNumber(first);
			return number === null ? refused(field, 'number') : { value: { kind: 'number', number } };
		}
		case 'money': {
			const cents = parseEuros(first);
			return cents === null ? refused(field, 'money') : { value: { kind: 'money', cents } };
		}
		case 'text': {
			return first.length > ANSWER_TEXT_MAX
				? refused(field, 'tooLong')
				: { value: { kind: 'text', text: first } };
		}
		default:
			return checkNamed(question, first, raw.name);
	}
}

/**
 * The answer's values by question key, or the messages by field when any is
 * refused. A draft keeps what is answered; a submitted answer answers every
 * question but the free texts.
 */
export function checkAnswers(
	questions: readonly AnsweredQuestion[],
	raw: (key: string) => RawAnswer,
	submitting: boolean
): { values: Map<string, AnswerValue> } | { issues: Record<string, string> } {
	const issues: Record<string, string> = {};
	const values = new Map<string, AnswerValue>();
	for (const question of questions) {
		const checked = checkAnswer(question, raw(question.key));
		if ('issues' in checked) Object.assign(issues, checked.issues);
		else if (checked.value) values.set(question.key, checked.value);
		else if (submitting && question.kind !== 'text')
			issues[valueField(question.key)] = ANSWER_PROBLEMS.required;
	}
	return Object.keys(issues).length > 0 ? { issues } : { values };
}

/** A number as the form shows it back, in the Finnish way: "0,5". */
const numberForInput = (number: number) => String(number).replace('.', ',');

/** A stored value as its form fields hold it, to show it back for editing. */
export function fieldsOf(value: AnswerValue | null): RawAnswer {
	if (!value) return { values: [], name: '' };
	switch (value.kind) {
		case 'choice':
			return { values: [value.choice], name: '' };
		case 'choices':
			return { values: value.choices, name: '' };
		case 'number':
			return { values: [numberForInput(value.number)], name: '' };
		case 'money':
			return { values: [eurosForInput(value.cents)], name: '' };
		case 'text':
			return { values: [value.text], name: '' };
		case 'structure':
			return { values: [value.structure], name: value.name };
		case 'document':
			return { values: [value.state], name: value.name };
	}
}

/** Where a prefilled value came from, as the form notes it next to the field. */
export const PREFILL_ORIGINS = ['last_year', 'app'] as const;
export type PrefillOrigin = (typeof PREFILL_ORIGINS)[number];

/** The kind of value each source of the app's knowledge gives. */
export const SOURCE_KINDS: Record<PrefillSource, QuestionKind> = {
	cooperation_structure: 'structure',
	hyte_negotiations: 'choice',
	grants_decided: 'money',
	coordinators: 'text'
};

/** Whether a value still fits the question (last year's choice may no longer be an option). */
export function fits(
	question: Pick<AnsweredQuestion, 'kind' | 'options'>,
	value: AnswerValue
): boolean {
	if (value.kind !== question.kind) return false;
	if (value.kind === 'choice') return question.options.includes(value.choice);
	if (value.kind === 'choices') return value.choices.every((c) => question.options.includes(c));
	return true;
}

export interface Prefilled {
	value: AnswerValue;
	origin: PrefillOrigin;
}

/**
 * What a region's draft starts with: for a question with a source, what the
 * app knows about the region now; otherwise (or where the app knows nothing)
 * last year's answer to the same key, if it still fits the question.
 */
export function prefill(
	questions: readonly AnsweredQuestion[],
	lastYear: ReadonlyMap<string, AnswerValue>,
	known: Partial<Record<PrefillSource, AnswerValue>>
): Map<string, Prefilled> {
	const prefilled = new Map<string, Prefilled>();
	for (const question of questions) {
		const fromApp = question.source ? known[question.source] : undefined;
		const earlier = lastYear.get(question.key);
		if (fromApp && fits(question, fromApp)) {
			prefilled.set(question.key, { value: fromApp, origin: 'app' });
		} else if (earlier && fits(question, earlier)) {
			prefilled.set(question.key, { value: earlier, origin: 'last_year' });
		}
	}
	return prefilled;
}

/** A body of the region as the cooperation structure is read from it. */
export interface StructureBody {
	name: string;
	level: 'strategic' | 'operational' | 'coordinator_network' | 'forum';
	hasNgoMembers: boolean;
}

/**
 * The county's cooperation structure from its bodies: formal, named after its
 * strategic (else operational) body where NGOs sit; none where NGOs sit in neither.
 */
export function structureFromBodies(bodies: readonly StructureBody[]): AnswerValue {
	const withNgos = bodies.filter((b) => b.hasNgoMembers);
	const body =
		withNgos.find((b) => b.level === 'strategic') ??
		withNgos.find((b) => b.level === 'operational');
	return body
		? { kind: 'structure', structure: 'formal', name: body.name }
		: { kind: 'structure', structure: 'none', name: '' };
}

/**
 * Whether this year's HYTE negotiations were held, and with NGOs: from the
 * meetings the region's strategic body held this year, and whether anyone of
 * an NGO attended any of them.
 */
export function hyteFromMeetings(meetings: readonly { ngoAttended: boolean }[]): AnswerValue {
	const [withNgos, withoutNgos, notHeld] = HYTE_NEGOTIATION_OPTIONS;
	if (meetings.length === 0) return { kind: 'choice', choice: notHeld };
	return { kind: 'choice', choice: meetings.some((m) => m.ngoAttended) ? withNgos : withoutNgos };
}

/** The region's coordinators as the survey names its contact persons: "Name, title; Name". */
export function coordinatorsText(people: readonly { name: string; title: string }[]): AnswerValue {
	const named = people.map((p) => (p.title ? `${p.name}, ${p.title}` : p.name));
	return { kind: 'text', text: named.join('; ') };
}
