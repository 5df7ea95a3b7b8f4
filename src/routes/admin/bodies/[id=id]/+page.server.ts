import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { bodySchema, memberSchema, membershipSchema } from '#lib/schemas/admin.js';
import {
	addMembership,
	authorizeBodyManagement,
	authorizeMembershipChange,
	changeMembershipRole,
	removeMembership,
	updateBody
} from '#lib/server/bodies/service.js';
import { adminBodyPage } from '#lib/server/bodies/views.js';
import { getDb } from '#lib/server/db/instance.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => adminBodyPage(getDb(), actor, event.params.id));
};

/*
 * Each form sends a hidden `form` field, echoed back in a failure's values,
 * so the page shows a problem beside the form that caused it.
 */
export const actions: Actions = {
	save: (event) =>
		formAction(event, {
			authorize: (db, actor) => authorizeBodyManagement(db, actor, event.params.id),
			schema: bodySchema,
			run: (db, actor, data) => {
				updateBody(db, actor, event.params.id, data);
				return { done: 'common.saved' };
			}
		}),
	addMember: (event) =>
		formAction(event, {
			authorize: (db, actor) => authorizeMembershipChange(db, actor, event.params.id),
			schema: membershipSchema,
			run: (db, actor, data) => {
				addMembership(db, actor, event.params.id, data);
				return { done: 'admin.members.added' };
			}
		}),
	changeRole: (event) =>
		formAction(event, {
			authorize: (db, actor) => authorizeMembershipChange(db, actor, event.params.id),
			schema: membershipSchema,
			run: (db, actor, data) => {
				changeMembershipRole(db, actor, event.params.id, data.userId, data.role);
				return { done: 'admin.members.changed' };
			}
		}),
	removeMember: (event) =>
		formAction(event, {
			authorize: (db, actor) => authorizeMembershipChange(db, actor, event.params.id),
			schema: memberSchema,
			run: (db, actor, data) => {
				removeMembership(db, actor, event.params.id, data.userId);
				return { done: 'admin.members.removed' };
			}
		})
};
