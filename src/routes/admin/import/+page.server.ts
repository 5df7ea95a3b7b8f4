import { adminRegion, setPasswordUrl } from '#lib/kit/admin.js';
import { readCsvUpload } from '#lib/kit/csv-upload.js';
import { runAction } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { authorize, requireActor } from '#lib/kit/guard.js';
import { importSchema } from '#lib/schemas/admin.js';
import { getDb } from '#lib/server/db/instance.js';
import { commitImport, previewImport } from '#lib/server/import/csv.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	authorize(actor, 'admin.access', null);
};

export const actions: Actions = {
	/** Step 1: read the uploaded file (or the pasted text) and check every row; nothing is written. */
	preview: async (event) => {
		const actor = requireActor(event);
		authorize(actor, 'admin.access', null);
		const region = adminRegion(actor, event.url);
		const upload = await readCsvUpload(event.request);
		if (!upload.ok) return upload.failure;
		const parsed = await parseForm(event.request, importSchema);
		if (!parsed.ok) return parsed.failure;
		const { text } = upload;
		return runAction(parsed.values, () => ({
			text,
			preview: previewImport(getDb(), actor, { regionId: region.id, kind: parsed.data.kind, text })
		}));
	},
	/** Step 2: the previewed text comes back and is imported whole, or not at all. */
	commit: async (event) => {
		const actor = requireActor(event);
		authorize(actor, 'admin.access', null);
		const region = adminRegion(actor, event.url);
		const parsed = await parseForm(event.request, importSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			const result = commitImport(getDb(), actor, { regionId: region.id, ...parsed.data });
			const invitations =
				result.kind === 'users'
					? result.invitations.map(({ name, email, token }) => ({
							name,
							email,
							link: setPasswordUrl(event.url, token)
						}))
					: [];
			return { imported: { kind: result.kind, count: result.count, invitations } };
		});
	}
};
