import { runAction } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { listMyBodies } from '#lib/server/bodies/queries.js';
import { getDb } from '#lib/server/db/instance.js';
import { changePassword, updateProfile } from '#lib/server/users/account.js';
import { changePasswordSchema, profileSchema } from '#lib/schemas/auth.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	const user = event.locals.user!;
	return {
		profile: {
			name: user.name,
			title: user.title,
			email: user.email,
			preferredLanguage: user.preferredLanguage
		},
		bodies: listMyBodies(getDb(), actor).map((b) => ({
			id: b.id,
			name: b.name,
			level: b.level,
			role: b.role
		}))
	};
};

export const actions: Actions = {
	profile: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, profileSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			updateProfile(getDb(), actor, parsed.data);
			return { saved: 'profile' as const };
		});
	},
	password: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, changePasswordSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, async () => {
			await changePassword(getDb(), actor, event.locals.session!.id, parsed.data);
			return { saved: 'password' as const };
		});
	}
};
