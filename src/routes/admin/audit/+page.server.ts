import { adminRegion } from '#lib/kit/admin.js';
import { runOrError } from '#lib/kit/errors.js';
import { authorize, requireActor } from '#lib/kit/guard.js';
import { listAuditEvents } from '#lib/server/audit/log.js';
import { getDb } from '#lib/server/db/instance.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	const region = adminRegion(actor, event.url);
	authorize(actor, 'audit.read', { regionId: region.id });
	return runOrError(() => ({ events: listAuditEvents(getDb(), actor, region.id) }));
};
