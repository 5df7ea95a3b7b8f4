/**
 * One client socket: decodes its messages, enforces read-only access and the
 * per-connection limits, and hands valid messages to its room. Anything that
 * goes wrong closes this socket alone; the reference server lets a bad
 * message throw inside Yjs with every other client of the document in the
 * same process.
 */
import { WebSocket, type RawData } from 'ws';
import type { Grant } from './auth';
import { CLOSE } from './close-codes';
import type { Logger } from './log';
import { decodeClientMessage, MalformedMessage } from './protocol';
import type { Peer, Room } from './room';

export interface ConnectionLimits {
	/** Largest message accepted (the `ws` maxPayload); larger frames close with 1009. */
	maxMessageBytes: number;
	/** Sustained messages per second, and the burst allowed above it. */
	messagesPerSecond: number;
	messageBurst: number;
	/** Sustained bytes per second, and the burst allowed above it. */
	bytesPerSecond: number;
	byteBurst: number;
	/** Bytes queued for a client that does not read before it is dropped. */
	maxBufferedBytes: number;
}

/** Allows `rate` per second on average and `burst` at once. */
class TokenBucket {
	private tokens: number;
	private last = performance.now();

	constructor(
		private readonly rate: number,
		private readonly burst: number
	) {
		this.tokens = burst;
	}

	take(amount: number): boolean {
		const now = performance.now();
		this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
		this.last = now;
		if (this.tokens < amount) return false;
		this.tokens -= amount;
		return true;
	}
}

export class Connection implements Peer {
	/** Cleared by each heartbeat and set again by any pong or message. */
	alive = true;
	private readonly messages: TokenBucket;
	private readonly bytes: TokenBucket;

	constructor(
		readonly socket: WebSocket,
		readonly room: Room,
		readonly docName: string,
		/** The meeting whose status changes re-check this connection; null for plan documents. */
		readonly meetingId: number | null,
		readonly grant: Grant,
		private readonly limits: ConnectionLimits,
		private readonly log: Logger
	) {
		this.messages = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
		this.bytes = new TokenBucket(limits.bytesPerSecond, limits.byteBurst);
	}

	get userId(): number {
		return this.grant.userId;
	}

	get canEdit(): boolean {
		return this.grant.access === 'edit';
	}

	/** Wires the socket to the room; `onClosed` runs once when the socket has closed. */
	start(onClosed: (connection: Connection) => void): void {
		this.socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
		this.socket.on('pong', () => {
			this.alive = true;
		});
		// Without a listener `ws` rethrows socket errors (bad frames, resets) and the process dies.
		this.socket.on('error', (err) => this.log.warn(`socket error on ${this.docName}`, err.message));
		this.socket.on('close', () => {
			this.room.leave(this);
			onClosed(this);
		});
		this.room.join(this);
	}

	send(message: Uint8Array): void {
		if (this.socket.readyState !== WebSocket.OPEN) return;
		// Memory per client stays bounded: a client that stops reading is dropped, not buffered for.
		if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
			this.close(CLOSE.SLOW_CONSUMER, 'not reading fast enough');
			return;
		}
		this.socket.send(message);
	}

	close(code: number, reason: string): void {
		if (
			this.socket.readyState === WebSocket.OPEN ||
			this.socket.readyState === WebSocket.CONNECTING
		)
			this.socket.close(code, reason);
	}

	/** Called by the server's ping interval: a socket that did not answer the last ping is dead. */
	heartbeat(): void {
		if (!this.alive) {
			this.socket.terminate();
			return;
		}
		this.alive = false;
		this.socket.ping();
	}

	private onMessage(data: RawData, isBinary: boolean): void {
		this.alive = true;
		if (this.socket.readyState !== WebSocket.OPEN) return;
		const bytes = toBytes(data);
		if (!this.messages.take(1) || !this.bytes.take(bytes.byteLength)) {
			this.close(CLOSE.RATE_LIMITED, 'too many messages');
			return;
		}
		if (!isBinary) {
			this.close(CLOSE.MALFORMED, 'binary messages only');
			return;
		}
		try {
			this.handle(bytes);
		} catch (err) {
			if (err instanceof MalformedMessage) {
				this.close(CLOSE.MALFORMED, 'malformed message');
			} else {
				this.log.error(`handling a message on ${this.docName} failed`, err);
				this.close(CLOSE.INTERNAL_ERROR, 'internal error');
			}
		}
	}

	private handle(bytes: Uint8Array): void {
		const message = decodeClientMessage(bytes);
		switch (message.kind) {
			case 'syncStep1':
				this.send(this.room.syncStep2For(message.stateVector));
				return;
			case 'syncStep2':
			case 'update':
				// A read-only connection can never change the document: its writes are dropped unread.
				if (this.canEdit) this.room.applyClientUpdate(this, message.update);
				return;
			case 'awareness':
				this.room.applyClientAwareness(this, message.entries, message.payload);
				return;
			case 'queryAwareness':
				this.send(this.room.awarenessStatesMessage());
				return;
		}
	}
}

function toBytes(data: RawData): Uint8Array {
	if (Array.isArray(data)) return Buffer.concat(data);
	return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
