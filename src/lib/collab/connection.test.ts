import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { docs, setupWSConnection } from '@y/websocket-server/utils';
import { connectionStatus, LiveDocument, type ConnectionStatus } from './connection.svelte';
import { createItemMap, itemsOf, readItems } from '#lib/documents/doc-schema.js';

describe('connection status', () => {
	it.each([
		[{ denied: true, synced: true, interrupted: false, pending: false }, 'denied'],
		[{ denied: false, synced: false, interrupted: false, pending: false }, 'connecting'],
		[{ denied: false, synced: false, interrupted: true, pending: true }, 'offline'],
		[{ denied: false, synced: true, interrupted: true, pending: true }, 'saving'],
		[{ denied: false, synced: true, interrupted: false, pending: false }, 'saved']
	] as const)('%o is %s', (facts, status) => {
		expect(connectionStatus(facts)).toBe(status);
	});
});

/**
 * Against the reference y-websocket server (same protocol as ours), with the
 * `ws` client standing in for the browser's WebSocket (Node 20 has none).
 */
describe('a live document against a y-websocket server', () => {
	let server: Server;
	let sockets: WebSocketServer;
	let url: string;
	let refuse: number | null = null;
	const opened: LiveDocument[] = [];

	beforeAll(async () => {
		vi.stubGlobal('WebSocket', WebSocket);
		sockets = new WebSocketServer({ noServer: true });
		server = createServer();
		server.on('upgrade', (request, socket, head) => {
			sockets.handleUpgrade(request, socket, head, (ws) => {
				if (refuse !== null) ws.close(refuse, 'refused');
				else
					setupWSConnection(ws, request, { docName: (request.url ?? '').replace('/collab/', '') });
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/collab`;
		return () => {
			vi.unstubAllGlobals();
			sockets.close();
			server.close();
		};
	});

	afterEach(() => {
		refuse = null;
		for (const live of opened.splice(0)) live.destroy();
	});

	function open(docName: string, user = { id: 1, name: 'Aino' }): LiveDocument {
		const live = new LiveDocument(docName, user, url);
		opened.push(live);
		return live;
	}

	const reaches = (live: LiveDocument, status: ConnectionStatus) =>
		vi.waitFor(() => expect(live.status).toBe(status), { timeout: 5000 });

	it('is saved once the server has confirmed a local edit', async () => {
		const live = open('agenda:1');
		expect(live.status).toBe('connecting');
		await reaches(live, 'saved');
		live.doc.transact(() => itemsOf(live.doc).push([createItemMap({ id: 'a', title: 'Avaus' })]));
		expect(live.status).toBe('saving');
		await reaches(live, 'saved');
		expect(readItems(docs.get('agenda:1')!).map((item) => item.title)).toEqual(['Avaus']);
	});

	it('keeps edits made offline and sends them when the connection returns', async () => {
		const live = open('agenda:2');
		await reaches(live, 'saved');
		for (const client of sockets.clients) client.terminate();
		await reaches(live, 'offline');
		live.doc.transact(() => itemsOf(live.doc).push([createItemMap({ id: 'b', title: 'Offline' })]));
		expect(live.status).toBe('offline');
		await reaches(live, 'saved');
		expect(readItems(docs.get('agenda:2')!).map((item) => item.title)).toEqual(['Offline']);
	});

	it('lists everyone in the document with a colour, marking itself', async () => {
		const aino = open('minutes:3', { id: 1, name: 'Aino' });
		const bertta = open('minutes:3', { id: 2, name: 'Bertta' });
		await vi.waitFor(
			() =>
				expect(aino.peers.map((p) => [p.name, p.self])).toEqual([
					['Aino', true],
					['Bertta', false]
				]),
			{ timeout: 5000 }
		);
		expect(aino.peers[1].color).toBe(bertta.user.color);
		bertta.destroy();
		await vi.waitFor(() => expect(aino.peers.map((p) => p.name)).toEqual(['Aino']), {
			timeout: 5000
		});
	});

	it('shows "no access" when the server refuses with 4403', async () => {
		refuse = 4403;
		const live = open('minutes:4');
		await reaches(live, 'denied');
	});
});
