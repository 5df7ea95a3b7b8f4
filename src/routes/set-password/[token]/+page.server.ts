import { redirect } from '@sveltejs/kit';
import { runAction } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { setSessionCookie } from '#lib/kit/session-cookie.js';
import { userForPasswordToken } from '#lib/server/auth/password-token.js';
import { getDb } from '#lib/server/db/instance.js';
import { setPasswordWithToken } from '#lib/server/users/account.js';
import { setPasswordSchema } from '#lib/schemas/auth.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const owner = userForPasswordToken(getDb(), params.token);
	return { name: owner?.name ?? null };
};

export const actions: Actions = {
	default: async ({ request, params, cookies, url }) => {
		const parsed = await parseForm(request, setPasswordSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await runAction({}, () =>
			setPasswordWithToken(getDb(), params.token, parsed.data.password)
		);
		if (!('sessionToken' in result)) return result;
		setSessionCookie(cookies, url, result.sessionToken, result.expiresAt);
		redirect(303, '/');
	}
};
