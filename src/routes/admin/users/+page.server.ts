import { regionParam, setPasswordUrl } from '#lib/kit/admin.js';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { inviteUserSchema } from '#lib/schemas/admin.js';
import { getDb } from '#lib/server/db/instance.js';
import { authorizeRegion } from '#lib/server/regions/visible.js';
import { inviteUser } from '#lib/server/users/admin.js';
import { adminUsersPage } from '#lib/server/users/views.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	const query = event.url.searchParams.get('q') ?? '';
	return runOrError(() => adminUsersPage(getDb(), actor, regionParam(event.url), query));
};

export const actions: Actions = {
	invite: (event) => {
		const slug = regionParam(event.url);
		return formAction(event, {
			authorize: (db, actor) => authorizeRegion(db, actor, slug, 'user.manage'),
			schema: inviteUserSchema,
			run: (db, actor, data) => {
				const region = authorizeRegion(db, actor, slug, 'user.manage');
				const { user, token } = inviteUser(db, actor, { ...data, regionId: region.id });
				return {
					invited: { name: user.name, email: user.email, link: setPasswordUrl(event.url, token) }
				};
			}
		});
	}
};
