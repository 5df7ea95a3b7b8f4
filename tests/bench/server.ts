/**
 * The server under test, in its own process (forked by collab.ts with the
 * kind as argument): a bare WebSocket relay (the physical floor), the
 * reference @y/websocket-server 0.1.1, or ours over a temporary database.
 * Reports its CPU time and RSS over IPC.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setPersistence, setupWSConnection } from '@y/websocket-server/utils';
import { WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { attachCollaboration } from '../../server/collab/index';
import { createAgendaDoc, createMinutesDoc } from '../../src/lib/documents/doc-schema';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { openDatabase } from '../../src/lib/server/db/client';
import { createCollabFixture } from '../collab/fixture';
import { SERVER_KINDS, type ServerCommand, type ServerKind, type ServerReport } from './messages';

const kind = process.argv[2] as ServerKind;
if (!SERVER_KINDS.includes(kind)) throw new Error(`unknown server kind ${process.argv[2]}`);

function report(message: ServerReport): void {
	process.send?.(message);
}

const http = createServer((_req, res) => {
	res.statusCode = 404;
	res.end();
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const { port } = http.address() as AddressInfo;
const origin = `http://127.0.0.1:${port}`;
const url = `ws://127.0.0.1:${port}/collab`;
let cleanUp = () => {};

function docNameOf(request: IncomingMessage): string {
	return decodeURIComponent((request.url ?? '').slice('/collab/'.length).split('?')[0]);
}

if (kind === 'ours') {
	const dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-bench-'));
	const db = openDatabase(join(dir, 'bench.db'));
	const fixture = createCollabFixture(db);
	// One editor session for every client: the benchmark measures propagation, not login.
	attachCollaboration(http, db, {
		allowedOrigins: [origin],
		exclusive: true,
		log: { warn: () => {}, error: (m, d) => console.error(m, d) }
	});
	cleanUp = () => rmSync(dir, { recursive: true, force: true });
	report({
		type: 'ready',
		url,
		origin,
		cookie: `${SESSION_COOKIE}=${fixture.secretary.token}`,
		docName: `minutes:${fixture.meetingId}`
	});
} else {
	const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
	if (kind === 'reference') {
		// The same starting document as ours, bound the way the reference's persistence hook allows.
		const initial = Y.encodeStateAsUpdate(
			createMinutesDoc(
				createAgendaDoc([{ title: 'Kokouksen avaus', proposal: 'Puheenjohtaja avaa kokouksen.' }])
			)
		);
		setPersistence({
			provider: null,
			bindState: (_name, doc) => Y.applyUpdate(doc, initial),
			writeState: async () => {}
		});
		http.on('upgrade', (request, socket, head) => {
			wss.handleUpgrade(request, socket, head, (ws) =>
				setupWSConnection(ws, request, { docName: docNameOf(request) })
			);
		});
	} else {
		// The floor: every message to every other client, nothing else.
		const clients = new Set<WebSocket>();
		http.on('upgrade', (request, socket, head) => {
			wss.handleUpgrade(request, socket, head, (ws) => {
				clients.add(ws);
				ws.on('message', (data: Buffer) => {
					for (const other of clients)
						if (other !== ws && other.readyState === WebSocket.OPEN) other.send(data);
				});
				ws.on('close', () => clients.delete(ws));
			});
		});
	}
	report({ type: 'ready', url, origin, cookie: '', docName: 'minutes:1' });
}

let started = process.cpuUsage();
process.on('message', (command: ServerCommand) => {
	if (command.type === 'measureStart') {
		started = process.cpuUsage();
	} else {
		const used = process.cpuUsage(started);
		report({
			type: 'stats',
			cpuMicros: used.user + used.system,
			rssBytes: process.memoryUsage().rss
		});
	}
});
process.on('disconnect', () => {
	cleanUp();
	process.exit(0);
});
