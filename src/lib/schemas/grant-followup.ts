/** Forms after the grant decision: the recipient's answer and the two-part check of a report. */
import * as v from 'valibot';
import { CHECK_OUTCOMES, CHECK_PARTS } from '../domain/grant-followup';
import { choice, id, optionalDate, optionalText } from './fields';
import './messages';

export const grantResponseSchema = v.object({
	response: choice(['accept', 'refuse'] as const),
	/** Required of a refusal; the use case says so next to the field. */
	reason: optionalText(2000)
});

export const reportCheckSchema = v.object({
	reportId: id,
	part: choice(CHECK_PARTS),
	outcome: choice(CHECK_OUTCOMES),
	/** The ticked checklist items arrive joined with commas (src/lib/kit/forms.ts). */
	items: v.pipe(
		v.optional(v.string(), ''),
		v.transform((value) => value.split(',').filter(Boolean))
	),
	/** The request to the recipient, required when the report is returned. */
	note: optionalText(4000),
	/** The new deadline of a returned report. */
	deadline: optionalDate
});
