import { runAction } from '$lib/kit/errors';
import { parseForm } from '$lib/kit/forms';
import { requireActor } from '$lib/kit/guard';
import { emailPreferenceSchema, markReadSchema } from '$lib/schemas/notifications';
import { readConfig } from '$lib/server/config';
import { getDb } from '$lib/server/db/instance';
import { getEmailPreference, listMyNotifications, markAllRead, markRead, setEmailPreference } from '$lib/server/notifications/service';
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
