import { redirect, type RequestEvent } from '@sveltejs/kit';
import { httpError } from './errors';
import { can, type Action, type Actor, type TargetOf } from '#lib/domain/policy.js';

/** Pages: send an anonymous visitor to the login page and back here afterwards. */
export function requireActor(event: Pick<RequestEvent, 'locals' | 'url'>): Actor {
	const { actor } = event.locals;
	if (!actor) {
		const back = event.url.pathname + event.url.search;
		redirect(303, `/login?redirectTo=${encodeURIComponent(back)}`);
	}
	return actor;
}

/** API routes: no redirects, just 401. */
export function requireApiActor(event: Pick<RequestEvent, 'locals'>): Actor {
	if (!event.locals.actor) httpError(401, 'error.unauthenticated');
	return event.locals.actor;
}

/** Refuses with a 403 page that names what the user was not allowed to do. */
export function authorize<A extends Action>(
	actor: Actor | null,
	action: A,
	target: TargetOf<A>
): void {
	if (!can(actor, action, target)) httpError(403, `forbidden.${action}`);
}
