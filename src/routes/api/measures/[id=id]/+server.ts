import * as v from 'valibot';
import { issuesByField } from '#lib/kit/forms.js';
import { requireApiActor } from '#lib/kit/guard.js';
import { invalidInput, runApi } from '#lib/kit/api.js';
import { runOrError } from '#lib/kit/errors.js';
import { statusUpdateSchema } from '#lib/schemas/measures.js';
import { getDb } from '#lib/server/db/instance.js';
import { measureOfApi } from '#lib/server/measures/api.js';
import { assertMayFollowUp, updateMeasureStatus } from '#lib/server/measures/service.js';
import type { RequestHandler } from './$types';

/**
 * Integration API: follow-up of one measure, `{ "status", "comment" }` (README).
 * 403 for anyone outside its owner organisations (coordinators aside); 400
 * with a message per field for bad input, in the user's language.
 */
export const PATCH: RequestHandler = async (event) => {
	const actor = requireApiActor(event);
	const id = event.params.id;
	const locale = event.locals.locale;

	const db = getDb();
	await runOrError(() => assertMayFollowUp(db, actor, id));
	let body: unknown;
	try {
		body = await event.request.json();
	} catch {
		return invalidInput(locale, { body: 'measures.api.json' }, 'measures.fixErrors');
	}
	const parsed = v.safeParse(statusUpdateSchema, body);
	if (!parsed.success)
		return invalidInput(locale, issuesByField(parsed.issues), 'measures.fixErrors');
	return runApi(locale, () => {
		updateMeasureStatus(db, actor, id, parsed.output);
		return Response.json(measureOfApi(db, actor, id, event.url.origin));
	});
};
