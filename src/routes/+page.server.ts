import { redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/instance.js';
import { calendarGlance } from '#lib/server/calendar/year.js';
import { getHomeOverview } from '#lib/server/home/overview.js';
import { hasUsers } from '#lib/server/users/account.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const db = getDb();
	if (!locals.actor) {
		if (!hasUsers(db)) redirect(303, '/setup');
		return { overview: null };
	}
	return {
		overview: getHomeOverview(db, locals.actor),
		calendar: calendarGlance(db, locals.actor),
		firstName: locals.user!.name.split(' ')[0]
	};
};
