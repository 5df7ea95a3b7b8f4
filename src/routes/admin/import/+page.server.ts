import { regionParam, setPasswordUrl } from '#lib/kit/admin.js';
import { formAction } from '#lib/kit/actions.js';
import { readCsvUpload } from '#lib/kit/csv-upload.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { importSchema } from '#lib/schemas/admin.js';
import { getDb } from '#lib/server/db/instance.js';
import { authorizeImport, commitImport, previewImport } from '#lib/server/import/csv.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => {
		authorizeImport(getDb(), actor, regionParam(event.url));
	});
};

export const actions: Actions = {
	/**
	 * Step 1: read the uploaded file (or the pasted text) and check every row; nothing is written.
	 * Authorized first, as `formAction` does, then the upload is read before the other fields.
	 */
	preview: async (event) => {
		const actor = requireActor(event);
		const db = getDb();
		const region = await runOrError(() => authorizeImport(db, actor, regionParam(event.url)));
		const upload = await readCsvUpload(event.request);
		if (!upload.ok) return upload.failure;
		const parsed = await parseForm(event.request, importSchema);
		if (!parsed.ok) return parsed.failure;
		const { text } = upload;
		return runAction(parsed.values, () => ({
			text,
			preview: previewImport(db, actor, { regionId: region.id, kind: parsed.data.kind, text })
		}));
	},
	/** Step 2: the previewed text comes back and is imported whole, or not at all. */
	commit: (event) => {
		const slug = regionParam(event.url);
		return formAction(event, {
			authorize: (db, actor) => authorizeImport(db, actor, slug),
			schema: importSchema,
			run: (db, actor, data) => {
				const region = authorizeImport(db, actor, slug);
				const result = commitImport(db, actor, { regionId: region.id, ...data });
				const invitations =
					result.kind === 'users'
						? result.invitations.map(({ name, email, token }) => ({
								name,
								email,
								link: setPasswordUrl(event.url, token)
							}))
						: [];
				return { imported: { kind: result.kind, count: result.count, invitations } };
			}
		});
	}
};
