import { fail, type ActionFailure } from '@sveltejs/kit';
import * as v from 'valibot';
import { isMessageKey } from '#lib/i18n/index.js';
import type { FormFailure } from './errors';

/** Fields never echoed back to the page. */
const SECRET_FIELDS = new Set(['password', 'newPassword', 'currentPassword', 'passwordConfirm']);

/** The form's text fields; a field sent more than once (ticked checkboxes of one name) joins with commas. */
export function formValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form) {
		if (typeof value !== 'string' || SECRET_FIELDS.has(key)) continue;
		values[key] = key in values ? `${values[key]},${value}` : value;
	}
	return values;
}

/**
 * Field name → i18n key of its first problem. Schemas use i18n keys as their
 * messages; should a library's own sentence slip through, the person still
 * reads ours.
 */
export function issuesByField(issues: readonly v.BaseIssue<unknown>[]): Record<string, string> {
	const byField: Record<string, string> = {};
	for (const issue of issues) {
		const field = issue.path?.map((p) => String(p.key)).join('.') ?? 'form';
		byField[field] ??= isMessageKey(issue.message) ? issue.message : 'validation.invalid';
	}
	return byField;
}

/** The 400 of a form whose body cannot be read (a broken upload, a forged request): nothing is changed. */
export function unreadableForm(): ActionFailure<FormFailure> {
	return fail(400, { message: 'validation.unreadableForm', issues: {}, values: {} });
}

/** The submitted form, or null when the body is not a form that can be parsed. */
export async function readForm(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

export type ParsedForm<S extends v.GenericSchema> =
	| { ok: true; data: v.InferOutput<S>; values: Record<string, string> }
	| { ok: false; failure: ActionFailure<FormFailure> };

/**
 * Validates a submitted form against its schema. On failure the form
 * re-renders with the user's values and a message next to each wrong field.
 */
export async function parseForm<S extends v.GenericSchema>(
	request: Request,
	schema: S
): Promise<ParsedForm<S>> {
	const form = await readForm(request);
	if (!form) return { ok: false, failure: unreadableForm() };
	const values = formValues(form);
	const raw: Record<string, unknown> = { ...values };
	for (const key of SECRET_FIELDS) {
		const secret = form.get(key);
		if (typeof secret === 'string') raw[key] = secret;
	}
	const result = v.safeParse(schema, raw);
	if (result.success) return { ok: true, data: result.output, values };
	return { ok: false, failure: fail(400, { issues: issuesByField(result.issues), values }) };
}
