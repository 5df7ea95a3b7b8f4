import type { ActionFailure, RequestEvent } from '@sveltejs/kit';
import type * as v from 'valibot';
import type { Actor } from '#lib/domain/policy.js';
import type { Db } from '#lib/server/db/client.js';
import { getDb } from '#lib/server/db/instance.js';
import { runAction, runOrError, type FormFailure } from './errors';
import { parseForm } from './forms';
import { requireActor } from './guard';

export interface FormActionSteps<S extends v.GenericSchema, R> {
	/**
	 * Throws the use case's own refusal (forbidden → 403, not found → 404) for someone who may not
	 * act on what the URL names; it runs before the form is read.
	 */
	authorize: (db: Db, actor: Actor) => void;
	schema: S;
	run: (db: Db, actor: Actor, data: v.InferOutput<S>) => R | Promise<R>;
}

/**
 * A form action in the order that keeps refusals honest: who may act is decided first, so a person
 * who may not gets 403 (or 404) and never the form's field messages; then the form is validated
 * and comes back with its messages and values; then the use case runs.
 */
export async function formAction<S extends v.GenericSchema, R>(
	event: Pick<RequestEvent, 'locals' | 'url' | 'request'>,
	{ authorize, schema, run }: FormActionSteps<S, R>
): Promise<R | ActionFailure<FormFailure>> {
	const actor = requireActor(event);
	const db = getDb();
	await runOrError(() => authorize(db, actor));
	const parsed = await parseForm(event.request, schema);
	if (!parsed.ok) return parsed.failure;
	return runAction(parsed.values, () => run(db, actor, parsed.data));
}
