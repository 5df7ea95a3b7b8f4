import { setPasswordUrl } from '#lib/kit/admin.js';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { updateUserSchema } from '#lib/schemas/admin.js';
import { noFields } from '#lib/schemas/meetings.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	authorizeNationalRole,
	getManagedUser,
	issueNewPasswordLink,
	setNationalRole,
	setUserActive,
	updateUser
} from '#lib/server/users/admin.js';
import { adminUserPage } from '#lib/server/users/views.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => adminUserPage(getDb(), actor, event.params.id));
};

function changeActive(active: boolean) {
	return (event: RequestEvent) =>
		formAction(event, {
			authorize: (db, actor) => getManagedUser(db, actor, event.params.id),
			schema: noFields,
			run: (db, actor) => {
				setUserActive(db, actor, event.params.id, active);
				return {
					activeChanged: active ? 'admin.users.reactivated' : 'admin.users.deactivated'
				};
			}
		});
}

function changeNationalRole(nationalRole: boolean) {
	return (event: RequestEvent) =>
		formAction(event, {
			authorize: (db, actor) => authorizeNationalRole(db, actor, event.params.id),
			schema: noFields,
			run: (db, actor) => {
				setNationalRole(db, actor, event.params.id, nationalRole);
				return {
					nationalRoleChanged: nationalRole
						? 'admin.users.nationalRoleGranted'
						: 'admin.users.nationalRoleRemoved'
				};
			}
		});
}

export const actions: Actions = {
	save: (event) =>
		formAction(event, {
			authorize: (db, actor) => getManagedUser(db, actor, event.params.id),
			schema: updateUserSchema,
			run: (db, actor, data) => {
				updateUser(db, actor, event.params.id, data);
				return { saved: true };
			}
		}),
	deactivate: changeActive(false),
	reactivate: changeActive(true),
	grantNationalRole: changeNationalRole(true),
	removeNationalRole: changeNationalRole(false),
	passwordLink: (event) =>
		formAction(event, {
			authorize: (db, actor) => getManagedUser(db, actor, event.params.id),
			schema: noFields,
			run: (db, actor) => ({
				link: setPasswordUrl(event.url, issueNewPasswordLink(db, actor, event.params.id))
			})
		})
};
