import { runAction } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { emailPreferenceSchema, markReadSchema } from '#lib/schemas/notifications.js';
import { readConfig } from '#lib/server/config.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	getEmailPreference,
	listMyNotifications,
	markAllRead,
	markRead,
	setEmailPreference
} from '#lib/server/notifications/service.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return {
		...listMyNotifications(getDb(), actor),
		emailPreference: getEmailPreference(getDb(), actor),
		mailEnabled: readConfig().smtp !== null
	};
};

export const actions: Actions = {
	read: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, markReadSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			markRead(getDb(), actor, parsed.data.id);
			return { done: 'read' as const };
		});
	},
	readAll: async (event) => {
		const actor = requireActor(event);
		return runAction({}, () => {
			markAllRead(getDb(), actor);
			return { done: 'readAll' as const };
		});
	},
	email: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, emailPreferenceSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			setEmailPreference(getDb(), actor, parsed.data.email);
			return { done: 'email' as const };
		});
	}
};
