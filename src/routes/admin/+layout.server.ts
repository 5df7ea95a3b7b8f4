import { can } from '#lib/domain/policy.js';
import { adminRegion, regionSlugFor } from '#lib/kit/admin.js';
import { authorize, requireActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { listActorRegions } from '#lib/server/regions/queries.js';
import type { LayoutServerLoad } from './$types';

/** Navigation and the region chooser only: every page and action checks access itself. */
export const load: LayoutServerLoad = (event) => {
	const actor = requireActor(event);
	authorize(actor, 'admin.access', null);
	const region = adminRegion(actor, event.url);
	const regions = listActorRegions(getDb(), actor);
	return {
		region: { name: region.name, slug: region.slug },
		regions: regions.length > 1 ? regions.map((r) => ({ name: r.name, slug: r.slug })) : [],
		regionSlug: regionSlugFor(actor, region.id),
		canReadFeedback: can(actor, 'feedback.read', null),
		canReadAudit: can(actor, 'audit.read', { regionId: region.id })
	};
};
