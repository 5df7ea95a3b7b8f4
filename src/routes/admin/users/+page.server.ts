import { can } from '#lib/domain/policy.js';
import { SITE_ROLES } from '#lib/domain/roles.js';
import { adminRegion, setPasswordUrl } from '#lib/kit/admin.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { authorize, requireActor } from '#lib/kit/guard.js';
import { inviteUserSchema } from '#lib/schemas/admin.js';
import { getDb } from '#lib/server/db/instance.js';
import { listOrganisations } from '#lib/server/organisations/service.js';
import { inviteUser, listUsers } from '#lib/server/users/admin.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	authorize(actor, 'admin.access', null);
	const region = adminRegion(actor, event.url);
	const query = event.url.searchParams.get('q') ?? '';
	const db = getDb();
	return runOrError(() => ({
		query,
		users: listUsers(db, actor, { regionId: region.id, query }),
		organisations: listOrganisations(db, actor, { regionId: region.id }).map(({ id, name }) => ({
			id,
			name
		})),
		assignableRoles: SITE_ROLES.filter((siteRole) =>
			can(actor, 'user.assignRole', { regionId: region.id, siteRole })
		)
	}));
};

export const actions: Actions = {
	invite: async (event) => {
		const actor = requireActor(event);
		authorize(actor, 'admin.access', null);
		const region = adminRegion(actor, event.url);
		const parsed = await parseForm(event.request, inviteUserSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			const { user, token } = inviteUser(getDb(), actor, { ...parsed.data, regionId: region.id });
			return {
				invited: { name: user.name, email: user.email, link: setPasswordUrl(event.url, token) }
			};
		});
	}
};
