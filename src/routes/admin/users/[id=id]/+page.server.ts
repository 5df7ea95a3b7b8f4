import { can } from '#lib/domain/policy.js';
import { SITE_ROLES } from '#lib/domain/roles.js';
import { adminActionTarget, regionSlugFor, setPasswordUrl } from '#lib/kit/admin.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { authorize, requireActor } from '#lib/kit/guard.js';
import { updateUserSchema } from '#lib/schemas/admin.js';
import { getDb } from '#lib/server/db/instance.js';
import { listOrganisations } from '#lib/server/organisations/service.js';
import {
	getManagedUser,
	issueNewPasswordLink,
	setUserActive,
	updateUser
} from '#lib/server/users/admin.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	authorize(actor, 'admin.access', null);
	const id = event.params.id;
	const db = getDb();
	return runOrError(() => {
		const user = getManagedUser(db, actor, id);
		return {
			user,
			isSelf: user.id === actor.userId,
			regionSlug: regionSlugFor(actor, user.regionId),
			organisations: listOrganisations(db, actor, { regionId: user.regionId }).map(
				({ id, name }) => ({ id, name })
			),
			assignableRoles: SITE_ROLES.filter((siteRole) =>
				can(actor, 'user.assignRole', { regionId: user.regionId, siteRole })
			)
		};
	});
};

function changeActive(active: boolean) {
	return async (event: RequestEvent) => {
		const { actor, id } = adminActionTarget(event);
		return runAction({}, () => {
			setUserActive(getDb(), actor, id, active);
			return { activeChanged: active ? 'admin.users.reactivated' : 'admin.users.deactivated' };
		});
	};
}

export const actions: Actions = {
	save: async (event) => {
		const { actor, id } = adminActionTarget(event);
		const parsed = await parseForm(event.request, updateUserSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			updateUser(getDb(), actor, id, parsed.data);
			return { saved: true };
		});
	},
	deactivate: changeActive(false),
	reactivate: changeActive(true),
	passwordLink: async (event) => {
		const { actor, id } = adminActionTarget(event);
		return runAction({}, () => {
			const token = issueNewPasswordLink(getDb(), actor, id);
			return { link: setPasswordUrl(event.url, token) };
		});
	}
};
