import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '#lib/kit/forms.js';
import { safeRedirectPath } from '#lib/kit/redirect.js';
import { setDeviceCookie, setSessionCookie } from '#lib/kit/session-cookie.js';
import { DEVICE_COOKIE } from '#lib/server/auth/device.js';
import { logIn } from '#lib/server/auth/login.js';
import { readConfig } from '#lib/server/config.js';
import { getDb } from '#lib/server/db/instance.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '#lib/server/demo/seed.js';
import { hasUsers } from '#lib/server/users/account.js';
import { loginSchema } from '#lib/schemas/auth.js';
import type { FormFailure } from '#lib/kit/errors.js';
import type { Actions, PageServerLoad } from './$types';

type LoginFailure = FormFailure & { retryMinutes?: number };

export const load: PageServerLoad = ({ locals, url }) => {
	if (!hasUsers(getDb())) redirect(303, '/setup');
	if (locals.user) redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
	return {
		loggedOut: url.searchParams.has('loggedOut'),
		// Demo accounts are listed only in demo mode; a real installation has none.
		demo: readConfig().demoMode ? { password: DEMO_PASSWORD, accounts: DEMO_ACCOUNTS } : null
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress, setHeaders }) => {
		const parsed = await parseForm(request, loginSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await logIn(getDb(), {
			...parsed.data,
			address: getClientAddress(),
			deviceToken: cookies.get(DEVICE_COOKIE) ?? null
		});
		if (!result.ok) {
			const failure: LoginFailure = {
				message: 'login.invalid',
				values: { email: parsed.data.email },
				issues: {}
			};
			if (result.reason === 'invalid') return fail(400, failure);
			setHeaders({ 'Retry-After': String(result.retryAfter) });
			return fail(429, {
				...failure,
				message: 'login.throttled',
				retryMinutes: Math.ceil(result.retryAfter / 60)
			});
		}
		setSessionCookie(cookies, url, result.token, result.expiresAt);
		setDeviceCookie(cookies, url, result.deviceToken);
		redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
	}
};
