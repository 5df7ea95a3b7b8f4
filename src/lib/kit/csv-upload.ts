import { fail, type ActionFailure } from '@sveltejs/kit';
import { decodeCsv, IMPORT_MAX_BYTES } from '#lib/server/import/table.js';
import type { FormFailure } from './errors';
import { formValues, readForm, unreadableForm } from './forms';

/**
 * The CSV of an import form's preview step: the chosen `file` (UTF-8 or
 * Windows-1252), otherwise the pasted `text`. Reads a copy of the request, so
 * `parseForm` can read the other fields from the request itself afterwards.
 */
export async function readCsvUpload(
	request: Request
): Promise<{ ok: true; text: string } | { ok: false; failure: ActionFailure<FormFailure> }> {
	const form = await readForm(request.clone());
	if (!form) return { ok: false, failure: unreadableForm() };
	const values = formValues(form);
	const file = form.get('file');
	const uploaded = file instanceof File && file.size > 0 ? file : null;
	if (uploaded && uploaded.size > IMPORT_MAX_BYTES) {
		return {
			ok: false,
			failure: fail(400, {
				message: 'admin.import.file.tooLarge',
				issues: { file: 'admin.import.file.tooLarge' },
				values
			})
		};
	}
	const pasted = form.get('text');
	const text = uploaded
		? decodeCsv(new Uint8Array(await uploaded.arrayBuffer()))
		: typeof pasted === 'string'
			? pasted
			: '';
	if (text.trim() === '') {
		return {
			ok: false,
			failure: fail(400, {
				message: 'admin.import.nothing',
				issues: { file: 'admin.import.nothing' },
				values
			})
		};
	}
	return { ok: true, text };
}
