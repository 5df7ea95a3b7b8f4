/** Room storage in the app's SQLite database: the update log and snapshots of store.ts, and the projection. */
import type { Db } from '../../src/lib/server/db/client';
import {
	appendUpdate,
	compactDoc,
	lastUpdateId,
	loadDoc,
	readUpdate
} from '../../src/lib/server/collab/store';
import { attributeLiveEdit, projectApplicationTexts } from '../../src/lib/server/grants/live-texts';
import { projectDocument } from '../../src/lib/server/meetings/projection';
import type { RoomStorage } from './storage';

export function sqliteStorage(db: Db): RoomStorage {
	return {
		load: (name) => loadDoc(db, name),
		append: (name, update) => appendUpdate(db, name, update),
		readUpdate: (name, updateId) => readUpdate(db, name, updateId),
		lastUpdateId: (name) => lastUpdateId(db, name),
		compact: (name, doc, throughUpdateId) => compactDoc(db, name, doc, throughUpdateId),
		// Each projection passes over the names that are not its own.
		project: (name, doc) => {
			projectDocument(db, name, doc);
			projectApplicationTexts(db, name, doc);
		},
		attribute: (name, userId, changedParts) => attributeLiveEdit(db, name, userId, changedParts)
	};
}
