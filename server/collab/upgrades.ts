/**
 * The way in: a WebSocket upgrade to /collab/<docName> is checked (session,
 * Origin, access: auth.ts), its document loaded completely, and only then
 * is the handshake completed and a connection opened in the room (what
 * Hocuspocus's Server does before handing a socket to its Document).
 * Refusals before the handshake are plain HTTP answers.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Db } from '../../src/lib/server/db/client';
import { authorizeUpgrade, docNameFromUrl } from './auth';
import { CLOSE } from './close-codes';
import { Connection, type ConnectionLimits } from './connection';
import type { Connections } from './connections';
import type { Logger } from './log';
import type { Room } from './room';
import type { Rooms } from './rooms';

export interface UpgradeSettings {
	allowedOrigins: () => readonly string[];
	/** Answer upgrades outside /collab/ with 404, instead of leaving them to other listeners. */
	exclusive: boolean;
	limits: ConnectionLimits;
	log: Logger;
}

export class Upgrades {
	private readonly wss: WebSocketServer;
	private closing = false;

	constructor(
		private readonly db: Db,
		private readonly rooms: Rooms,
		private readonly connections: Connections,
		private readonly settings: UpgradeSettings
	) {
		this.wss = new WebSocketServer({
			noServer: true,
			maxPayload: settings.limits.maxMessageBytes,
			perMessageDeflate: false
		});
	}

	/** The server's 'upgrade' listener. */
	readonly listener = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
		const { log } = this.settings;
		const docName = docNameFromUrl(request.url);
		if (docName === null) {
			if (this.settings.exclusive) refuse(socket, 404, 'Not Found');
			return;
		}
		// A reset during our checks must not become an uncaught 'error'.
		const onSocketError = (err: Error) => log.warn('upgrade socket error', err.message);
		socket.on('error', onSocketError);
		try {
			if (this.closing) return refuse(socket, 503, 'Service Unavailable');
			const decision = authorizeUpgrade(this.db, request, this.settings.allowedOrigins());
			if (!decision.ok) return refuse(socket, decision.status, decision.reason);
			let room: Room | null;
			try {
				room = this.rooms.open(decision.docName);
			} catch (err) {
				log.error(`loading ${decision.docName} failed`, err);
				return refuse(socket, 500, 'Internal Server Error');
			}
			if (!room) return refuse(socket, 404, 'Not Found');
			socket.removeListener('error', onSocketError);
			this.wss.handleUpgrade(request, socket, head, (ws) => {
				// The room may have unloaded if the handshake was slow; load it again then.
				let target: Room | null;
				try {
					target = this.rooms.open(decision.docName);
				} catch (err) {
					log.error(`loading ${decision.docName} failed`, err);
					target = null;
				}
				if (!target) {
					ws.close(CLOSE.STORAGE_FAILED, 'document unavailable');
					return;
				}
				this.connections.add(
					new Connection(
						ws,
						target,
						decision.docName,
						decision.meetingId,
						decision.grant,
						this.settings.limits,
						log
					)
				);
			});
		} catch (err) {
			log.error('upgrade failed', err);
			refuse(socket, 500, 'Internal Server Error');
		}
	};

	/** Refuses every upgrade from now on (503). */
	stop(): void {
		this.closing = true;
	}

	/** Closes the WebSocket server; call once its sockets have closed. */
	close(): Promise<void> {
		return new Promise<void>((resolve) => this.wss.close(() => resolve()));
	}
}

function refuse(socket: Duplex, status: 401 | 403 | 404 | 500 | 503, reason: string): void {
	socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
	socket.destroy();
}
