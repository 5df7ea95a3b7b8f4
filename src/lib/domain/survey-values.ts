/**
 * The values of the yearly survey's answers (domain/survey.ts's AnswerValue),
 * checked against the kind of the question they answer: what is read back
 * from the database, a file or a form is trusted only after this.
 */
import * as v from 'valibot';
import { DOCUMENT_STATES, STRUCTURE_KINDS, type AnswerValue, type QuestionKind } from './survey';

const nonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty());

/** One schema per kind; each checks the `kind` tag too, so a money value never passes as a number. */
const ANSWER_SCHEMAS = {
	choice: v.strictObject({ kind: v.literal('choice'), choice: nonEmpty }),
	choices: v.strictObject({
		kind: v.literal('choices'),
		choices: v.pipe(
			v.array(nonEmpty),
			v.check((list) => new Set(list).size === list.length, 'an option is chosen once')
		)
	}),
	number: v.strictObject({ kind: v.literal('number'), number: v.pipe(v.number(), v.finite()) }),
	// Whole cents, as every sum of money in the app; a grant is never negative.
	money: v.strictObject({
		kind: v.literal('money'),
		cents: v.pipe(v.number(), v.safeInteger(), v.minValue(0))
	}),
	text: v.strictObject({ kind: v.literal('text'), text: nonEmpty }),
	structure: v.strictObject({
		kind: v.literal('structure'),
		structure: v.picklist(STRUCTURE_KINDS),
		name: v.string()
	}),
	document: v.strictObject({
		kind: v.literal('document'),
		state: v.picklist(DOCUMENT_STATES),
		name: v.string()
	})
} satisfies Record<QuestionKind, v.GenericSchema<unknown, AnswerValue>>;

/** The value as an answer to a question of the kind, or null when it is not one. */
export function answerValueOf(kind: QuestionKind, value: unknown): AnswerValue | null {
	const result = v.safeParse(ANSWER_SCHEMAS[kind], value);
	return result.success ? result.output : null;
}

/** A stored value (JSON text) as an answer to a question of the kind, or null when it is not one. */
export function parseAnswerValue(kind: QuestionKind, json: string): AnswerValue | null {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return null;
	}
	return answerValueOf(kind, value);
}
