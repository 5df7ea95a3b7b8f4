import { raisePageSignal } from '../../collab/doc-schema';
import { docName } from '../../domain/doc-name';
import { changeLiveDoc, hasDoc } from '../collab/store';
import type { Queryable } from '../db/client';

/**
 * Tells every open page of a meeting that its data changed, through the live
 * document the pages are connected to: the minutes once the meeting has
 * started, else the agenda. A meeting without documents has no live pages.
 */
export function announceMeetingChange(db: Queryable, meetingId: number): void {
	const live = (['minutes', 'agenda'] as const).map((kind) => docName(kind, meetingId)).find((name) => hasDoc(db, name));
	if (live) changeLiveDoc(db, live, raisePageSignal);
}
