import { error, json } from '@sveltejs/kit';
import * as v from 'valibot';
import { issuesByField } from '$lib/kit/forms';
import { requireApiActor } from '$lib/kit/guard';
import { runOrError } from '$lib/kit/errors';
import { numericId } from '$lib/kit/params';
import { translator } from '$lib/i18n';
import { statusUpdateSchema } from '$lib/schemas/measures';
import { getDb } from '$lib/server/db/instance';
import { DomainError } from '$lib/server/errors';
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
	const t = translator(event.locals.locale);
	const invalidInput = (issues: Record<string, string>) =>
		json({ message: t.t('measures.fixErrors'), issues: Object.fromEntries(Object.entries(issues).map(([field, key]) => [field, t.tKey(key)])) }, { status: 400 });

	const db = getDb();
	await runOrError(() => assertMayFollowUp(db, actor, id));
	let body: unknown;
	try {
		body = await event.request.json();
	} catch {
		return invalidInput({ body: 'measures.api.json' });
	}
	const parsed = v.safeParse(statusUpdateSchema, body);
	if (!parsed.success) return invalidInput(issuesByField(parsed.issues));
	// Refused input comes back field by field; refused access and missing measures as their HTTP codes.
	const refused = await runOrError(() => {
		try {
			updateMeasureStatus(db, actor, id, parsed.output);
			return null;
		} catch (err) {
			if (err instanceof DomainError && err.code === 'invalid') return err.issues;
			throw err;
		}
	});
	if (refused) return invalidInput(refused);
	const [row] = await runOrError(() => listMeasures(db, actor, { id }));
	if (!row) error(404, { message: 'Not found', key: 'error.notFound' });
	return json(measureForApi(row, event.url.origin));
};
