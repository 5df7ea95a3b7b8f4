import { sequence, type Handle, type HandleServerError } from '@sveltejs/kit/hooks';
import { isLanguage } from '#lib/domain/roles.js';
import { DEFAULT_LANGUAGE, languageFromHeader, translator } from '#lib/i18n/index.js';
import { loadActor } from '#lib/server/auth/actor.js';
import { SESSION_COOKIE, validateSessionToken } from '#lib/server/auth/session.js';
import { getDb } from '#lib/server/db/instance.js';
import { clearSessionCookie, setSessionCookie } from '#lib/kit/session-cookie.js';
import { LANGUAGE_COOKIE } from '#lib/kit/language.js';

/** Loads the session, the user and the policy's actor once per request. */
const authenticate: Handle = ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	event.locals.actor = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const db = getDb();
		const { session, user } = validateSessionToken(db, token);
		if (session) {
			setSessionCookie(event.cookies, event.url, token, session.expiresAt);
			event.locals.session = session;
			event.locals.user = user;
			event.locals.actor = loadActor(db, user);
		} else {
			clearSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};

/** The user's own language, else the one they picked, else the browser's; Finnish by default. */
const localise: Handle = ({ event, resolve }) => {
	const picked = event.cookies.get(LANGUAGE_COOKIE);
	event.locals.locale =
		event.locals.user?.preferredLanguage ??
		(isLanguage(picked)
			? picked
			: languageFromHeader(event.request.headers.get('accept-language')));
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set(
		'Permissions-Policy',
		'camera=(), microphone=(), geolocation=(), payment=()'
	);
	// The URL's protocol is ORIGIN's: behind https, browsers are told to stay on it.
	if (event.url.protocol === 'https:')
		response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	return response;
};

/** An API client gets JSON for an address that does not exist, not the HTML error page. */
const apiNotFound: Handle = ({ event, resolve }) => {
	if (event.route.id === null && event.url.pathname.startsWith('/api/')) {
		return Response.json(
			{ message: translator(event.locals.locale).t('error.notFound') },
			{ status: 404 }
		);
	}
	return resolve(event);
};

export const handle = sequence(securityHeaders, authenticate, localise, apiNotFound);

export const handleError: HandleServerError = ({ kind, error, event }) => {
	// Errors thrown with error(…) (httpError) already carry their message and key.
	if (kind === 'app') return;
	const status = kind === 'unknown' ? 500 : error.status;
	if (status !== 404) console.error(error);
	const key = status === 404 ? 'error.notFound' : 'error.internal';
	return { message: translator(event.locals.locale ?? DEFAULT_LANGUAGE).t(key), key };
};
