/**
 * The collaboration server: the y-websocket protocol (y-protocols sync and
 * awareness) at `ws(s)://HOST/collab/<docName>`, for `agenda:<meetingId>`,
 * `minutes:<meetingId>` and `document:<planDocumentId>`, attached to our HTTP server (server/index.ts) and to
 * Vite's in development (vite-plugin.ts). The stock `y-websocket` client
 * connects to it unchanged.
 *
 * The reference `@y/websocket-server` is a demo; its gaps and what we do:
 * - no authentication → the upgrade needs a valid session cookie and our
 *   Origin, and the page policy (`documentAccess`) decides edit, read or deny
 *   (auth.ts); access is re-checked on logout, deactivation, membership and
 *   meeting status changes, closing affected sockets within a second, and
 *   every minute for all sockets (a session may simply expire);
 * - no read-only mode → a read-only connection's sync-step-2 and update
 *   messages are dropped unread; only awareness gets through (connection.ts);
 * - serves a document before its stored state is loaded → the stored state is
 *   loaded completely before the handshake, a failed load refuses, and a
 *   document that was never stored is refused, not created empty (room.ts);
 * - writes only when the last client leaves → every update is appended to
 *   SQLite before it is broadcast, and compacted into a snapshot in the
 *   background (room.ts, store.ts);
 * - echoes updates to their sender → a broadcast skips its sender, is encoded
 *   once for all recipients, and updates that arrive together under load go
 *   out as one merged message;
 * - malformed messages can throw → messages are decoded completely before
 *   use, sizes and rates are bounded, and a bad message closes only its own
 *   socket (protocol.ts, connection.ts).
 *
 * Refusals before the handshake are HTTP answers: 401 no or expired session,
 * 403 foreign Origin or no access, 404 not a document or never stored,
 * 500 loading failed. After the handshake, close codes (close-codes.ts):
 *   1001 going away       server shutting down; reconnect
 *   1009 message too big  frame over `maxMessageBytes` (sent by ws)
 *   1011 internal error   unexpected error on this socket; reconnect
 *   4400 malformed        undecodable message; final
 *   4401 session ended    logout, expiry or deactivation; final
 *   4403 forbidden        access withdrawn; final
 *   4429 rate limited     too many messages or bytes; final
 *   4500 storage failed   the document could not be stored; reconnect
 *   4503 slow consumer    the client stopped reading; reconnect
 *   4509 access changed   edit ↔ read-only; reconnect to get the new access
 * "Final" codes are 4400–4499, which the stock client does not retry; the
 * others make it reconnect (so 4509 and not 4409 for a downgrade).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Db } from '../../src/lib/server/db/client';
import { serverEvents } from '../../src/lib/server/events';
import { authorizeUpgrade, decideAccess, docNameFromUrl } from './auth';
import { CLOSE } from './close-codes';
import { Connection, type ConnectionLimits } from './connection';
import { consoleLogger, type Logger } from './log';
import { Room, type RoomSettings } from './room';

export { CLOSE } from './close-codes';

export interface CollabOptions {
	/** Origins a browser may connect from (ORIGIN, and Vite's URLs in development); read per upgrade. */
	allowedOrigins: readonly string[] | (() => readonly string[]);
	/**
	 * Answer upgrades outside /collab/ with 404 (the production server, where
	 * nobody else takes upgrades). False leaves them to other listeners, such
	 * as Vite's HMR socket.
	 */
	exclusive?: boolean;
	limits?: Partial<ConnectionLimits>;
	rooms?: Partial<RoomSettings>;
	/** Ping interval; a socket that misses one ping is dropped. */
	pingIntervalMs?: number;
	/**
	 * How often every connection's session and access are checked again, for
	 * what no event announces: a session that simply expires.
	 */
	sessionRecheckMs?: number;
	log?: Logger;
}

type UpgradeListener = (request: IncomingMessage, socket: Duplex, head: Buffer) => void;

/** An HTTP(S) server, or Vite's, as far as upgrades go. */
export interface UpgradeSource {
	on(event: 'upgrade', listener: UpgradeListener): unknown;
	off(event: 'upgrade', listener: UpgradeListener): unknown;
}

export interface CollabServer {
	/** Sends every client away (1001), writes what is pending and stops taking upgrades. */
	close(): Promise<void>;
	/** Names of the documents currently in memory. */
	loadedDocuments(): string[];
}

export const DEFAULT_LIMITS: ConnectionLimits = {
	maxMessageBytes: 4 * 1024 * 1024,
	// Typing produces ~10 updates/s plus awareness; pastes and undo come in bursts.
	messagesPerSecond: 100,
	messageBurst: 500,
	bytesPerSecond: 2 * 1024 * 1024,
	byteBurst: 16 * 1024 * 1024,
	maxBufferedBytes: 16 * 1024 * 1024
};

export const DEFAULT_ROOM_SETTINGS: RoomSettings = {
	compactAfterUpdates: 500,
	projectAfterMs: 300,
	unloadAfterMs: 5_000,
	maxAwarenessClientsPerPeer: 4
};

const SHUTDOWN_GRACE_MS = 2_000;

export function attachCollaboration(
	httpServer: UpgradeSource,
	db: Db,
	options: CollabOptions
): CollabServer {
	const limits: ConnectionLimits = { ...DEFAULT_LIMITS, ...options.limits };
	const roomSettings: RoomSettings = { ...DEFAULT_ROOM_SETTINGS, ...options.rooms };
	const log = options.log ?? consoleLogger;
	const origins = options.allowedOrigins;
	const allowedOrigins = typeof origins === 'function' ? origins : () => origins;

	const wss = new WebSocketServer({
		noServer: true,
		maxPayload: limits.maxMessageBytes,
		perMessageDeflate: false
	});
	const rooms = new Map<string, Room>();
	const connections = new Set<Connection>();
	let closing = false;

	function openRoom(name: string): Room | null {
		const existing = rooms.get(name);
		if (existing) return existing;
		const room = Room.load(db, name, roomSettings, log, (closed) => {
			if (rooms.get(closed.name) === closed) rooms.delete(closed.name);
		});
		if (room) rooms.set(name, room);
		return room;
	}

	function refuse(socket: Duplex, status: 401 | 403 | 404 | 500 | 503, reason: string): void {
		socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
		socket.destroy();
	}

	function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
		if (docNameFromUrl(request.url) === null) {
			if (options.exclusive) refuse(socket, 404, 'Not Found');
			return;
		}
		// A reset during our checks must not become an uncaught 'error'.
		const onSocketError = (err: Error) => log.warn('upgrade socket error', err.message);
		socket.on('error', onSocketError);
		try {
			if (closing) return refuse(socket, 503, 'Service Unavailable');
			const decision = authorizeUpgrade(db, request, allowedOrigins());
			if (!decision.ok) return refuse(socket, decision.status, decision.reason);
			let room: Room | null;
			try {
				room = openRoom(decision.docName);
			} catch (err) {
				log.error(`loading ${decision.docName} failed`, err);
				return refuse(socket, 500, 'Internal Server Error');
			}
			if (!room) return refuse(socket, 404, 'Not Found');
			socket.removeListener('error', onSocketError);
			wss.handleUpgrade(request, socket, head, (ws) => {
				// The room may have unloaded if the handshake was slow; load it again then.
				let target: Room | null;
				try {
					target = openRoom(decision.docName);
				} catch (err) {
					log.error(`loading ${decision.docName} failed`, err);
					target = null;
				}
				if (!target) {
					ws.close(CLOSE.STORAGE_FAILED, 'document unavailable');
					return;
				}
				const connection = new Connection(
					ws,
					target,
					decision.docName,
					decision.meetingId,
					decision.grant,
					limits,
					log
				);
				connections.add(connection);
				connection.start((closed) => connections.delete(closed));
			});
		} catch (err) {
			log.error('upgrade failed', err);
			refuse(socket, 500, 'Internal Server Error');
		}
	}

	/** Re-decides access for the affected connections (the events fire after the change committed). */
	function recheck(affected: (connection: Connection) => boolean): void {
		for (const connection of connections) {
			if (!affected(connection)) continue;
			try {
				const decided = decideAccess(db, connection.grant.token, connection.docName);
				if (!decided) connection.close(CLOSE.SESSION_ENDED, 'session ended');
				else if (decided.access === 'deny') connection.close(CLOSE.FORBIDDEN, 'access withdrawn');
				else if (decided.access !== connection.grant.access)
					connection.close(CLOSE.ACCESS_CHANGED, 'access changed, reconnect');
			} catch (err) {
				// Fail closed: the reconnect goes through the upgrade checks again.
				log.error('re-checking access failed', err);
				connection.close(CLOSE.ACCESS_CHANGED, 'access changed, reconnect');
			}
		}
	}
	const onSessionEnded = (sessionId: string) => recheck((c) => c.grant.sessionId === sessionId);
	const onUserAccessChanged = (userId: number) => recheck((c) => c.grant.userId === userId);
	const onMeetingAccessChanged = (meetingId: number) => recheck((c) => c.meetingId === meetingId);
	const onLiveDocChanged = (docName: string, updateId: number) => {
		try {
			rooms.get(docName)?.applyStoredUpdate(updateId);
		} catch (err) {
			// The change is stored; the editors get it when they next load the document.
			log.error(`applying a stored change to ${docName} failed`, err);
		}
	};
	const events = serverEvents();
	events.on('sessionEnded', onSessionEnded);
	events.on('userAccessChanged', onUserAccessChanged);
	events.on('meetingAccessChanged', onMeetingAccessChanged);
	events.on('liveDocChanged', onLiveDocChanged);

	const ping = setInterval(() => {
		for (const connection of connections) connection.heartbeat();
	}, options.pingIntervalMs ?? 30_000);
	ping.unref();
	const sessionSweep = setInterval(() => recheck(() => true), options.sessionRecheckMs ?? 60_000);
	sessionSweep.unref();

	httpServer.on('upgrade', onUpgrade);

	return {
		loadedDocuments: () => [...rooms.keys()],
		async close() {
			if (closing) return;
			closing = true;
			httpServer.off('upgrade', onUpgrade);
			clearInterval(ping);
			clearInterval(sessionSweep);
			events.off('sessionEnded', onSessionEnded);
			events.off('userAccessChanged', onUserAccessChanged);
			events.off('meetingAccessChanged', onMeetingAccessChanged);
			events.off('liveDocChanged', onLiveDocChanged);
			const sockets = [...connections].map((c) => c.socket);
			for (const room of [...rooms.values()])
				room.shutDown(CLOSE.GOING_AWAY, 'server shutting down');
			// Give clients a moment to complete the closing handshake, then cut the rest.
			await Promise.all(
				sockets.map(
					(ws) =>
						new Promise<void>((resolve) => {
							if (ws.readyState === ws.CLOSED) return resolve();
							const timer = setTimeout(() => ws.terminate(), SHUTDOWN_GRACE_MS);
							ws.once('close', () => {
								clearTimeout(timer);
								resolve();
							});
						})
				)
			);
			await new Promise<void>((resolve) => wss.close(() => resolve()));
		}
	};
}
