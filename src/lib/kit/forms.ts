import { fail, type ActionFailure } from '@sveltejs/kit';
import * as v from 'valibot';
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

/** Field name → i18n key of its first problem. Schemas use i18n keys as their messages. */
export function issuesByField(issues: readonly v.BaseIssue<unknown>[]): Record<string, string> {
	const byField: Record<string, string> = {};
	for (const issue of issues) {
		const field = issue.path?.map((p) => String(p.key)).join('.') ?? 'form';
		byField[field] ??= issue.message;
	}
	return byField;
}

export type ParsedForm<S extends v.GenericSchema> =
	| { ok: true; data: v.InferOutput<S>; values: Record<string, string> }
	| { ok: false; failure: ActionFailure<FormFailure> };

/**
 * Validates a submitted form against its schema. On failure the form
 * re-renders with the user's values and a message next to each wrong field.
 */
export async function parseForm<S extends v.GenericSchema>(request: Request, schema: S): Promise<ParsedForm<S>> {
	const form = await request.formData();
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
