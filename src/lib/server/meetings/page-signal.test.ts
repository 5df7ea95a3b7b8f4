import * as Y from 'yjs';
import { describe, expect, test } from 'vitest';
import { onPageSignal, raisePageSignal } from '../../documents/doc-schema';
import { docName } from '../../domain/doc-name';
import { loadDoc, storeNewDoc } from '../collab/store';
import { createTestDb } from '../db/testing';
import { announceMeetingChange } from './page-signal';

/** How many signals a client that has the stored document would see, applying what is stored after it. */
function signalsSeen(
	db: ReturnType<typeof createTestDb>,
	name: string,
	change: () => void
): number {
	const client = new Y.Doc();
	Y.applyUpdate(client, Y.encodeStateAsUpdate(loadDoc(db, name)!.doc));
	let seen = 0;
	const stop = onPageSignal(client, () => seen++);
	change();
	Y.applyUpdate(client, Y.encodeStateAsUpdate(loadDoc(db, name)!.doc), 'server');
	stop();
	return seen;
}

describe('announcing a meeting change to its open pages', () => {
	test('goes through the agenda, and the minutes once they exist, so pages still on the agenda hear the start', () => {
		const db = createTestDb();
		storeNewDoc(db, docName('agenda', 7), new Y.Doc());
		expect(signalsSeen(db, docName('agenda', 7), () => announceMeetingChange(db, 7))).toBe(1);
		storeNewDoc(db, docName('minutes', 7), new Y.Doc());
		expect(signalsSeen(db, docName('agenda', 7), () => announceMeetingChange(db, 7))).toBe(1);
		expect(signalsSeen(db, docName('minutes', 7), () => announceMeetingChange(db, 7))).toBe(1);
	});

	test('does nothing for a meeting without live documents', () => {
		const db = createTestDb();
		expect(() => announceMeetingChange(db, 8)).not.toThrow();
		expect(loadDoc(db, docName('minutes', 8))).toBeNull();
	});

	test('is not heard as a change by the page that made it locally', () => {
		const doc = new Y.Doc();
		let seen = 0;
		onPageSignal(doc, () => seen++);
		raisePageSignal(doc);
		expect(seen).toBe(0);
	});
});
