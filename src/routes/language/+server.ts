import { redirect } from '@sveltejs/kit';
import { isLanguage } from '#lib/domain/roles.js';
import { httpError } from '#lib/kit/errors.js';
import { readForm } from '#lib/kit/forms.js';
import { LANGUAGE_COOKIE } from '#lib/kit/language.js';
import { safeRedirectPath } from '#lib/kit/redirect.js';
import { getDb } from '#lib/server/db/instance.js';
import { setPreferredLanguage } from '#lib/server/users/account.js';
import type { RequestHandler } from './$types';

/** Remembers the chosen language in a cookie and, for a signed-in user, in their profile. */
export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
	const form = await readForm(request);
	if (!form) httpError(400, 'validation.unreadableForm');
	const lang = form.get('lang');
	if (isLanguage(lang)) {
		cookies.set(LANGUAGE_COOKIE, lang, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: 60 * 60 * 24 * 365
		});
		if (locals.actor) setPreferredLanguage(getDb(), locals.actor, lang);
	}
	redirect(303, safeRedirectPath(form.get('redirectTo')));
};
