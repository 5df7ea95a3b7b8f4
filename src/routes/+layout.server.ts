import { readConfig } from '#lib/server/config.js';
import { getDb } from '#lib/server/db/instance.js';
import { siteHeader } from '#lib/server/home/views.js';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	demoMode: readConfig().demoMode,
	user: locals.user && { name: locals.user.name, email: locals.user.email },
	...siteHeader(getDb(), locals.actor)
});
