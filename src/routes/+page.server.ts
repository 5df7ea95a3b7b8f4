import { redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/instance.js';
import { frontPage } from '#lib/server/home/views.js';
import { hasUsers } from '#lib/server/users/account.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const db = getDb();
	if (!locals.actor) {
		if (!hasUsers(db)) redirect(303, '/setup');
		return { overview: null };
	}
	return {
		...frontPage(db, locals.actor, new Date()),
		firstName: locals.user!.name.split(' ')[0]
	};
};
