import { redirect } from '@sveltejs/kit';
import type { Actor } from '#lib/domain/policy.js';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { uploadApplicationFile } from '#lib/kit/grant-files.js';
import { requireActor } from '#lib/kit/guard.js';
import {
	applicationDraftSchema,
	applicationFileRemovalSchema
} from '#lib/schemas/grant-applications.js';
import { getDb } from '#lib/server/db/instance.js';
import { removeApplicationFile } from '#lib/server/grants/application-files.js';
import { completeApplication, completionPage } from '#lib/server/grants/completion-requests.js';
import { authorizeApplication } from '#lib/server/grants/readable.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const page = await runOrError(() => completionPage(getDb(), actor, event.params.id, new Date()));
	// The live texts show who is here by name.
	return { ...page, user: { id: actor.userId, name: event.locals.user!.name } };
};

/** Only the NGO's people, while the request is open: decided before the form is read. */
const mayComplete = (applicationId: number) => (db: ReturnType<typeof getDb>, actor: Actor) =>
	void authorizeApplication(db, actor, applicationId, 'grantApplication.complete', new Date());

export const actions: Actions = {
	complete: (event) =>
		formAction(event, {
			authorize: mayComplete(event.params.id),
			schema: applicationDraftSchema,
			run: (db, actor, sent) => {
				completeApplication(db, actor, event.params.id, sent, new Date());
				redirect(303, `/grants/applications/${event.params.id}`);
			}
		}),
	upload: (event) => uploadApplicationFile(event, event.params.id, { done: 'upload' }),
	removeFile: (event) =>
		formAction(event, {
			authorize: mayComplete(event.params.id),
			schema: applicationFileRemovalSchema,
			run: (db, actor, data) => {
				removeApplicationFile(db, actor, event.params.id, data.fileId, new Date());
				return { done: 'removeFile' };
			}
		})
};
