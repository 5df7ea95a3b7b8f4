import { redirect } from '@sveltejs/kit';
import type { Actor } from '#lib/domain/policy.js';
import { helsinkiInstant } from '#lib/domain/time.js';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import {
	applicationDraftSchema,
	applicationFileRemovalSchema,
	assessmentSchema,
	confirmSchema,
	conflictSchema,
	eligibilitySchema,
	messageSchema,
	reopenSchema,
	reusedFileSchema
} from '#lib/schemas/grant-applications.js';
import { completionRequestSchema } from '#lib/schemas/grant-documents.js';
import { noFields } from '#lib/schemas/meetings.js';
import { getDb } from '#lib/server/db/instance.js';
import { removeApplicationFile } from '#lib/server/grants/application-files.js';
import { uploadApplicationFile } from '#lib/kit/grant-files.js';
import { applicationPage } from '#lib/server/grants/application-page.js';
import {
	authorizeHandling,
	checkEligibility,
	reopenApplication,
	saveDraft,
	submitApplication,
	withdrawApplication
} from '#lib/server/grants/applications.js';
import {
	confirmNotDisqualified,
	declareConflict,
	saveAssessment
} from '#lib/server/grants/assessment.js';
import { requestCompletion } from '#lib/server/grants/completion-requests.js';
import { postMessage } from '#lib/server/grants/messages.js';
import { reuseDeliveredFile } from '#lib/server/grants/reused-files.js';
import { authorizeApplication, type ApplicationAction } from '#lib/server/grants/readable.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const page = await runOrError(() => applicationPage(getDb(), actor, event.params.id, new Date()));
	return {
		...page,
		// The live texts show who is here by name.
		user: { id: actor.userId, name: event.locals.user!.name },
		/** Just entered from paper: the handler is told what comes next. */
		entered: event.url.searchParams.has('entered')
	};
};

/** Who may take the action on the application the URL names, decided before the form is read. */
const may =
	(applicationId: number, action: ApplicationAction) =>
	(db: ReturnType<typeof getDb>, actor: Actor) =>
		void authorizeApplication(db, actor, applicationId, action, new Date());

/** `done` tells the page which form succeeded, and when (the draft's "saved at"). */
const done = (form: string) => ({ done: form, at: new Date().toISOString() });

export const actions: Actions = {
	save: (event) =>
		formAction(event, {
			authorize: may(event.params.id, 'grantApplication.edit'),
			schema: applicationDraftSchema,
			run: (db, actor, draft) => {
				saveDraft(db, actor, event.params.id, draft, new Date());
				return done('save');
			}
		}),
	submit: (event) =>
		formAction(event, {
			authorize: may(event.params.id, 'grantApplication.edit'),
			schema: applicationDraftSchema,
			run: (db, actor, draft) => {
				submitApplication(db, actor, event.params.id, draft, new Date());
				return done('submit');
			}
		}),
	withdraw: (event) =>
		formAction(event, {
			authorize: may(event.params.id, 'grantApplication.withdraw'),
			schema: confirmSchema,
			run: (db, actor) => {
				withdrawApplication(db, actor, event.params.id, new Date());
				return done('withdraw');
			}
		}),
	upload: (event) => uploadApplicationFile(event, event.params.id, done('upload')),
	reuseFile: (event) =>
		formAction(event, {
			authorize: may(event.params.id, 'grantApplication.edit'),
			schema: reusedFileSchema,
			run: (db, actor, data) => {
				reuseDeliveredFile(db, actor, event.params.id, data.source, new Date());
				return done('reuseFile');
			}
		}),
	removeFile: (event) =>
		formAction(event, {
			authorize: may(event.params.id, 'grantApplication.edit'),
			schema: applicationFileRemovalSchema,
			run: (db, actor, data) => {
				removeApplicationFile(db, actor, event.params.id, data.fileId, new Date());
				return done('removeFile');
			}
		}),
	message: (event) =>
		formAction(event, {
			authorize: may(event.params.id, 'grantApplication.message'),
			schema: messageSchema,
			run: (db, actor, data) => {
				postMessage(db, actor, event.params.id, data.text, new Date());
				return done('message');
			}
		}),
	eligibility: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeHandling(db, actor, event.params.id, new Date()),
			schema: eligibilitySchema,
			run: (db, actor, data) => {
				checkEligibility(db, actor, event.params.id, data, new Date());
				return done('eligibility');
			}
		}),
	requestCompletion: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeHandling(db, actor, event.params.id, new Date()),
			schema: completionRequestSchema,
			run: (db, actor, data) => {
				requestCompletion(
					db,
					actor,
					event.params.id,
					{
						parts: data.parts,
						message: data.message,
						// The whole day is the NGO's: the deadline is its last minute in Helsinki.
						dueAt: helsinkiInstant(data.dueDate, '23:59')!
					},
					new Date()
				);
				return done('requestCompletion');
			}
		}),
	reopen: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeHandling(db, actor, event.params.id, new Date()),
			schema: reopenSchema,
			run: (db, actor, data) => {
				const callId = reopenApplication(db, actor, event.params.id, data.reason, new Date());
				// A draft is the applicant's again: the handler goes back to the call's list.
				redirect(303, `/grants/calls/${callId}/applications`);
			}
		}),
	assess: (event) =>
		formAction(event, {
			authorize: may(event.params.id, 'grantApplication.assess'),
			schema: assessmentSchema,
			run: (db, actor, data) => {
				saveAssessment(
					db,
					actor,
					event.params.id,
					{ intent: data.intent, comment: data.comment, scores: data.score },
					new Date()
				);
				return done(`assess-${data.intent}`);
			}
		}),
	conflict: (event) =>
		formAction(event, {
			authorize: may(event.params.id, 'grantApplication.assess'),
			schema: conflictSchema,
			run: (db, actor, data) => {
				declareConflict(db, actor, event.params.id, data, new Date());
				return done('conflict');
			}
		}),
	confirmNotDisqualified: (event) =>
		formAction(event, {
			authorize: may(event.params.id, 'grantApplication.assess'),
			schema: noFields,
			run: (db, actor) => {
				confirmNotDisqualified(db, actor, event.params.id, new Date());
				return done('independence');
			}
		})
};
