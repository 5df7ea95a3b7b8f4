import { redirect } from '@sveltejs/kit';
import { httpError, runAction } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { setSessionCookie } from '#lib/kit/session-cookie.js';
import { createSession } from '#lib/server/auth/session.js';
import { getDb } from '#lib/server/db/instance.js';
import { hasUsers, setUpFirstAdmin } from '#lib/server/users/account.js';
import { setupSchema } from '#lib/schemas/auth.js';
import type { Actions, PageServerLoad } from './$types';

/** The first-run page exists only while the database has no user at all. */
function assertFirstRun() {
	if (hasUsers(getDb())) httpError(404, 'error.notFound');
}

export const load: PageServerLoad = () => {
	assertFirstRun();
};

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		assertFirstRun();
		const parsed = await parseForm(request, setupSchema);
		if (!parsed.ok) return parsed.failure;
		const db = getDb();
		const result = await runAction(parsed.values, () => setUpFirstAdmin(db, parsed.data));
		if (!('id' in result)) return result;
		const { token, session } = createSession(db, result.id);
		setSessionCookie(cookies, url, token, session.expiresAt);
		redirect(303, '/admin');
	}
};
