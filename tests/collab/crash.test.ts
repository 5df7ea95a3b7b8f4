/**
 * `kill -9` loses nothing a client was sent: the server stores every update
 * before broadcasting it, so after a SIGKILL in the middle of typing and a
 * restart on the same database, every update any client received is there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendParagraphs, readItems, textOf } from '../../src/lib/documents/doc-schema';
import { bundle, type Bundle } from './bundle';
import { createCollabFixture } from './fixture';
import {
	connectClient,
	createTempDb,
	sameState,
	synced,
	waitFor,
	type Client,
	type TempDb
} from './harness';

const ORIGIN = 'http://127.0.0.1';

let built: Bundle;
let temp: TempDb;
const children: ChildProcess[] = [];

beforeAll(async () => {
	built = await bundle(['tests/collab/serve.ts']);
	temp = createTempDb();
});

afterAll(() => {
	for (const child of children) child.kill('SIGKILL');
	built.remove();
	temp.remove();
});

async function startChild(): Promise<{ child: ChildProcess; url: string }> {
	const child = spawn(process.execPath, [built.file('serve')], {
		env: { ...process.env, COLLAB_DB: temp.path, COLLAB_ORIGIN: ORIGIN },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	children.push(child);
	const lines = createInterface({ input: child.stdout! });
	for await (const line of lines) {
		const { port } = JSON.parse(line) as { port: number };
		return { child, url: `ws://127.0.0.1:${port}/collab` };
	}
	throw new Error('the server exited before listening');
}

it('a server killed with SIGKILL while clients type restarts with every update a client had received', async () => {
	const fixture = createCollabFixture(temp.db);
	const name = `minutes:${fixture.meetingId}`;
	const first = await startChild();

	const typists: Client[] = [
		fixture.secretary.token,
		fixture.chair.token,
		fixture.secretary.token
	].map((token) => connectClient({ url: first.url, origin: ORIGIN }, name, token));
	await Promise.all(typists.map((c) => synced(c)));
	const received: Uint8Array[] = [];
	for (const c of typists) {
		// y-websocket applies what the server sends with the provider as origin.
		c.doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin === c.provider) received.push(update);
		});
	}

	let keystroke = 0;
	const typing = setInterval(() => {
		for (const c of typists) {
			const [item] = readItems(c.doc);
			appendParagraphs(textOf(c.doc, 'discussion', item.id), `Näppäily ${keystroke++}`);
		}
	}, 5);
	// Type until plenty has gone through the server (a slow, busy machine needs longer), then kill it mid-typing.
	await waitFor(() => received.length > 100, 30_000, 'updates relayed before the kill');
	const exited = new Promise((resolve) => first.child.once('exit', resolve));
	first.child.kill('SIGKILL');
	await exited;
	clearInterval(typing);
	// Nothing more can arrive; the typists must not push their local state into the new server.
	for (const c of typists) c.destroy();
	expect(received.length).toBeGreaterThan(100);

	const second = await startChild();
	const reader = connectClient({ url: second.url, origin: ORIGIN }, name, fixture.member.token);
	await synced(reader);
	const restarted = reader.doc;
	const withReceived = new Y.Doc();
	Y.applyUpdate(withReceived, Y.encodeStateAsUpdate(restarted));
	for (const update of received) Y.applyUpdate(withReceived, update);
	// Applying every received update adds nothing: the restarted document already had them all.
	expect(sameState(withReceived, restarted)).toBe(true);
	reader.destroy();
	second.child.kill('SIGTERM');
}, 60_000);
