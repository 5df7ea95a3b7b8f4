import type { Actor } from '../../domain/policy';
import type { Queryable } from '../db/client';
import { authorizeRegion } from '../regions/visible';
import { listAuditEvents } from './log';

/** `/admin/audit`: the region's audit log, newest first. */
export function auditPage(db: Queryable, actor: Actor, regionSlug: string | null) {
	const region = authorizeRegion(db, actor, regionSlug, 'audit.read');
	return { events: listAuditEvents(db, actor, region.id) };
}
