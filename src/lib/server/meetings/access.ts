/**
 * What a user may do with a live document, decided by the same policy as the
 * pages: edit, read only, or nothing. Used by the collaboration server for
 * every connection and by the meeting page to choose editor or reader. Plan
 * documents (`document:<id>`) are decided by the consultations area.
 */
import { eq } from 'drizzle-orm';
import { parseDocName } from '../../domain/doc-name';
import { agendaEditable, hasMinutes, minutesEditable } from '../../domain/meetings';
import { can, type Actor } from '../../domain/policy';
import { bodyTarget } from '../bodies/target';
import { planDocumentAccess } from '../consultations/documents';
import type { Queryable } from '../db/client';
import { body, meeting } from '../db/schema';

export type DocAccess = 'edit' | 'read' | 'deny';

export function documentAccess(db: Queryable, actor: Actor | null, name: string): DocAccess {
	const parsed = parseDocName(name);
	if (!parsed || !actor) return 'deny';
	if (parsed.kind === 'document') return planDocumentAccess(db, actor, parsed.documentId);
	const row = db
		.select({ status: meeting.status, body })
		.from(meeting)
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(meeting.id, parsed.meetingId))
		.get();
	if (!row) return 'deny';
	const target = bodyTarget(row.body);
	if (parsed.kind === 'agenda') {
		if (agendaEditable(row.status) && can(actor, 'agenda.edit', target)) return 'edit';
		return can(actor, 'meeting.read', target) ? 'read' : 'deny';
	}
	if (!hasMinutes(row.status) || !can(actor, 'minutes.read', target)) return 'deny';
	// In review and once approved, minutes are read-only for everyone, whatever their role.
	return minutesEditable(row.status) && can(actor, 'minutes.edit', target) ? 'edit' : 'read';
}
