import { fail, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { applicationFileSchema } from '#lib/schemas/grant-applications.js';
import { getDb } from '#lib/server/db/instance.js';
import { addApplicationFile, authorizeFileWork } from '#lib/server/grants/application-files.js';
import { runAction, runOrError } from './errors';
import { formValues, issuesByField, readForm, unreadableForm } from './forms';
import { requireActor } from './guard';

/**
 * A file for an application, from the draft's page or the completion page: a
 * multipart form (the file beside its kind), so not `formAction`'s
 * `parseForm`, but in its order: who may act is decided before the form is
 * read; size, type and kind are the use case's to judge.
 */
export async function uploadApplicationFile<T>(
	event: Pick<RequestEvent, 'locals' | 'url' | 'request'>,
	applicationId: number,
	success: T
) {
	const actor = requireActor(event);
	const db = getDb();
	const now = new Date();
	await runOrError(() => authorizeFileWork(db, actor, applicationId, now));
	const form = await readForm(event.request);
	if (!form) return unreadableForm();
	const values = formValues(form);
	const parsed = v.safeParse(applicationFileSchema, values);
	if (!parsed.success) return fail(400, { issues: issuesByField(parsed.issues), values });
	const file = form.get('file');
	return runAction(values, async () => {
		await addApplicationFile(
			db,
			actor,
			applicationId,
			{
				kind: parsed.output.kind,
				filename: file instanceof File ? file.name : '',
				bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array()
			},
			now
		);
		return success;
	});
}
