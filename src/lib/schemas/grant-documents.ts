/** Forms of the grant documents, completion requests and paper applications; messages are i18n keys. */
import * as v from 'valibot';
import { GRANT_DOCUMENT_KINDS } from '../domain/grant-documents';
import { COMPLETION_PARTS } from '../domain/grant-completion';
import { isIsoDate } from '../domain/time';
import { choice, id, requiredText } from './fields';

const requiredDate = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.check(isIsoDate, 'validation.date')
);

/** The longest text of a document version: the statutory instructions are some 2 000 characters. */
const DOCUMENT_MAX = 20_000;

export const documentVersionSchema = v.object({
	kind: choice(GRANT_DOCUMENT_KINDS),
	validFrom: requiredDate,
	textFi: requiredText(DOCUMENT_MAX),
	textSv: requiredText(DOCUMENT_MAX)
});

/** Ticked parts arrive joined with commas (src/lib/kit/forms.ts); at least one is asked. */
export const completionRequestSchema = v.object({
	parts: v.pipe(
		v.optional(v.string(), ''),
		v.transform((value) => value.split(',').filter(Boolean)),
		v.array(v.picklist(COMPLETION_PARTS, 'validation.choose')),
		v.minLength(1, 'grantDocuments.completion.chooseParts')
	),
	message: requiredText(2000),
	dueDate: requiredDate
});

/** A paper application's NGO and the day it arrived; its scan is the form's `file`. */
export const paperApplicationSchema = v.object({
	organisationId: id,
	receivedOn: requiredDate
});
