import { raisePageSignal } from '../../documents/doc-schema';
import { docName } from '../../domain/doc-name';
import { changeLiveDoc, hasDoc } from '../collab/store';
import type { Queryable } from '../db/client';

/**
 * Tells every open page of a meeting that its data changed, through each live
 * document it has: pages still on the agenda (the meeting has just started,
 * and they do not know yet) as well as those on the minutes. A meeting without
 * documents has no live pages.
 */
export function announceMeetingChange(db: Queryable, meetingId: number): void {
	for (const kind of ['agenda', 'minutes'] as const) {
		const name = docName(kind, meetingId);
		if (hasDoc(db, name)) changeLiveDoc(db, name, raisePageSignal);
	}
}
