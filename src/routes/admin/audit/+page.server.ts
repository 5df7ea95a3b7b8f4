import { adminRegion } from '$lib/kit/admin';
import { runOrError } from '$lib/kit/errors';
import { authorize, requireActor } from '$lib/kit/guard';
import { listAuditEvents } from '$lib/server/audit/log';
import { getDb } from '$lib/server/db/instance';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	const region = adminRegion(actor, event.url);
	authorize(actor, 'audit.read', { regionId: region.id });
	return runOrError(() => ({ events: listAuditEvents(getDb(), actor, region.id) }));
};
