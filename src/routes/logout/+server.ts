import { redirect } from '@sveltejs/kit';
import { invalidateSession } from '#lib/server/auth/session.js';
import { getDb } from '#lib/server/db/instance.js';
import { clearSessionCookie } from '#lib/kit/session-cookie.js';
import type { RequestHandler } from './$types';

/** Ends the session on the server, not only in the browser. */
export const POST: RequestHandler = ({ locals, cookies, url }) => {
	if (locals.session) invalidateSession(getDb(), locals.session.id);
	clearSessionCookie(cookies, url);
	redirect(303, '/login?loggedOut=1');
};
