import { adminActionTarget, regionSlugFor } from '#lib/kit/admin.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { authorize, requireActor } from '#lib/kit/guard.js';
import { bodySchema, memberSchema, membershipSchema } from '#lib/schemas/admin.js';
import {
	addMembership,
	changeMembershipRole,
	getBodyForAdmin,
	removeMembership,
	updateBody
} from '#lib/server/bodies/service.js';
import { getDb } from '#lib/server/db/instance.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	authorize(actor, 'admin.access', null);
	const id = event.params.id;
	return runOrError(() => {
		const found = getBodyForAdmin(getDb(), actor, id);
		return { ...found, regionSlug: regionSlugFor(actor, found.body.regionId) };
	});
};

/*
 * Each form sends a hidden `form` field, echoed back in a failure's values,
 * so the page shows a problem beside the form that caused it.
 */
export const actions: Actions = {
	save: async (event) => {
		const { actor, id } = adminActionTarget(event);
		const parsed = await parseForm(event.request, bodySchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			updateBody(getDb(), actor, id, parsed.data);
			return { done: 'common.saved' };
		});
	},
	addMember: async (event) => {
		const { actor, id } = adminActionTarget(event);
		const parsed = await parseForm(event.request, membershipSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			addMembership(getDb(), actor, id, parsed.data);
			return { done: 'admin.members.added' };
		});
	},
	changeRole: async (event) => {
		const { actor, id } = adminActionTarget(event);
		const parsed = await parseForm(event.request, membershipSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			changeMembershipRole(getDb(), actor, id, parsed.data.userId, parsed.data.role);
			return { done: 'admin.members.changed' };
		});
	},
	removeMember: async (event) => {
		const { actor, id } = adminActionTarget(event);
		const parsed = await parseForm(event.request, memberSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			removeMembership(getDb(), actor, id, parsed.data.userId);
			return { done: 'admin.members.removed' };
		});
	}
};
