import { can } from '$lib/domain/policy';
import { readConfig } from '$lib/server/config';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	demoMode: readConfig().demoMode,
	user: locals.user && { name: locals.user.name, email: locals.user.email },
	canAdmin: can(locals.actor, 'admin.access', null)
});
