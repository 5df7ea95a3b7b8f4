import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { authorizeOwnAccount, changePassword, updateProfile } from '#lib/server/users/account.js';
import { accountPage } from '#lib/server/users/views.js';
import { changePasswordSchema, profileSchema } from '#lib/schemas/auth.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => accountPage(getDb(), actor));
};

export const actions: Actions = {
	profile: (event) =>
		formAction(event, {
			authorize: (_db, actor) => authorizeOwnAccount(actor),
			schema: profileSchema,
			run: (db, actor, data) => {
				updateProfile(db, actor, data);
				return { saved: 'profile' as const };
			}
		}),
	password: (event) =>
		formAction(event, {
			authorize: (_db, actor) => authorizeOwnAccount(actor),
			schema: changePasswordSchema,
			run: async (db, actor, data) => {
				await changePassword(db, actor, event.locals.session!.id, data);
				return { saved: 'password' as const };
			}
		})
};
