import type { Cookies } from '@sveltejs/kit';
import { DEVICE_COOKIE, DEVICE_LIFETIME_MS } from '#lib/server/auth/device.js';
import { SESSION_COOKIE } from '#lib/server/auth/session.js';

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}

/** The known-device cookie: this browser has signed in to the account before (src/lib/server/auth/device.ts). */
export function setDeviceCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(DEVICE_COOKIE, token, {
		path: '/login',
		httpOnly: true,
		sameSite: 'strict',
		secure: url.protocol === 'https:',
		maxAge: DEVICE_LIFETIME_MS / 1000
	});
}
