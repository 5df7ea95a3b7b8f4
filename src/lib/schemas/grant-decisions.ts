/**
 * Forms of the grant proposal, the decision, payments and reports. The
 * proposal and decision tables post one amount and one reason per
 * application, named `amount-<id>` and `reason-<id>`.
 */
import * as v from 'valibot';
import { parseEuros } from '../domain/grants';
import { parseId } from '../domain/ids';
import { id } from './fields';
import { conflictSchema } from './grant-applications';
import './messages';

const REASON_MAX = 2000;

export interface AmountEntry {
	applicationId: number;
	cents: number | null;
	reason: string;
}

/**
 * The table's rows: every amount as euros (`parseEuros`), every reason at
 * most 2,000 characters; each problem is reported on its own field. An empty
 * amount is null where `required` is false (not proposed yet).
 */
const amountTable = (required: boolean) =>
	v.pipe(
		v.record(v.string(), v.string()),
		v.rawTransform(({ dataset, addIssue, NEVER }) => {
			const form = dataset.value;
			const entries: AmountEntry[] = [];
			let failed = false;
			const fail = (key: string, message: string) => {
				failed = true;
				addIssue({
					message,
					path: [{ type: 'object', origin: 'value', input: form, key, value: form[key] }]
				});
			};
			for (const [key, text] of Object.entries(form)) {
				const match = /^amount-(.+)$/.exec(key);
				if (!match) continue;
				const applicationId = parseId(match[1]);
				if (applicationId === null) {
					fail(key, 'validation.choose');
					continue;
				}
				const reason = (form[`reason-${match[1]}`] ?? '').trim();
				if (reason.length > REASON_MAX) fail(`reason-${match[1]}`, 'validation.tooLong');
				const cents = text.trim() === '' ? null : parseEuros(text);
				if (cents === null && (required || text.trim() !== '')) {
					fail(
						key,
						required && text.trim() === ''
							? 'validation.required'
							: 'grantDecisions.validation.amount'
					);
					continue;
				}
				entries.push({ applicationId, cents, reason });
			}
			return failed ? NEVER : entries;
		})
	);

export const proposalSchema = amountTable(false);

export const decisionSchema = v.pipe(
	amountTable(true),
	v.transform((entries) =>
		entries.map((e) => ({ applicationId: e.applicationId, cents: e.cents ?? 0, grounds: e.reason }))
	)
);

/** A handler's answer to a tie warning on the proposal page: declared with its ground, or confirmed. */
export const tieDeclarationSchema = v.object({ applicationId: id, ...conflictSchema.entries });
export const tieConfirmationSchema = v.object({ applicationId: id });

export const agendaSchema = v.object({
	meetingId: id,
	/** "yes" from the question asked when the proposal goes beyond the appropriation. */
	confirm: v.pipe(
		v.optional(v.string(), ''),
		v.transform((value) => value === 'yes')
	)
});

export const instalmentSchema = v.object({ instalmentId: id });

/** The most answers a report form carries: far beyond any call's questions. */
const MAX_ANSWERS = 50;

/**
 * A report: the answers `answer.0`, `answer.1`, … in the order of the
 * questions it asks (the use case checks each against its question), and the money used.
 */
export const reportSchema = v.pipe(
	v.record(v.string(), v.unknown()),
	v.transform((raw) => {
		const answers: unknown[] = [];
		for (const [key, value] of Object.entries(raw)) {
			const match = /^answer\.(\d{1,2})$/.exec(key);
			if (match && Number(match[1]) < MAX_ANSWERS) answers[Number(match[1])] = value;
		}
		return { ...raw, answers: Array.from(answers, (value) => value ?? '') };
	}),
	v.object({
		reportId: id,
		answers: v.array(v.string()),
		used: v.pipe(
			v.string('validation.required'),
			v.trim(),
			v.nonEmpty('validation.required'),
			v.transform(parseEuros),
			v.number('grantDecisions.validation.amount')
		)
	})
);
