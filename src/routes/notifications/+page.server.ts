import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { noFields } from '#lib/schemas/meetings.js';
import { emailPreferenceSchema, markReadSchema } from '#lib/schemas/notifications.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	markAllRead,
	markRead,
	ownUserId,
	setEmailPreference
} from '#lib/server/notifications/service.js';
import { notificationsPage } from '#lib/server/notifications/views.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => notificationsPage(getDb(), actor));
};

/** Every form here is about one's own notifications: the policy is asked before the form is read. */
export const actions: Actions = {
	read: (event) =>
		formAction(event, {
			authorize: (_db, actor) => ownUserId(actor),
			schema: markReadSchema,
			run: (db, actor, data) => {
				markRead(db, actor, data.id);
				return { done: 'read' as const };
			}
		}),
	readAll: (event) =>
		formAction(event, {
			authorize: (_db, actor) => ownUserId(actor),
			schema: noFields,
			run: (db, actor) => {
				markAllRead(db, actor);
				return { done: 'readAll' as const };
			}
		}),
	email: (event) =>
		formAction(event, {
			authorize: (_db, actor) => ownUserId(actor),
			schema: emailPreferenceSchema,
			run: (db, actor, data) => {
				setEmailPreference(db, actor, data.email);
				return { done: 'email' as const };
			}
		})
};
