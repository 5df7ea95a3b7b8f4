/**
 * What a room needs of the place its document is kept. The entry (index.ts)
 * passes it in, so a room knows no database: another store (PostgreSQL,
 * several server instances) plugs in here.
 */
import type * as Y from 'yjs';
import type { LoadedDoc } from '../../src/lib/server/collab/store';

export interface RoomStorage {
	/** The stored document, or null when nothing was ever stored under the name; throws when unreadable. */
	load(name: string): LoadedDoc | null;
	/**
	 * Stores an update durably and returns its id. The room sends the update
	 * to nobody before this returns, so a crash loses nothing a client was sent.
	 */
	append(name: string, update: Uint8Array): number;
	/** An update the app stored (`changeLiveDoc`) while the room was open; null when gone. */
	readUpdate(name: string, updateId: number): Uint8Array | null;
	/** Id of the newest stored update (0: none): compaction checks that the room has them all. */
	lastUpdateId(name: string): number;
	/** Folds the log up to `throughUpdateId` into one snapshot, given a document holding those updates. */
	compact(name: string, doc: Y.Doc, throughUpdateId: number): void;
	/** Refreshes what is derived from the document (a meeting's agenda_item table, an application's texts). */
	project(name: string, doc: Y.Doc): void;
	/** Puts down that the user changed these top-level parts of the document (who changed an application's text). */
	attribute(name: string, userId: number, changedParts: readonly string[]): void;
}
