/**
 * Which way data flows: the live document is the source of the agenda items
 * (titles, order, presenter, public flag); the `agenda_item` table is a
 * projection of it for lists, the API, search and PDF. Before the meeting the
 * agenda document is projected, from the start on the minutes document. Only
 * `startedAt` belongs to the table itself.
 */
import { and, eq, notInArray } from 'drizzle-orm';
import type * as Y from 'yjs';
import { readItems } from '../../documents/doc-schema';
import { parseDocName } from '../../domain/doc-name';
import { hasMinutes, type MeetingStatus } from '../../domain/meetings';
import type { Db, Queryable } from '../db/client';
import { agendaItem, meeting } from '../db/schema';
import { reindexMeeting } from '../search/index';
import { nextRevision } from './revision';
import { listItems } from './rows';

/** True when this document currently owns the meeting's item list. */
function isSourceOfItems(kind: 'agenda' | 'minutes', status: MeetingStatus): boolean {
	return kind === 'minutes' ? hasMinutes(status) : !hasMinutes(status);
}

/**
 * Writes the document's items into the table. When their titles or order
 * change, the meeting's calendar event changes (its description lists them),
 * so its revision rises; the first projection, when the meeting is created,
 * only fills the list.
 */
export function projectItems(db: Queryable, meetingId: number, doc: Y.Doc): void {
	const items = readItems(doc);
	db.transaction((tx) => {
		const titlesBefore = listItems(tx, [meetingId]).map((i) => i.title);
		const titlesAfter = items.map((i) => i.title);
		if (titlesBefore.length > 0 && JSON.stringify(titlesBefore) !== JSON.stringify(titlesAfter))
			tx.update(meeting).set({ revision: nextRevision }).where(eq(meeting.id, meetingId)).run();
		items.forEach((item, position) => {
			const values = {
				title: item.title,
				presenter: item.presenter,
				public: item.public,
				position
			};
			tx.insert(agendaItem)
				.values({ meetingId, key: item.id, ...values })
				.onConflictDoUpdate({ target: [agendaItem.meetingId, agendaItem.key], set: values })
				.run();
		});
		const keys = items.map((i) => i.id);
		tx.delete(agendaItem)
			.where(
				keys.length
					? and(eq(agendaItem.meetingId, meetingId), notInArray(agendaItem.key, keys))
					: eq(agendaItem.meetingId, meetingId)
			)
			.run();
	});
}

/**
 * Called by the collaboration server (debounced) after it has stored changes
 * to a document: refreshes the item list and the meeting's search entries.
 */
export function projectDocument(db: Db, name: string, doc: Y.Doc): void {
	const parsed = parseDocName(name);
	if (!parsed || !('meetingId' in parsed)) return;
	const row = db
		.select({ status: meeting.status })
		.from(meeting)
		.where(eq(meeting.id, parsed.meetingId))
		.get();
	if (!row) return;
	if (isSourceOfItems(parsed.kind, row.status)) projectItems(db, parsed.meetingId, doc);
	reindexMeeting(db, parsed.meetingId, { name, doc });
}
