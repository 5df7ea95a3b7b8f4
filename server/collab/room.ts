/**
 * One loaded live document and the peers connected to it.
 *
 * The order of events for a change is fixed: Yjs integrates it, the update it
 * emits is appended to its storage, and only then is it encoded once and sent
 * to every other peer. So no client ever holds a change the storage does not,
 * and a `kill -9` loses nothing a client was sent. If storing fails the room
 * closes all its peers (they reconnect and re-send their state) rather than
 * serve a document that differs from the stored one.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { changedParts } from '../../src/lib/documents/changed-parts';
import { CLOSE } from './close-codes';
import type { Logger } from './log';
import {
	awarenessMessage,
	encodeAwarenessEntries,
	syncStep1Message,
	syncStep2Message,
	updateMessage,
	validateUpdate,
	type AwarenessEntry
} from './protocol';
import type { RoomStorage } from './storage';

/** A connected client as the room sees it; implemented by `Connection`. */
export interface Peer {
	readonly userId: number;
	readonly canEdit: boolean;
	send(message: Uint8Array): void;
	close(code: number, reason: string): void;
}

export interface RoomSettings {
	/** Compact when this many updates are stored after the snapshot. */
	compactAfterUpdates: number;
	/** Refresh the agenda_item projection at most this long after a change. */
	projectAfterMs: number;
	/** Unload the document this long after its last peer left. */
	unloadAfterMs: number;
	/** Awareness client ids one connection may publish (a tab has one; reconnects reuse it). */
	maxAwarenessClientsPerPeer: number;
}

/** Origin of an update the app already stored (`changeLiveDoc`): broadcast it, do not store it again. */
const STORED_BY_APP = Symbol('stored by the app');

/** Most updates merged into one broadcast message. */
const MAX_MERGED_UPDATES = 64;

export class Room {
	readonly doc: Y.Doc;
	readonly awareness: awarenessProtocol.Awareness;
	private readonly peers = new Set<Peer>();
	/** Which peer publishes which awareness client id, so nobody can overwrite another user's presence. */
	private readonly awarenessOwners = new Map<number, Peer>();
	/** Last update id stored by this room: everything up to it is in `doc`. */
	private storedThrough: number;
	private pendingUpdates: number;
	/** Stored updates not yet broadcast: sent together after the current I/O phase. */
	private outbox: { value: Uint8Array; origin: unknown }[] = [];
	/**
	 * Awareness client ids changed since the last broadcast, each with the peer
	 * that changed it last (null: the server, for a peer that left). Presence
	 * is last-writer-wins per id, so sending the current states of these ids
	 * once replaces every change made since.
	 */
	private awarenessOutbox = new Map<number, unknown>();
	private flushScheduled = false;
	private compactScheduled = false;
	private projectTimer: NodeJS.Timeout | null = null;
	private unloadTimer: NodeJS.Timeout | null = null;
	private closed = false;

	private constructor(
		readonly name: string,
		private readonly storage: RoomStorage,
		doc: Y.Doc,
		storedThrough: number,
		pendingUpdates: number,
		private readonly settings: RoomSettings,
		private readonly log: Logger,
		/** Called once when the room has unloaded itself or failed; the registry forgets it. */
		private readonly onClosed: (room: Room) => void
	) {
		this.doc = doc;
		this.storedThrough = storedThrough;
		this.pendingUpdates = pendingUpdates;
		this.awareness = new awarenessProtocol.Awareness(doc);
		// The server has no presence of its own.
		this.awareness.setLocalState(null);
		this.doc.on('update', this.onDocUpdate);
		this.awareness.on('update', this.onAwarenessUpdate);
		if (pendingUpdates >= settings.compactAfterUpdates) this.scheduleCompaction();
		// Unloads even if the client that caused the load never completes its handshake.
		this.scheduleUnload();
	}

	/**
	 * Loads the stored document completely before any client sees it. Returns
	 * null when nothing is stored under the name: the server never invents an
	 * empty document (documents are created by the app's use cases). Throws
	 * when the storage cannot be read.
	 */
	static load(
		storage: RoomStorage,
		name: string,
		settings: RoomSettings,
		log: Logger,
		onClosed: (room: Room) => void
	): Room | null {
		const loaded = storage.load(name);
		if (!loaded) return null;
		return new Room(
			name,
			storage,
			loaded.doc,
			loaded.throughUpdateId,
			loaded.pendingUpdates,
			settings,
			log,
			onClosed
		);
	}

	join(peer: Peer): void {
		if (this.closed) {
			peer.close(CLOSE.STORAGE_FAILED, 'document closed, reconnect');
			return;
		}
		this.cancelUnload();
		this.peers.add(peer);
		// Asking an editor for its state lets changes made offline reach the server.
		// A read-only peer is not asked: whatever it would answer is dropped anyway.
		if (peer.canEdit) peer.send(syncStep1Message(this.doc));
		if (this.awareness.getStates().size > 0) peer.send(this.awarenessStatesMessage());
	}

	leave(peer: Peer): void {
		if (!this.peers.delete(peer)) return;
		const owned = [...this.awarenessOwners].filter(([, owner]) => owner === peer).map(([id]) => id);
		for (const id of owned) this.awarenessOwners.delete(id);
		if (!this.closed) {
			awarenessProtocol.removeAwarenessStates(this.awareness, owned, null);
			if (this.peers.size === 0) this.scheduleUnload();
		}
	}

	/** Answer to a client's sync step 1: everything it does not have yet. */
	syncStep2For(stateVector: Uint8Array): Uint8Array {
		return syncStep2Message(this.doc, stateVector);
	}

	awarenessStatesMessage(): Uint8Array {
		const ids = [...this.awareness.getStates().keys()];
		return awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
	}

	/** Applies an editor's update; throws `MalformedMessage` when it does not parse. */
	applyClientUpdate(peer: Peer, update: Uint8Array): void {
		validateUpdate(update);
		// `peer` is the transaction origin: the broadcast skips it.
		Y.applyUpdate(this.doc, update, peer);
	}

	/** Brings in a change the app stored while this room was open (see `changeLiveDoc`). */
	applyStoredUpdate(updateId: number): void {
		if (this.closed) return;
		const update = this.storage.readUpdate(this.name, updateId);
		if (!update) return;
		Y.applyUpdate(this.doc, update, STORED_BY_APP);
		this.storedThrough = Math.max(this.storedThrough, updateId);
	}

	applyClientAwareness(peer: Peer, entries: readonly AwarenessEntry[], payload: Uint8Array): void {
		let mine = 0;
		for (const owner of this.awarenessOwners.values()) if (owner === peer) mine++;
		const accepted = entries.filter((entry) => {
			const owner = this.awarenessOwners.get(entry.clientId);
			if (owner === peer) return true;
			// The same user may take over their id (a tab reconnecting before its old socket timed out).
			if (owner !== undefined && owner.userId !== peer.userId) return false;
			if (owner === undefined && mine >= this.settings.maxAwarenessClientsPerPeer) return false;
			if (owner === undefined) mine++;
			this.awarenessOwners.set(entry.clientId, peer);
			return true;
		});
		if (accepted.length === 0) return;
		const update = accepted.length === entries.length ? payload : encodeAwarenessEntries(accepted);
		awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
	}

	/** Sends the peers away and writes what is pending: used on shutdown. */
	shutDown(code: number, reason: string): void {
		if (this.closed) return;
		this.closeAll(code, reason);
		this.flush();
		this.dispose();
	}

	private readonly onDocUpdate = (
		update: Uint8Array,
		origin: unknown,
		_doc: Y.Doc,
		transaction: Y.Transaction
	): void => {
		if (this.closed) return;
		if (origin !== STORED_BY_APP) {
			try {
				this.storedThrough = this.storage.append(this.name, update);
			} catch (err) {
				this.fail(err);
				return;
			}
			this.attribute(origin, transaction);
		}
		this.pendingUpdates++;
		this.outbox.push({ value: update, origin });
		this.scheduleFlush();
		this.scheduleProjection();
		if (this.pendingUpdates >= this.settings.compactAfterUpdates) this.scheduleCompaction();
	};

	/** Tells the storage who changed which top-level parts; the change is stored whether or not this succeeds. */
	private attribute(origin: unknown, transaction: Y.Transaction): void {
		// Only an editor's update has a peer as its origin (applyClientUpdate).
		if (!this.peers.has(origin as Peer)) return;
		const peer = origin as Peer;
		const parts = changedParts(this.doc, transaction);
		if (parts.length === 0) return;
		try {
			this.storage.attribute(this.name, peer.userId, parts);
		} catch (err) {
			this.log.error(`recording who changed ${this.name} failed`, err);
		}
	}

	private readonly onAwarenessUpdate = (
		{ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
		origin: unknown
	): void => {
		if (this.closed) return;
		for (const id of added.concat(updated, removed)) this.awarenessOutbox.set(id, origin);
		this.scheduleFlush();
	};

	private scheduleFlush(): void {
		if (this.flushScheduled) return;
		this.flushScheduled = true;
		setImmediate(this.flushOutbox);
	}

	/**
	 * Broadcasts the stored updates and the changed presence. Usually there is
	 * one update; under load, updates that arrived since the last broadcast go
	 * out as one merged message, so that a burst costs each client one message
	 * instead of one per update (the reference server sends each update, and
	 * each presence change, to each client separately). Each distinct message
	 * is encoded once; a sender gets the others' changes only.
	 */
	private readonly flushOutbox = (): void => {
		this.flushScheduled = false;
		const batch = this.outbox;
		const awareness = this.awarenessOutbox;
		this.outbox = [];
		this.awarenessOutbox = new Map();
		if (this.closed) return;
		// Small batches keep Y.mergeUpdates (super-linear) cheap.
		for (let i = 0; i < batch.length; i += MAX_MERGED_UPDATES) {
			this.fanOut(batch.slice(i, i + MAX_MERGED_UPDATES), (updates) =>
				updateMessage(updates.length === 1 ? updates[0] : Y.mergeUpdates(updates))
			);
		}
		// After the content, so that cursors arrive with the text they point into.
		if (awareness.size > 0) {
			const entries = [...awareness].map(([clientId, origin]) => ({ value: clientId, origin }));
			this.fanOut(entries, (ids) =>
				awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids))
			);
		}
	};

	/**
	 * Sends every peer one message with the changes it did not make itself.
	 * The peers that made none (nearly all) share one encoding.
	 */
	private fanOut<T>(
		changes: readonly { value: T; origin: unknown }[],
		encode: (values: T[]) => Uint8Array
	): void {
		const senders = new Set<unknown>(changes.map((change) => change.origin));
		let toOthers: Uint8Array | null = null;
		for (const peer of this.peers) {
			if (!senders.has(peer)) {
				toOthers ??= encode(changes.map((change) => change.value));
				peer.send(toOthers);
				continue;
			}
			const others = changes
				.filter((change) => change.origin !== peer)
				.map((change) => change.value);
			if (others.length > 0) peer.send(encode(others));
		}
	}

	private scheduleProjection(): void {
		if (this.projectTimer) return;
		this.projectTimer = setTimeout(() => {
			this.projectTimer = null;
			this.project();
		}, this.settings.projectAfterMs);
	}

	private project(): void {
		try {
			this.storage.project(this.name, this.doc);
		} catch (err) {
			this.log.error(`projecting ${this.name} failed`, err);
		}
	}

	/** Off the message path: the encoding of a large document must not delay a keystroke. */
	private scheduleCompaction(): void {
		if (this.compactScheduled) return;
		this.compactScheduled = true;
		setImmediate(() => {
			this.compactScheduled = false;
			if (!this.closed) this.compact();
		});
	}

	private compact(): void {
		if (this.pendingUpdates === 0) return;
		try {
			// Compaction deletes the log up to `storedThrough`; only safe if every update in it is in `doc`.
			const last = this.storage.lastUpdateId(this.name);
			if (last !== this.storedThrough) {
				this.log.error(
					`not compacting ${this.name}: the log has updates this server did not write (${last} ≠ ${this.storedThrough})`
				);
				return;
			}
			this.storage.compact(this.name, this.doc, this.storedThrough);
			this.pendingUpdates = 0;
		} catch (err) {
			// The log is intact; the next trigger tries again.
			this.log.error(`compacting ${this.name} failed`, err);
		}
	}

	private flush(): void {
		if (this.projectTimer) {
			clearTimeout(this.projectTimer);
			this.projectTimer = null;
			this.project();
		}
		this.compact();
	}

	private scheduleUnload(): void {
		this.cancelUnload();
		this.unloadTimer = setTimeout(() => {
			this.unloadTimer = null;
			if (this.peers.size > 0 || this.closed) return;
			this.flush();
			this.dispose();
		}, this.settings.unloadAfterMs);
	}

	private cancelUnload(): void {
		if (this.unloadTimer) clearTimeout(this.unloadTimer);
		this.unloadTimer = null;
	}

	/** Storing failed: the in-memory document is ahead of the storage, so nobody may see it. */
	private fail(err: unknown): void {
		this.log.error(`storing an update of ${this.name} failed; closing the document`, err);
		this.closeAll(CLOSE.STORAGE_FAILED, 'storage failed, reconnect');
		if (this.projectTimer) clearTimeout(this.projectTimer);
		this.projectTimer = null;
		this.dispose();
	}

	private closeAll(code: number, reason: string): void {
		for (const peer of [...this.peers]) peer.close(code, reason);
	}

	private dispose(): void {
		this.closed = true;
		this.cancelUnload();
		this.peers.clear();
		this.awarenessOwners.clear();
		this.onClosed(this);
		// `fail` runs inside a Yjs update event; destroy the doc once Yjs has finished with it.
		setImmediate(() => {
			this.awareness.destroy();
			this.doc.destroy();
		});
	}
}
