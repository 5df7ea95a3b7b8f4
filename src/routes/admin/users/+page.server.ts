import { can } from '$lib/domain/policy';
import { SITE_ROLES } from '$lib/domain/roles';
import { adminRegion, setPasswordUrl } from '$lib/kit/admin';
import { runAction, runOrError } from '$lib/kit/errors';
import { parseForm } from '$lib/kit/forms';
import { authorize, requireActor } from '$lib/kit/guard';
import { inviteUserSchema } from '$lib/schemas/admin';
import { getDb } from '$lib/server/db/instance';
import { listOrganisations } from '$lib/server/organisations/service';
import { inviteUser, listUsers } from '$lib/server/users/admin';
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
		organisations: listOrganisations(db, actor, { regionId: region.id }).map(({ id, name }) => ({ id, name })),
		assignableRoles: SITE_ROLES.filter((siteRole) => can(actor, 'user.assignRole', { regionId: region.id, siteRole }))
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
			return { invited: { name: user.name, email: user.email, link: setPasswordUrl(event.url, token) } };
		});
	}
};
