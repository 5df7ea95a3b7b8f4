import { readCsvUpload } from '#lib/kit/csv-upload.js';
import { runAction } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { authorize, requireActor } from '#lib/kit/guard.js';
import { valueImportSchema } from '#lib/schemas/indicators.js';
import { getDb } from '#lib/server/db/instance.js';
import { importValues, previewValueImport } from '#lib/server/indicators/service.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	authorize(actor, 'indicator.manage', { regionId: actor.regionId });
};

export const actions: Actions = {
	/** Step 1: read the uploaded file (or the pasted text) and check every row; nothing is written. */
	preview: async (event) => {
		const actor = requireActor(event);
		const upload = await readCsvUpload(event.request);
		if (!upload.ok) return upload.failure;
		const { text } = upload;
		return runAction({ text }, () => ({
			text,
			preview: previewValueImport(getDb(), actor, actor.regionId, text)
		}));
	},
	/** Step 2: the previewed text comes back and is imported whole, or not at all. */
	commit: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, valueImportSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => ({
			imported: importValues(getDb(), actor, actor.regionId, parsed.data.text)
		}));
	}
};
