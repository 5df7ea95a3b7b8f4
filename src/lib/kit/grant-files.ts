import { fail, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { applicationFileSchema } from '#lib/schemas/grant-applications.js';
import { paperApplicationSchema } from '#lib/schemas/grant-documents.js';
import type { Actor } from '#lib/domain/policy.js';
import { getDb } from '#lib/server/db/instance.js';
import { addApplicationFile, authorizeFileWork } from '#lib/server/grants/application-files.js';
import {
	authorizePaperEntry,
	enterPaperApplication
} from '#lib/server/grants/paper-applications.js';
import { runAction, runOrError } from './errors';
import { formValues, issuesByField, readForm, unreadableForm } from './forms';
import { requireActor } from './guard';

type FileEvent = Pick<RequestEvent, 'locals' | 'url' | 'request'>;

/**
 * A multipart form: the file beside its fields, so not `formAction`'s
 * `parseForm`, but in its order: who may act is decided before the form is
 * read; size and type are the use case's to judge.
 */
async function fileFormAction<S extends v.GenericSchema, T>(
	event: FileEvent,
	authorize: (db: ReturnType<typeof getDb>, actor: Actor, now: Date) => void,
	schema: S,
	run: (
		db: ReturnType<typeof getDb>,
		actor: Actor,
		input: v.InferOutput<S>,
		file: { filename: string; bytes: Uint8Array },
		now: Date
	) => Promise<T>
) {
	const actor = requireActor(event);
	const db = getDb();
	const now = new Date();
	await runOrError(() => authorize(db, actor, now));
	const form = await readForm(event.request);
	if (!form) return unreadableForm();
	const values = formValues(form);
	const parsed = v.safeParse(schema, values);
	if (!parsed.success) return fail(400, { issues: issuesByField(parsed.issues), values });
	const file = form.get('file');
	return runAction(values, async () =>
		run(
			db,
			actor,
			parsed.output,
			{
				filename: file instanceof File ? file.name : '',
				bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array()
			},
			now
		)
	);
}

/** A file for an application, from the draft's page or the completion page. */
export function uploadApplicationFile<T>(event: FileEvent, applicationId: number, success: T) {
	return fileFormAction(
		event,
		(db, actor, now) => authorizeFileWork(db, actor, applicationId, now),
		applicationFileSchema,
		async (db, actor, input, file, now) => {
			await addApplicationFile(db, actor, applicationId, { kind: input.kind, ...file }, now);
			return success;
		}
	);
}

/** A paper application with its scan, entered by a handler from the call's applications page: its new id. */
export function enterPaperApplicationForm(event: FileEvent, callId: number) {
	return fileFormAction(
		event,
		(db, actor, now) => authorizePaperEntry(db, actor, callId, now),
		paperApplicationSchema,
		(db, actor, input, scan, now) =>
			enterPaperApplication(db, actor, callId, { ...input, scan }, now)
	);
}
