import type { RequestEvent } from '@sveltejs/kit';
import type { Actor } from '#lib/domain/policy.js';
import { getDb } from '#lib/server/db/instance.js';
import type { Region } from '#lib/server/db/schema/index.js';
import { listActorRegions, pickRegion } from '#lib/server/regions/queries.js';
import { httpError } from './errors';
import { authorize, requireActor } from './guard';

/** The region an admin list works on: `?region=<slug>` for administrators, otherwise the actor's own. */
export function adminRegion(actor: Actor, url: URL): Region {
	const region = pickRegion(getDb(), actor, url.searchParams.get('region'));
	if (!region) httpError(404, 'error.notFound');
	return region;
}

/**
 * The slug to keep in admin links when the actor can choose between regions;
 * null for everyone else, whose links stay short.
 */
export function regionSlugFor(actor: Actor, regionId: number): string | null {
	const regions = listActorRegions(getDb(), actor);
	return regions.length > 1 ? (regions.find((r) => r.id === regionId)?.slug ?? null) : null;
}

/**
 * The start of every form action on an admin detail page (`/admin/…/[id]`):
 * the signed-in actor, allowed into administration, and the id in the address.
 * The use case then checks the specific permission on that record.
 */
export function adminActionTarget(
	event: Pick<RequestEvent, 'locals' | 'url'> & { params: { id: number } }
): { actor: Actor; id: number } {
	const actor = requireActor(event);
	authorize(actor, 'admin.access', null);
	return { actor, id: event.params.id };
}

/** The one-time link a user opens to set their password (valid 7 days). */
export function setPasswordUrl(url: URL, token: string): string {
	return `${url.origin}/set-password/${token}`;
}
