/**
 * The room's ordering invariant, against a storage and peers that write down
 * what happens to them: an update is stored before any peer is sent it, so a
 * crash after a broadcast loses nothing a client holds (tests/collab/crash.test.ts
 * kills a real server). A room takes its storage as given, so no database is needed.
 */
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from './close-codes';
import type { Logger } from './log';
import { Room, type RoomSettings } from './room';
import type { RoomStorage } from './storage';

const NAME = 'agenda:1';

const settings: RoomSettings = {
	compactAfterUpdates: 1_000,
	projectAfterMs: 60_000,
	unloadAfterMs: 60_000,
	maxAwarenessClientsPerPeer: 4
};

const silent: Logger = { warn: () => {}, error: () => {} };

/** What happened, in order: `append`, `send <peer>`, `close <peer> <code>`. */
let journal: string[];
let rooms: Room[];
/** Who the room said changed what: `<userId> <parts>`. */
let attributed: string[];

afterEach(() => {
	for (const room of rooms) room.shutDown(CLOSE.GOING_AWAY, 'test over');
});

function storage(options: { failAppend?: boolean; stored?: Map<number, Uint8Array> } = {}) {
	const appended: Uint8Array[] = [];
	let lastId = 1;
	const start = new Y.Doc();
	start.getText('text').insert(0, 'stored');
	const initial = Y.encodeStateAsUpdate(start);
	const roomStorage: RoomStorage = {
		load: () => {
			const doc = new Y.Doc();
			Y.applyUpdate(doc, initial);
			return { doc, throughUpdateId: 1, pendingUpdates: 1 };
		},
		append: (_name, update) => {
			journal.push('append');
			if (options.failAppend) throw new Error('disk full');
			appended.push(update);
			return ++lastId;
		},
		readUpdate: (_name, updateId) => options.stored?.get(updateId) ?? null,
		lastUpdateId: () => lastId,
		compact: () => {},
		project: () => {},
		attribute: (_name, userId, parts) => attributed.push(`${userId} ${parts.join(',')}`)
	};
	return { roomStorage, appended, initial };
}

function peer(name: string) {
	const received: Uint8Array[] = [];
	return {
		received,
		userId: name.length,
		canEdit: true,
		send(message: Uint8Array) {
			journal.push(`send ${name}`);
			received.push(message);
		},
		close(code: number) {
			journal.push(`close ${name} ${code}`);
		}
	};
}

function openRoom(roomStorage: RoomStorage) {
	journal = [];
	attributed = [];
	rooms = [];
	const room = Room.load(roomStorage, NAME, settings, silent, () => {})!;
	rooms.push(room);
	const sender = peer('sender');
	const other = peer('other');
	room.join(sender);
	room.join(other);
	// Joining sends each editor the server's state vector; the record starts after.
	journal.length = 0;
	sender.received.length = 0;
	other.received.length = 0;
	return { room, sender, other };
}

/** An update an editor makes to a copy of the document. */
function editing(room: Room, change: (doc: Y.Doc) => void): Uint8Array {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
	const before = Y.encodeStateVector(copy);
	change(copy);
	return Y.encodeStateAsUpdate(copy, before);
}

/** Text typed into a copy of the document. */
const typing = (room: Room, text: string) =>
	editing(room, (doc) => doc.getText('text').insert(0, text));

/** The update in a y-websocket update message ([0, 2, varBytes(update)]). */
function updateIn(message: Uint8Array): Uint8Array {
	const decoder = decoding.createDecoder(message);
	expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 2]);
	return decoding.readVarUint8Array(decoder);
}

const broadcast = () => new Promise((resolve) => setImmediate(resolve));

describe('a room stores an update before it sends it', () => {
	it('appends an editor’s update to storage, then sends it to the other peers only', async () => {
		const { roomStorage, appended, initial } = storage();
		const { room, sender, other } = openRoom(roomStorage);
		room.applyClientUpdate(sender, typing(room, 'typed '));
		await broadcast();

		expect(journal).toEqual(['append', 'send other']);
		expect(appended).toHaveLength(1);
		const seen = new Y.Doc();
		Y.applyUpdate(seen, initial);
		Y.applyUpdate(seen, updateIn(other.received[0]));
		expect(seen.getText('text').toString()).toBe('typed stored');
		expect(sender.received).toEqual([]);
	});

	it('sends nothing when storing fails, and closes every peer so that they reconnect', async () => {
		const { roomStorage } = storage({ failAppend: true });
		const { room, sender } = openRoom(roomStorage);
		room.applyClientUpdate(sender, typing(room, 'lost '));
		await broadcast();

		expect(journal).toEqual([
			'append',
			`close sender ${CLOSE.STORAGE_FAILED}`,
			`close other ${CLOSE.STORAGE_FAILED}`
		]);
	});

	it('sends an update the app stored without storing it again', async () => {
		const stored = new Map<number, Uint8Array>();
		const { roomStorage, appended } = storage({ stored });
		const { room } = openRoom(roomStorage);
		stored.set(7, typing(room, 'forwarded '));
		room.applyStoredUpdate(7);
		await broadcast();

		expect(journal).toEqual(['send sender', 'send other']);
		expect(appended).toEqual([]);
		expect(room.doc.getText('text').toString()).toBe('forwarded stored');
	});
});

describe('a room says who changed what', () => {
	it('attributes each editor’s update to its own user, by the top-level parts it changed', async () => {
		const { roomStorage } = storage();
		const { room, sender, other } = openRoom(roomStorage);
		room.applyClientUpdate(sender, typing(room, 'typed '));
		room.applyClientUpdate(
			other,
			editing(room, (doc) => {
				const paragraph = new Y.XmlElement('paragraph');
				paragraph.insert(0, [new Y.XmlText('deep')]);
				doc.getXmlFragment('activity').insert(0, [paragraph]);
			})
		);
		await broadcast();

		expect(attributed).toEqual([`${sender.userId} text`, `${other.userId} activity`]);
	});

	it('attributes nothing the app stored', async () => {
		const stored = new Map<number, Uint8Array>();
		const { roomStorage } = storage({ stored });
		const { room } = openRoom(roomStorage);
		stored.set(7, typing(room, 'forwarded '));
		room.applyStoredUpdate(7);
		await broadcast();

		expect(attributed).toEqual([]);
	});
});
