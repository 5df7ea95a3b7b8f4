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
 *   (auth.ts); access is re-checked (access-watch.ts) on logout, deactivation, membership and
 *   meeting status changes, closing affected sockets within a second, and
 *   every minute for all sockets (a session may simply expire);
 * - no read-only mode → a read-only connection's sync-step-2 and update
 *   messages are dropped unread; only awareness gets through (connection.ts);
 * - serves a document before its stored state is loaded → the stored state is
 *   loaded completely before the handshake, a failed load refuses, and a
 *   document that was never stored is refused, not created empty (room.ts);
 * - writes only when the last client leaves → every update is appended to
 *   storage before it is broadcast, and compacted into a snapshot in the
 *   background (room.ts; SQLite through sqlite-storage.ts and store.ts);
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
 *
 * The parts, split as Hocuspocus splits its Server, Document and Connection:
 *   upgrades.ts      the way in: checks an upgrade, loads its room, opens a connection
 *   rooms.ts         the documents in memory, by name
 *   room.ts          one document and its peers: stored first, then broadcast
 *   connection.ts    one socket: decoding, read-only access, limits
 *   connections.ts   all open sockets: heartbeat, waiting for them on shutdown
 *   access-watch.ts  re-checks access when it may have changed
 *   storage.ts       what a room needs of storage; sqlite-storage.ts is ours
 * This entry chooses the storage, wires the parts together and shuts them down.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Db } from '../../src/lib/server/db/client';
import { serverEvents } from '../../src/lib/server/events';
import { watchAccess } from './access-watch';
import { CLOSE } from './close-codes';
import type { ConnectionLimits } from './connection';
import { Connections } from './connections';
import { consoleLogger, type Logger } from './log';
import type { RoomSettings } from './room';
import { Rooms } from './rooms';
import { sqliteStorage } from './sqlite-storage';
import { Upgrades } from './upgrades';

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
	const log = options.log ?? consoleLogger;
	const origins = options.allowedOrigins;
	const rooms = new Rooms(sqliteStorage(db), { ...DEFAULT_ROOM_SETTINGS, ...options.rooms }, log);
	const connections = new Connections();
	const upgrades = new Upgrades(db, rooms, connections, {
		allowedOrigins: typeof origins === 'function' ? origins : () => origins,
		exclusive: options.exclusive ?? false,
		limits: { ...DEFAULT_LIMITS, ...options.limits },
		log
	});
	const stopWatchingAccess = watchAccess(db, connections, log, options.sessionRecheckMs ?? 60_000);
	const onLiveDocChanged = (docName: string, updateId: number) =>
		rooms.applyStoredUpdate(docName, updateId);
	serverEvents().on('liveDocChanged', onLiveDocChanged);
	const stopHeartbeat = connections.startHeartbeat(options.pingIntervalMs ?? 30_000);
	httpServer.on('upgrade', upgrades.listener);

	let closing = false;
	return {
		loadedDocuments: () => rooms.names(),
		async close() {
			if (closing) return;
			closing = true;
			upgrades.stop();
			httpServer.off('upgrade', upgrades.listener);
			stopHeartbeat();
			stopWatchingAccess();
			serverEvents().off('liveDocChanged', onLiveDocChanged);
			// Give clients a moment to complete the closing handshake, then cut the rest.
			const socketsClosed = connections.closed(SHUTDOWN_GRACE_MS);
			rooms.shutDown(CLOSE.GOING_AWAY, 'server shutting down');
			await socketsClosed;
			await upgrades.close();
		}
	};
}
