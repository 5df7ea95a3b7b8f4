import { readCsvUpload } from '#lib/kit/csv-upload.js';
import { formAction } from '#lib/kit/actions.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { valueImportSchema } from '#lib/schemas/indicators.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	authorizeIndicatorManagement,
	importValues,
	previewValueImport
} from '#lib/server/indicators/service.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	await runOrError(() => authorizeIndicatorManagement(actor, actor.regionId));
};

export const actions: Actions = {
	/** Step 1: read the uploaded file (or the pasted text) and check every row; nothing is written. */
	preview: async (event) => {
		const actor = requireActor(event);
		// Who may import is decided before the upload is read, as formAction does for a plain form.
		await runOrError(() => authorizeIndicatorManagement(actor, actor.regionId));
		const upload = await readCsvUpload(event.request);
		if (!upload.ok) return upload.failure;
		const { text } = upload;
		return runAction({ text }, () => ({
			text,
			preview: previewValueImport(getDb(), actor, actor.regionId, text)
		}));
	},
	/** Step 2: the previewed text comes back and is imported whole, or not at all. */
	commit: (event) =>
		formAction(event, {
			authorize: (_db, actor) => authorizeIndicatorManagement(actor, actor.regionId),
			schema: valueImportSchema,
			run: (db, actor, data) => ({
				imported: importValues(db, actor, actor.regionId, data.text)
			})
		})
};
