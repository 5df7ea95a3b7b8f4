import { redirect } from '@sveltejs/kit';
import { runAction } from '$lib/kit/errors';
import { parseForm } from '$lib/kit/forms';
import { setSessionCookie } from '$lib/kit/session-cookie';
import { userForPasswordToken } from '$lib/server/auth/password-token';
import { getDb } from '$lib/server/db/instance';
import { setPasswordWithToken } from '$lib/server/users/account';
import { setPasswordSchema } from '$lib/schemas/auth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const owner = userForPasswordToken(getDb(), params.token);
	return { name: owner?.name ?? null };
};

export const actions: Actions = {
	default: async ({ request, params, cookies, url }) => {
		const parsed = await parseForm(request, setPasswordSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await runAction({}, () => setPasswordWithToken(getDb(), params.token, parsed.data.password));
		if (!('sessionToken' in result)) return result;
		setSessionCookie(cookies, url, result.sessionToken, result.expiresAt);
		redirect(303, '/');
	}
};
