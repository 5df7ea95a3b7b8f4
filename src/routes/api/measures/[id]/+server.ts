import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { issuesByField } from '$lib/kit/forms';
import { requireApiActor } from '$lib/kit/guard';
import { invalidInput, runApi } from '$lib/kit/api';
import { runOrError } from '$lib/kit/errors';
import { numericId } from '$lib/kit/params';
import { statusUpdateSchema } from '$lib/schemas/measures';
import { getDb } from '$lib/server/db/instance';
import { measureForApi } from '$lib/server/measures/api';
import { listMeasures } from '$lib/server/measures/queries';
import { assertMayFollowUp, updateMeasureStatus } from '$lib/server/measures/service';
import type { RequestHandler } from './$types';

/**
 * Integration API: follow-up of one measure, `{ "status", "comment" }` (README).
 * 403 for anyone outside its owner organisations (coordinators aside); 400
 * with a message per field for bad input, in the user's language.
 */
export const PATCH: RequestHandler = async (event) => {
	const actor = requireApiActor(event);
	const id = numericId(event.params.id);
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
	if (!parsed.success) return invalidInput(locale, issuesByField(parsed.issues), 'measures.fixErrors');
	return runApi(locale, () => {
		updateMeasureStatus(db, actor, id, parsed.output);
		const [row] = listMeasures(db, actor, { id });
		return json(measureForApi(row, event.url.origin));
	});
};
