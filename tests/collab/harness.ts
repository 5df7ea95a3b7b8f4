/** A real HTTP server with the collaboration server on a loopback port, and real clients for it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
	attachCollaboration,
	type CollabOptions,
	type CollabServer
} from '../../server/collab/index';
import type { Logger } from '../../server/collab/log';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { loadDoc } from '../../src/lib/server/collab/store';
import { openDatabase, type Db } from '../../src/lib/server/db/client';

/** Expected noise (sockets closed by the tests) stays out of the output; real errors are kept. */
export const quietLogger: Logger = {
	warn: () => {},
	error: (message, detail) => console.error(`[collab] ${message}`, detail)
};

export interface TempDb {
	db: Db;
	path: string;
	remove(): void;
}

export function createTempDb(): TempDb {
	const dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-collab-'));
	const path = join(dir, 'test.db');
	const db = openDatabase(path);
	return {
		db,
		path,
		remove() {
			db.$client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

export interface RunningServer {
	/** ws://127.0.0.1:<port>/collab */
	url: string;
	origin: string;
	collab: CollabServer;
	close(): Promise<void>;
}

export async function startServer(
	db: Db,
	options: Partial<CollabOptions> = {}
): Promise<RunningServer> {
	const http: Server = createServer((_req, res) => {
		res.statusCode = 404;
		res.end();
	});
	await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
	const { port } = http.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	const collab = attachCollaboration(http, db, {
		allowedOrigins: [origin],
		exclusive: true,
		log: quietLogger,
		...options
	});
	return {
		url: `ws://127.0.0.1:${port}/collab`,
		origin,
		collab,
		async close() {
			await collab.close();
			http.closeAllConnections();
			await new Promise<void>((resolve) => http.close(() => resolve()));
		}
	};
}

/** The `ws` client with our cookie and Origin, in the shape y-websocket expects of a WebSocket class. */
export function socketClass(token: string | null, origin: string) {
	const headers: Record<string, string> = { origin };
	if (token) headers.cookie = `${SESSION_COOKIE}=${token}`;
	return class extends WebSocket {
		constructor(address: string | URL, protocols?: string | string[]) {
			super(address, protocols, { headers });
		}
	};
}

export interface Client {
	doc: Y.Doc;
	provider: WebsocketProvider;
	/** Close events seen by the provider, newest last. */
	closes: { code: number; reason: string }[];
	destroy(): void;
}

export function connectClient(
	server: Pick<RunningServer, 'url' | 'origin'>,
	docName: string,
	token: string | null
): Client {
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(server.url, docName, doc, {
		// y-websocket types its option as the DOM WebSocket; `ws` implements the part it uses.
		WebSocketPolyfill: socketClass(token, server.origin) as unknown as typeof globalThis.WebSocket,
		// Providers in one process would otherwise sync through a BroadcastChannel, bypassing the server.
		disableBc: true
	});
	const closes: Client['closes'] = [];
	provider.on('connection-close', (event) => {
		if (event) closes.push({ code: event.code, reason: event.reason });
	});
	return {
		doc,
		provider,
		closes,
		destroy() {
			provider.destroy();
			doc.destroy();
		}
	};
}

export async function waitFor(
	condition: () => boolean,
	timeoutMs = 5_000,
	what = 'condition'
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

export function synced(client: Client, timeoutMs = 5_000): Promise<void> {
	return waitFor(() => client.provider.synced, timeoutMs, 'sync');
}

/** A raw socket (no y-websocket) for crafted messages; resolves once open, rejects with the HTTP status if refused. */
export function openRaw(
	server: RunningServer,
	docName: string,
	token: string | null,
	origin = server.origin
): Promise<WebSocket> {
	const Socket = socketClass(token, origin);
	const ws = new Socket(`${server.url}/${docName}`);
	return new Promise((resolve, reject) => {
		ws.once('open', () => resolve(ws));
		ws.once('unexpected-response', (_req, res) => reject(new Refused(res.statusCode ?? 0)));
		ws.once('error', reject);
	});
}

export class Refused extends Error {
	constructor(readonly status: number) {
		super(`refused with HTTP ${status}`);
	}
}

/** The HTTP status an upgrade is refused with, or 101 when it is accepted. */
export async function upgradeStatus(
	server: RunningServer,
	docName: string,
	token: string | null,
	origin?: string
): Promise<number> {
	try {
		const ws = await openRaw(server, docName, token, origin);
		ws.close();
		return 101;
	} catch (err) {
		if (err instanceof Refused) return err.status;
		throw err;
	}
}

export function closeCode(ws: WebSocket): Promise<number> {
	if (ws.readyState === WebSocket.CLOSED) return Promise.reject(new Error('already closed'));
	return new Promise((resolve) => ws.once('close', (code) => resolve(code)));
}

/** The document as stored in the database (what a restarted server would serve). */
export function storedDoc(db: Db, docName: string): Y.Doc {
	const loaded = loadDoc(db, docName);
	if (!loaded) throw new Error(`${docName} is not stored`);
	return loaded.doc;
}

export function sameState(a: Y.Doc, b: Y.Doc): boolean {
	return Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b));
}
