/**
 * The collaboration server against real y-websocket clients over loopback:
 * convergence, access at the upgrade and after it, read-only enforcement,
 * hostile input, storage and unloading.
 */
import { count, eq } from 'drizzle-orm';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CLOSE } from '../../server/collab/index';
import { appendParagraphs, plainText, readItems, textOf } from '../../src/lib/documents/doc-schema';
import { invalidateSession } from '../../src/lib/server/auth/session';
import {
	docSnapshot,
	docUpdate,
	meeting,
	membership,
	session
} from '../../src/lib/server/db/schema';
import { changeLiveDoc } from '../../src/lib/server/collab/store';
import { emitAfterCommit } from '../../src/lib/server/events';
import { sendMinutesToReview } from '../../src/lib/server/meetings/service';
import { actorOf } from '../../src/lib/server/testing/fixtures';
import { createCollabFixture, type CollabFixture } from './fixture';
import {
	closeCode,
	connectClient,
	createTempDb,
	openRaw,
	sameState,
	startServer,
	storedDoc,
	synced,
	upgradeStatus,
	waitFor,
	type Client,
	type RunningServer,
	type TempDb
} from './harness';

const MAX_MESSAGE = 64 * 1024;

let temp: TempDb;
let fixture: CollabFixture;
let server: RunningServer;
const clients: Client[] = [];
const sockets: WebSocket[] = [];

function client(docName: string, token: string | null): Client {
	const c = connectClient(server, docName, token);
	clients.push(c);
	return c;
}

async function raw(docName: string, token: string): Promise<WebSocket> {
	const ws = await openRaw(server, docName, token);
	sockets.push(ws);
	return ws;
}

function minutes(meetingId = fixture.meetingId): string {
	return `minutes:${meetingId}`;
}

/** Appends a paragraph to the discussion of the first item, as the editor would. */
function write(doc: Y.Doc, text: string): void {
	const [item] = readItems(doc);
	appendParagraphs(textOf(doc, 'discussion', item.id), text);
}

function discussion(doc: Y.Doc): string {
	const [item] = readItems(doc);
	return item ? plainText(textOf(doc, 'discussion', item.id)) : '';
}

function updateCount(docName: string): number {
	return (
		temp.db.select({ n: count() }).from(docUpdate).where(eq(docUpdate.docName, docName)).get()?.n ??
		0
	);
}

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 0);
	write(encoder);
	return encoding.toUint8Array(encoder);
}

/** Resolves with the next message on a raw socket. */
function nextMessage(ws: WebSocket): Promise<Uint8Array> {
	return new Promise((resolve) =>
		ws.once('message', (data: Buffer) => resolve(new Uint8Array(data)))
	);
}

/** The document a sync step 2 reply carries. */
function docFromStep2(message: Uint8Array): Y.Doc {
	const decoder = decoding.createDecoder(message);
	expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 1]);
	const doc = new Y.Doc();
	Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
	return doc;
}

beforeEach(async () => {
	temp = createTempDb();
	fixture = createCollabFixture(temp.db);
	server = await startServer(temp.db, {
		limits: { maxMessageBytes: MAX_MESSAGE },
		rooms: { unloadAfterMs: 100, projectAfterMs: 20 }
	});
});

afterEach(async () => {
	for (const c of clients.splice(0)) c.destroy();
	for (const ws of sockets.splice(0)) ws.terminate();
	await server.close();
	temp.remove();
});

describe('editing together', () => {
	it('two editors converge, and what they see is what is stored', async () => {
		const a = client(minutes(), fixture.secretary.token);
		const b = client(minutes(), fixture.chair.token);
		await Promise.all([synced(a), synced(b)]);
		write(a.doc, 'Sihteeri kirjaa.');
		write(b.doc, 'Puheenjohtaja lisää.');
		await waitFor(
			() =>
				sameState(a.doc, b.doc) &&
				discussion(a.doc).includes('lisää') &&
				discussion(a.doc).includes('kirjaa')
		);
		expect(discussion(b.doc)).toBe(discussion(a.doc));
		expect(sameState(storedDoc(temp.db, minutes()), a.doc)).toBe(true);
	});

	it('does not echo an update to the client that sent it', async () => {
		const ws = await raw(minutes(), fixture.secretary.token);
		const other = client(minutes(), fixture.chair.token);
		await synced(other);
		const received: Uint8Array[] = [];
		ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
		const doc = storedDoc(temp.db, minutes());
		doc.on('update', (update: Uint8Array) =>
			ws.send(syncMessage((e) => syncProtocol.writeUpdate(e, update)))
		);
		write(doc, 'Ei kaikua.');
		await waitFor(() => discussion(other.doc).includes('Ei kaikua.'));
		// Round trip on the same socket: its reply comes after anything the update caused.
		ws.send(syncMessage((e) => syncProtocol.writeSyncStep1(e, doc)));
		await waitFor(() => received.some((m) => m[0] === 0 && m[1] === 1));
		expect(received.filter((m) => m[0] === 0 && m[1] === 2)).toHaveLength(0);
	});

	it('brings a change the app stores (changeLiveDoc) to open editors, stored once', async () => {
		const a = client(minutes(), fixture.secretary.token);
		await synced(a);
		const before = updateCount(minutes());
		changeLiveDoc(temp.db, minutes(), (doc) => write(doc, 'Sovellus lisäsi.'));
		await waitFor(() => discussion(a.doc).includes('Sovellus lisäsi.'));
		write(a.doc, 'Ja sihteeri jatkaa.');
		await waitFor(() => discussion(storedDoc(temp.db, minutes())).includes('jatkaa'));
		expect(updateCount(minutes())).toBe(before + 2);
		expect(sameState(storedDoc(temp.db, minutes()), a.doc)).toBe(true);
	});

	it('compacts the log into a snapshot and unloads a document nobody has open', async () => {
		await server.close();
		server = await startServer(temp.db, { rooms: { unloadAfterMs: 100, compactAfterUpdates: 20 } });
		const a = client(minutes(), fixture.secretary.token);
		await synced(a);
		for (let i = 0; i < 50; i++) write(a.doc, `Kappale ${i}.`);
		await waitFor(() => sameState(storedDoc(temp.db, minutes()), a.doc), 5_000, 'stored');
		await waitFor(
			() =>
				temp.db.select().from(docSnapshot).where(eq(docSnapshot.docName, minutes())).get() !==
				undefined
		);
		expect(updateCount(minutes())).toBeLessThan(50);
		expect(server.collab.loadedDocuments()).toEqual([minutes()]);
		a.destroy();
		await waitFor(() => server.collab.loadedDocuments().length === 0, 3_000, 'unload');
		expect(updateCount(minutes())).toBe(0);
		expect(discussion(storedDoc(temp.db, minutes()))).toContain('Kappale 49.');
	});
});

describe('presence', () => {
	it("shows each editor the other's latest presence, and removes it when they leave", async () => {
		const a = client(minutes(), fixture.secretary.token);
		const b = client(minutes(), fixture.chair.token);
		await Promise.all([synced(a), synced(b)]);
		// A burst of cursor moves reaches the other side as its last state, however it is batched.
		for (let i = 0; i < 50; i++) a.provider.awareness.setLocalStateField('cursor', i);
		b.provider.awareness.setLocalStateField('cursor', 'b');
		const aId = a.doc.clientID;
		await waitFor(
			() => b.provider.awareness.getStates().get(aId)?.cursor === 49,
			5_000,
			"a's presence at b"
		);
		await waitFor(
			() => a.provider.awareness.getStates().get(b.doc.clientID)?.cursor === 'b',
			5_000,
			"b's presence at a"
		);
		a.destroy();
		await waitFor(() => !b.provider.awareness.getStates().has(aId), 5_000, "a's presence removed");
		expect(b.provider.awareness.getStates().get(b.doc.clientID)?.cursor).toBe('b');
	});

	it("does not let another user overwrite someone's presence", async () => {
		const a = client(minutes(), fixture.secretary.token);
		const b = client(minutes(), fixture.chair.token);
		await Promise.all([synced(a), synced(b)]);
		a.provider.awareness.setLocalStateField('name', 'Sihteeri');
		const aId = a.doc.clientID;
		await waitFor(() => b.provider.awareness.getStates().get(aId)?.name === 'Sihteeri');
		const intruder = await raw(minutes(), fixture.chair.token);
		const forged = encoding.createEncoder();
		encoding.writeVarUint(forged, 1);
		const entry = encoding.createEncoder();
		encoding.writeVarUint(entry, 1);
		encoding.writeVarUint(entry, aId);
		encoding.writeVarUint(entry, 1_000_000);
		encoding.writeVarString(entry, JSON.stringify({ name: 'Väärennös' }));
		encoding.writeVarUint8Array(forged, encoding.toUint8Array(entry));
		intruder.send(encoding.toUint8Array(forged));
		// Its reply to a later message on the same socket means the forgery has been handled.
		const replied = new Promise<void>((resolve) =>
			intruder.on('message', (data: Buffer) => data[0] === 0 && data[1] === 1 && resolve())
		);
		intruder.send(syncMessage((e) => syncProtocol.writeSyncStep1(e, new Y.Doc())));
		await replied;
		// A change made after it goes out in the same broadcast as the forgery would, or a later one.
		b.provider.awareness.setLocalStateField('name', 'Puheenjohtaja');
		await waitFor(
			() => a.provider.awareness.getStates().get(b.doc.clientID)?.name === 'Puheenjohtaja'
		);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(b.provider.awareness.getStates().get(aId)?.name).toBe('Sihteeri');
		expect(a.provider.awareness.getLocalState()?.name).toBe('Sihteeri');
	});
});

describe('who may connect', () => {
	it('refuses an upgrade without a session, with a foreign Origin, or to something that is not a document', async () => {
		expect(await upgradeStatus(server, minutes(), null)).toBe(401);
		expect(await upgradeStatus(server, minutes(), 'not-a-session')).toBe(401);
		expect(
			await upgradeStatus(server, minutes(), fixture.secretary.token, 'https://evil.example')
		).toBe(403);
		expect(await upgradeStatus(server, 'minutes:abc', fixture.secretary.token)).toBe(404);
		expect(await upgradeStatus(server, minutes(), fixture.secretary.token)).toBe(101);
	});

	it('refuses a user who is not a member of the body', async () => {
		expect(await upgradeStatus(server, minutes(), fixture.outsider.token)).toBe(403);
		expect(await upgradeStatus(server, `agenda:${fixture.meetingId}`, fixture.outsider.token)).toBe(
			403
		);
	});

	it('refuses a document that was never stored instead of serving an empty one', async () => {
		temp.db.delete(docUpdate).where(eq(docUpdate.docName, minutes())).run();
		expect(await upgradeStatus(server, minutes(), fixture.secretary.token)).toBe(404);
		expect(server.collab.loadedDocuments()).toEqual([]);
	});
});

describe('read-only connections', () => {
	it("lets an NGO member read the forum's minutes, never write them", async () => {
		const forum = minutes(fixture.forumMeetingId);
		const editor = client(forum, fixture.secretary.token);
		const ngo = client(forum, fixture.ngoMember.token);
		await Promise.all([synced(editor), synced(ngo)]);
		expect(discussion(ngo.doc)).toBe('');
		write(ngo.doc, 'Järjestö yrittää kirjoittaa.');
		write(editor.doc, 'Sihteeri kirjoittaa.');
		await waitFor(() => discussion(ngo.doc).includes('Sihteeri kirjoittaa.'));
		// Let anything the NGO client sent arrive before checking that it did not land.
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(discussion(editor.doc)).not.toContain('Järjestö');
		expect(discussion(storedDoc(temp.db, forum))).not.toContain('Järjestö');
	});

	it('drops 100 writes from a read-only client: the stored and served document do not change', async () => {
		const before = storedDoc(temp.db, minutes());
		const updatesBefore = updateCount(minutes());
		const ws = await raw(minutes(), fixture.member.token);

		const evil = storedDoc(temp.db, minutes());
		const updates: Uint8Array[] = [];
		evil.on('update', (u: Uint8Array) => updates.push(u));
		for (let i = 0; i < 50; i++) write(evil, `Luvaton muutos ${i}.`);
		for (let i = 0; i < 50; i++) {
			ws.send(syncMessage((e) => syncProtocol.writeUpdate(e, updates[i])));
			ws.send(syncMessage((e) => syncProtocol.writeSyncStep2(e, evil)));
		}
		// The reply to a sync step 1 sent last proves the 100 writes were handled first.
		const reply = nextMessage(ws);
		ws.send(syncMessage((e) => syncProtocol.writeSyncStep1(e, new Y.Doc())));
		const served = docFromStep2(await reply);

		expect(ws.readyState).toBe(WebSocket.OPEN);
		expect(updateCount(minutes())).toBe(updatesBefore);
		expect(sameState(storedDoc(temp.db, minutes()), before)).toBe(true);
		expect(sameState(served, before)).toBe(true);
		expect(discussion(served)).not.toContain('Luvaton');
	});

	it('opens approved minutes read-only even for their secretary', async () => {
		const approved = minutes(fixture.approvedMeetingId);
		const secretary = client(approved, fixture.secretary.token);
		await synced(secretary);
		write(secretary.doc, 'Jälkikäteen lisätty.');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(discussion(storedDoc(temp.db, approved))).not.toContain('Jälkikäteen');
	});
});

describe('hostile input', () => {
	/** Deterministic, so a failure can be reproduced. */
	function prng(seed: number): () => number {
		return () => {
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
	}

	it('closes only the offending socket for each of thousands of malformed messages; the document stays intact', async () => {
		const keeper = client(minutes(), fixture.chair.token);
		await synced(keeper);
		write(keeper.doc, 'Ennen hyökkäystä.');
		await waitFor(() => discussion(storedDoc(temp.db, minutes())).includes('Ennen hyökkäystä.'));

		const random = prng(42);
		const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
		const int = (min: number, max: number) => min + Math.floor(random() * (max - min));
		const envelope = (write: (e: encoding.Encoder) => void) => {
			const e = encoding.createEncoder();
			write(e);
			return encoding.toUint8Array(e);
		};
		const valid = storedDoc(temp.db, minutes());
		const realUpdate = Y.encodeStateAsUpdate(valid);

		type Case = { data: Uint8Array | string; expected: readonly number[] };
		const makers: (() => Case)[] = [
			// A varint whose continuation bit never ends.
			() => ({
				data: Uint8Array.from({ length: int(1, 9) }, () => 0x80 | int(0, 128)),
				expected: [CLOSE.MALFORMED]
			}),
			// Unknown message types (2 is auth, which clients do not send).
			() => ({
				data: envelope(
					(e) => (
						encoding.writeVarUint(e, [2, int(4, 1 << 20)][int(0, 2)]),
						encoding.writeUint8Array(e, bytes(int(0, 16)))
					)
				),
				expected: [CLOSE.MALFORMED]
			}),
			// A length prefix far beyond the message.
			() => ({
				data: envelope((e) => {
					if (random() < 0.5) encoding.writeVarUint(e, 1);
					else {
						encoding.writeVarUint(e, 0);
						encoding.writeVarUint(e, int(0, 3));
					}
					encoding.writeVarUint(e, int(1 << 20, 2 ** 40));
					encoding.writeUint8Array(e, bytes(int(0, 32)));
				}),
				expected: [CLOSE.MALFORMED]
			}),
			// An unknown sync step.
			() => ({
				data: envelope(
					(e) => (
						encoding.writeVarUint(e, 0),
						encoding.writeVarUint(e, int(3, 200)),
						encoding.writeVarUint8Array(e, bytes(int(0, 16)))
					)
				),
				expected: [CLOSE.MALFORMED]
			}),
			// A truncated Yjs update inside a well-formed envelope.
			() => ({
				data: syncMessage((e) =>
					syncProtocol.writeUpdate(e, realUpdate.subarray(0, int(1, realUpdate.length - 1)))
				),
				expected: [CLOSE.MALFORMED]
			}),
			// A valid message with trailing garbage.
			() => ({ data: Uint8Array.from([3, ...bytes(int(1, 8))]), expected: [CLOSE.MALFORMED] }),
			// Awareness whose state is not JSON.
			() => ({
				data: envelope((e) => {
					encoding.writeVarUint(e, 1);
					encoding.writeVarUint8Array(
						e,
						envelope(
							(a) => (
								encoding.writeVarUint(a, 1),
								encoding.writeVarUint(a, int(1, 1e6)),
								encoding.writeVarUint(a, 1),
								encoding.writeVarString(a, '{"user":')
							)
						)
					);
				}),
				expected: [CLOSE.MALFORMED]
			}),
			// Text frames.
			() => ({ data: 'hello', expected: [CLOSE.MALFORMED] }),
			// Random bytes: almost always malformed; a chance valid message leaves the socket open.
			() => ({ data: bytes(int(1, 64)), expected: [CLOSE.MALFORMED, 0] }),
			// Over the size limit: ws refuses the frame before buffering it.
			() => ({ data: bytes(MAX_MESSAGE + int(1, 1024)), expected: [CLOSE.TOO_BIG] })
		];

		const TOTAL = 2_000;
		const PARALLEL = 50;
		const unexpected: string[] = [];
		for (let start = 0; start < TOTAL; start += PARALLEL) {
			await Promise.all(
				Array.from({ length: PARALLEL }, async (_, i) => {
					const kind = (start + i) % makers.length;
					const { data, expected } = makers[kind]();
					const ws = await openRaw(server, minutes(), fixture.secretary.token);
					const closed = closeCode(ws);
					ws.send(data);
					const code = await Promise.race([
						closed,
						new Promise<number>((resolve) => setTimeout(() => resolve(0), 500))
					]);
					ws.terminate();
					if (!expected.includes(code)) unexpected.push(`case ${kind}: closed with ${code}`);
				})
			);
		}
		expect(unexpected).toEqual([]);

		// The other client was never disturbed, and the document still works and holds its content.
		expect(keeper.provider.wsconnected).toBe(true);
		const after = client(minutes(), fixture.secretary.token);
		await synced(after);
		write(after.doc, 'Hyökkäyksen jälkeen.');
		await waitFor(() => discussion(keeper.doc).includes('Hyökkäyksen jälkeen.'));
		expect(discussion(storedDoc(temp.db, minutes()))).toContain('Ennen hyökkäystä.');
		expect(sameState(storedDoc(temp.db, minutes()), keeper.doc)).toBe(true);
	});

	it('closes a socket that floods messages', async () => {
		const ws = await raw(minutes(), fixture.member.token);
		const closed = closeCode(ws);
		for (let i = 0; i < 2_000 && ws.readyState === WebSocket.OPEN; i++) ws.send(Uint8Array.of(3));
		expect(await closed).toBe(CLOSE.RATE_LIMITED);
	});
});

describe('access changes', () => {
	async function closedWithin(c: Client, ms: number): Promise<number> {
		const started = Date.now();
		await waitFor(() => c.closes.length > 0, ms, 'close');
		expect(Date.now() - started).toBeLessThan(1_000);
		return c.closes[0].code;
	}

	it('closes the socket within a second of logout, and the client stays out', async () => {
		const c = client(minutes(), fixture.secretary.token);
		await synced(c);
		invalidateSession(temp.db, fixture.secretary.sessionId);
		expect(await closedWithin(c, 1_000)).toBe(CLOSE.SESSION_ENDED);
		expect(await upgradeStatus(server, minutes(), fixture.secretary.token)).toBe(401);
	});

	it('closes the socket of a session that expires while it is open', async () => {
		await server.close();
		server = await startServer(temp.db, { sessionRecheckMs: 100 });
		const c = client(minutes(), fixture.secretary.token);
		await synced(c);
		temp.db
			.update(session)
			.set({ expiresAt: new Date(Date.now() - 1_000) })
			.where(eq(session.id, fixture.secretary.sessionId))
			.run();
		expect(await closedWithin(c, 1_000)).toBe(CLOSE.SESSION_ENDED);
	});

	it('closes the socket within a second when the membership ends', async () => {
		const c = client(minutes(), fixture.member.token);
		await synced(c);
		temp.db.delete(membership).where(eq(membership.userId, fixture.member.userId)).run();
		emitAfterCommit('userAccessChanged', fixture.member.userId);
		expect(await closedWithin(c, 1_000)).toBe(CLOSE.FORBIDDEN);
	});

	it('downgrades an editor when the minutes are sent to review, and nothing typed there is stored', async () => {
		const c = client(minutes(), fixture.secretary.token);
		await synced(c);
		sendMinutesToReview(temp.db, actorOf(temp.db, fixture.secretary.userId), fixture.meetingId);
		expect(await closedWithin(c, 1_000)).toBe(CLOSE.ACCESS_CHANGED);
		await waitFor(() => c.provider.synced, 5_000, 'reconnect');
		const stored = updateCount(minutes());
		write(c.doc, 'Tarkastuksen aikana lisätty.');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(updateCount(minutes())).toBe(stored);
		expect(discussion(storedDoc(temp.db, minutes()))).not.toContain('Tarkastuksen aikana');
	});

	it('downgrades an editor to read-only when the minutes are approved; the client reconnects by itself', async () => {
		const c = client(minutes(), fixture.secretary.token);
		await synced(c);
		temp.db
			.update(meeting)
			.set({ status: 'approved' })
			.where(eq(meeting.id, fixture.meetingId))
			.run();
		emitAfterCommit('meetingAccessChanged', fixture.meetingId);
		expect(await closedWithin(c, 1_000)).toBe(CLOSE.ACCESS_CHANGED);
		await waitFor(() => c.provider.synced, 5_000, 'reconnect');
		write(c.doc, 'Hyväksymisen jälkeen.');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(discussion(storedDoc(temp.db, minutes()))).not.toContain('Hyväksymisen jälkeen.');
	});
});
