/**
 * One live agenda or minutes document in the browser: the Y.Doc, its
 * y-websocket connection, who else is in it, and whether our edits are saved.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { removeAwarenessStates } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { messageSync, WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { safeColor, userColor } from './colors';
import { onPageSignal } from '#lib/documents/doc-schema.js';

export type ConnectionStatus = 'connecting' | 'saved' | 'saving' | 'offline' | 'denied';

export interface Peer {
	clientId: number;
	name: string;
	color: string;
	self: boolean;
}

export interface LiveUser {
	name: string;
	color: string;
}

/** Close codes of our collaboration server for "session ended" and "no access". */
const DENIED_CODES = new Set([4401, 4403]);

/**
 * The provider gives up on every 44xx close. Besides the two above, those are
 * "malformed message" and "rate limited": reasons to back off, not to give up
 * on the user's edits, so we try again after a pause.
 */
const RETRY_AFTER_REFUSAL_MS = 15_000;

/** Wait for a pause in typing before asking the server to confirm, so a burst of keys costs one round trip. */
const CONFIRM_DELAY_MS = 250;

export interface ConnectionFacts {
	denied: boolean;
	synced: boolean;
	/** A connection attempt has failed or closed at least once. */
	interrupted: boolean;
	/** Local edits the server has not confirmed yet. */
	pending: boolean;
}

export function connectionStatus({
	denied,
	synced,
	interrupted,
	pending
}: ConnectionFacts): ConnectionStatus {
	if (denied) return 'denied';
	if (!synced) return interrupted ? 'offline' : 'connecting';
	return pending ? 'saving' : 'saved';
}

export function collabUrl(where: Pick<Location, 'protocol' | 'host'>): string {
	return `${where.protocol === 'https:' ? 'wss' : 'ws'}://${where.host}/collab`;
}

export class LiveDocument {
	readonly doc = new Y.Doc();
	readonly provider: WebsocketProvider;
	readonly user: LiveUser;

	peers = $state.raw<Peer[]>([]);

	#synced = $state(false);
	#interrupted = $state(false);
	#denied = $state(false);
	/** Counts local edits; the server has confirmed everything up to `#confirmed`. */
	#edits = $state(0);
	#confirmed = $state(0);
	/** The edit count at each confirmation request on the wire, oldest first. */
	#inFlight: number[] = [];
	#confirmTimer: ReturnType<typeof setTimeout> | undefined;
	#retryTimer: ReturnType<typeof setTimeout> | undefined;

	readonly status: ConnectionStatus = $derived(
		connectionStatus({
			denied: this.#denied,
			synced: this.#synced,
			interrupted: this.#interrupted,
			pending: this.#edits > this.#confirmed
		})
	);

	constructor(
		docName: string,
		user: { id: number; name: string },
		serverUrl = collabUrl(location)
	) {
		this.user = { name: user.name, color: userColor(user.id) };
		this.provider = new WebsocketProvider(serverUrl, docName, this.doc);
		this.#watchConfirmations();
		this.provider.on('sync', this.#onSync);
		this.provider.on('connection-close', this.#onInterrupted);
		this.provider.on('connection-error', this.#onInterrupted);
		this.provider.on('closed', this.#onClosed);
		this.doc.on('update', this.#onUpdate);
		this.provider.awareness.on('change', this.#onAwareness);
		this.provider.awareness.setLocalStateField('user', this.user);
		this.#onAwareness();
	}

	/**
	 * Calls `listener` when the server signals that the page's other data changed
	 * (doc-schema's page signal). Only once synced: the first sync carries the
	 * signals of the past.
	 */
	onDataChanged(listener: () => void): () => void {
		return onPageSignal(this.doc, () => {
			if (this.#synced) listener();
		});
	}

	destroy(): void {
		clearTimeout(this.#confirmTimer);
		clearTimeout(this.#retryTimer);
		this.doc.off('update', this.#onUpdate);
		this.provider.awareness.off('change', this.#onAwareness);
		// Say goodbye while the socket is still open, so peers drop us at once instead of after the 30 s timeout.
		removeAwarenessStates(this.provider.awareness, [this.doc.clientID], 'destroy');
		this.provider.destroy();
		this.doc.destroy();
	}

	/**
	 * "Saved" needs the server's word, but the y-websocket protocol has no
	 * acknowledgement. So after local edits we send a sync step 1 on the same
	 * socket: the server answers it with a sync step 2, and since it handles a
	 * connection's messages in order, that answer means it has applied every
	 * edit we sent before the question. Until then the status is "saving".
	 * After a reconnect, the offline edits go out in our answer to the server's
	 * own sync step 1 (sent as the connection opens), so a question asked after
	 * the provider reports `synced` is answered only after they were applied.
	 */
	#watchConfirmations(): void {
		const handleSync = this.provider.messageHandlers[messageSync];
		this.provider.messageHandlers[messageSync] = (
			encoder,
			decoder,
			provider,
			fromServer,
			messageType
		) => {
			// `fromServer` is false for messages from other tabs (BroadcastChannel): those confirm nothing.
			const answer =
				fromServer && decoding.peekVarUint(decoder) === syncProtocol.messageYjsSyncStep2;
			// Taken before handling: the first step 2 of a connection flips `synced`, which may ask a new question.
			const answered = answer ? this.#inFlight.shift() : undefined;
			handleSync(encoder, decoder, provider, fromServer, messageType);
			if (answered !== undefined) this.#confirmed = Math.max(this.#confirmed, answered);
		};
	}

	#askForConfirmation = (): void => {
		const ws = this.provider.ws;
		// Not connected: the `sync` handler asks again once the connection is back.
		if (!this.provider.synced || !ws || ws.readyState !== ws.OPEN) return;
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, messageSync);
		syncProtocol.writeSyncStep1(encoder, this.doc);
		this.#inFlight.push(this.#edits);
		ws.send(encoding.toUint8Array(encoder));
	};

	#onUpdate = (_update: Uint8Array, origin: unknown): void => {
		if (origin === this.provider) return; // remote edits need no saving
		this.#edits++;
		clearTimeout(this.#confirmTimer);
		this.#confirmTimer = setTimeout(this.#askForConfirmation, CONFIRM_DELAY_MS);
	};

	#onSync = (synced: boolean): void => {
		this.#synced = synced;
		// Questions on a closed socket will never be answered.
		if (!synced) this.#inFlight = [];
		else if (this.#edits > this.#confirmed) this.#askForConfirmation();
	};

	#onInterrupted = (): void => {
		this.#interrupted = true;
	};

	/** The server refused us for good (a 44xx code); other closes are retried by the provider itself. */
	#onClosed = (event: { code: number }): void => {
		if (DENIED_CODES.has(event.code)) this.#denied = true;
		else this.#retryTimer = setTimeout(() => this.provider.connect(), RETRY_AFTER_REFUSAL_MS);
	};

	#onAwareness = (): void => {
		const peers: Peer[] = [];
		this.provider.awareness.getStates().forEach((state, clientId) => {
			const user: unknown = state.user;
			if (!user || typeof user !== 'object') return;
			const { name, color } = user as Partial<LiveUser>;
			if (typeof name !== 'string') return;
			peers.push({
				clientId,
				name,
				color: safeColor(color, clientId),
				self: clientId === this.doc.clientID
			});
		});
		// Self first, then by name, so the list does not jump around as people type.
		peers.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name, 'fi'));
		this.peers = peers;
	};
}
