import { fail, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actor } from '#lib/domain/policy.js';
import { applicationFileSchema } from '#lib/schemas/grant-applications.js';
import { paperApplicationSchema } from '#lib/schemas/grant-documents.js';
import type { Db } from '#lib/server/db/client.js';
import { getDb } from '#lib/server/db/instance.js';
import { addApplicationFile, authorizeFileWork } from '#lib/server/grants/application-files.js';
import {
	authorizePaperEntry,
	enterPaperApplication
} from '#lib/server/grants/paper-applications.js';
import { runAction, runOrError } from './errors';
import { formValues, issuesByField, readForm, unreadableForm } from './forms';
import { requireActor } from './guard';

/** The uploaded file as a use case takes it: its name as sent and its bytes (none when no file was sent). */
export interface Upload {
	filename: string;
	bytes: Uint8Array;
}

/**
 * A multipart form carrying one `file` beside its other fields, so not
 * `formAction`'s `parseForm`, but in its order: who may act is decided
 * before the form is read; size and type are the use case's to judge.
 */
export async function uploadAction<S extends v.GenericSchema, R>(
	event: Pick<RequestEvent, 'locals' | 'url' | 'request'>,
	steps: {
		authorize: (db: Db, actor: Actor, now: Date) => void;
		schema: S;
		run: (db: Db, actor: Actor, data: v.InferOutput<S>, upload: Upload, now: Date) => Promise<R>;
	}
) {
	const actor = requireActor(event);
	const db = getDb();
	const now = new Date();
	await runOrError(() => steps.authorize(db, actor, now));
	const form = await readForm(event.request);
	if (!form) return unreadableForm();
	const values = formValues(form);
	const parsed = v.safeParse(steps.schema, values);
	if (!parsed.success) return fail(400, { issues: issuesByField(parsed.issues), values });
	const file = form.get('file');
	return runAction(values, async () =>
		steps.run(
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

/** A file for an application, from the draft's page or the completion page, beside its kind. */
export function uploadApplicationFile<T>(
	event: Pick<RequestEvent, 'locals' | 'url' | 'request'>,
	applicationId: number,
	success: T
) {
	return uploadAction(event, {
		authorize: (db, actor, now) => authorizeFileWork(db, actor, applicationId, now),
		schema: applicationFileSchema,
		run: async (db, actor, data, upload, now) => {
			await addApplicationFile(db, actor, applicationId, { kind: data.kind, ...upload }, now);
			return success;
		}
	});
}

/** A paper application with its scan, entered by a handler from the call's applications page: its new id. */
export function enterPaperApplicationForm(
	event: Pick<RequestEvent, 'locals' | 'url' | 'request'>,
	callId: number
) {
	return uploadAction(event, {
		authorize: (db, actor, now) => authorizePaperEntry(db, actor, callId, now),
		schema: paperApplicationSchema,
		run: (db, actor, data, scan, now) =>
			enterPaperApplication(db, actor, callId, { ...data, scan }, now)
	});
}
