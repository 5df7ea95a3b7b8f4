/** Forms and the comment API of consultations; messages are i18n keys shown next to the field. */
import * as v from 'valibot';
import { AUDIENCE_KINDS, DOCUMENT_KINDS, OUTCOMES } from '../domain/consultations';
import { checkbox, choice, id, idList, optionalText, requiredText } from './fields';
import { clockTime, date } from './meetings';

export const COMMENT_MAX = 5000;
export const QUOTE_MAX = 1000;

export const documentSchema = v.object({ kind: choice(DOCUMENT_KINDS), title: requiredText(200) });

export const roundSchema = v.object({
	versionId: id,
	title: requiredText(200),
	instructions: optionalText(4000),
	audienceKind: choice(AUDIENCE_KINDS),
	organisationIds: idList,
	bodyIds: idList,
	opensDate: date,
	opensTime: clockTime,
	closesDate: date,
	closesTime: clockTime
});

/**
 * The round page's forms name themselves (`form`: "closing", "answer:12"…), so that the page
 * answering one shows its message by it.
 */
const formName = { form: v.optional(v.pipe(v.string(), v.maxLength(100))) };

export const closingSchema = v.object({ ...formName, closesDate: date, closesTime: clockTime });

export const endSchema = v.object(formName);

export const commentSchema = v.object({
	...formName,
	sectionId: requiredText(64),
	body: requiredText(COMMENT_MAX),
	quote: optionalText(QUOTE_MAX),
	statement: checkbox,
	parentId: v.optional(id)
});

export const commentEditSchema = v.object({
	...formName,
	commentId: id,
	body: requiredText(COMMENT_MAX)
});

export const answerSchema = v.object({
	...formName,
	commentId: id,
	outcome: choice(OUTCOMES),
	text: requiredText(4000)
});

export const hideSchema = v.object({ ...formName, commentId: id, reason: requiredText(500) });

/** "12:0f3c…": a meeting and one of its agenda items, chosen in one select. */
export const attachSchema = v.object({
	target: v.pipe(
		v.string('validation.choose'),
		v.regex(/^\d+:[\w-]{1,64}$/, 'validation.choose'),
		v.transform((value) => {
			const [meetingId, itemKey] = value.split(':');
			return { meetingId: Number(meetingId), itemKey };
		})
	)
});

/**
 * `POST /api/consultations/<id>/comments` (README). `onBehalfOfOrganisation`
 * is `true` or the id of the user's own organisation: a statement of it.
 */
export const commentApiSchema = v.object(
	{
		sectionId: requiredText(64),
		body: requiredText(COMMENT_MAX),
		quote: v.optional(
			v.pipe(
				v.string('consultations.api.text'),
				v.trim(),
				v.maxLength(QUOTE_MAX, 'validation.tooLong')
			),
			''
		),
		onBehalfOfOrganisation: v.optional(
			v.union([v.boolean(), v.pipe(v.number(), v.integer())], 'consultations.api.onBehalf'),
			false
		)
	},
	'consultations.api.body'
);
