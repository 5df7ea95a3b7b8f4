import { can } from '#lib/domain/policy.js';
import { readConfig } from '#lib/server/config.js';
import { getDb } from '#lib/server/db/instance.js';
import { countUnread } from '#lib/server/notifications/service.js';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	demoMode: readConfig().demoMode,
	user: locals.user && { name: locals.user.name, email: locals.user.email },
	canAdmin: can(locals.actor, 'admin.access', null),
	unreadNotifications: locals.actor ? countUnread(getDb(), locals.actor) : 0
});
