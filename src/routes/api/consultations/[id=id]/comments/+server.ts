import * as v from 'valibot';
import { translator } from '#lib/i18n/index.js';
import { invalidInput, runApi } from '#lib/kit/api.js';
import { runOrError } from '#lib/kit/errors.js';
import { issuesByField } from '#lib/kit/forms.js';
import { requireApiActor } from '#lib/kit/guard.js';
import { commentApiSchema } from '#lib/schemas/consultations.js';
import { commentForApi } from '#lib/server/consultations/api.js';
import { addComment, assertMayComment } from '#lib/server/consultations/comments.js';
import { getDb } from '#lib/server/db/instance.js';
import type { RequestHandler } from './$types';

/**
 * Integration API: comment on a section of an open round (README). 201 with
 * the comment; 400 with a message per field; 403 outside the audience; 409
 * after the deadline (or before the opening).
 */
const MAX_BODY_BYTES = 256 * 1024;

export const POST: RequestHandler = async (event) => {
	const actor = requireApiActor(event);
	const roundId = event.params.id;
	const t = translator(event.locals.locale);

	await runOrError(() => assertMayComment(getDb(), actor, roundId));
	// A comment is text: anything near the attachment-sized request limit is not one.
	if (Number(event.request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES)
		return Response.json({ message: t.t('consultations.api.tooLarge') }, { status: 413 });
	const body: unknown = await event.request.json().catch(() => undefined);
	const parsed = v.safeParse(commentApiSchema, body);
	if (!parsed.success) return invalidInput(event.locals.locale, issuesByField(parsed.issues));

	return runApi(event.locals.locale, () => {
		const db = getDb();
		const comment = addComment(db, actor, roundId, { ...parsed.output, parentId: null });
		return Response.json(commentForApi(db, comment), { status: 201 });
	});
};
