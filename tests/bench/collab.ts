/**
 * `npm run bench:collab`: one minutes document, 50, 200 and 1000 connected
 * clients, 10 of them typing 5 keys/s, against a bare WebSocket relay (the
 * physical floor), the reference @y/websocket-server and ours, measured in
 * one run; then the cold load of a document with 100 000 stored updates,
 * without and with compaction. Prints tables, asserts nothing.
 *
 * The server runs in its own process and the clients in worker threads of
 * this one, so neither shares an event loop with the other. Loopback only.
 *
 * Targets (printed against the figures after the table): 100 % delivered
 * and converged; p99 ≤ 2× the relay's at 50 and 200 clients and ≤ 0.2× at
 * 1000; RSS ≤ 150 MB at 1000 clients; ≤ 100 ms to load the 100 000-update
 * document.
 */
// First: an older Node stops here with a clear message (the server and client processes use this Node).
import '../../scripts/node-version.js';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import { createAgendaDoc, createMinutesDoc } from '../../src/lib/documents/doc-schema';
import { compactDoc, loadDoc, storeNewDoc } from '../../src/lib/server/collab/store';
import { openDatabase } from '../../src/lib/server/db/client';
import {
	SERVER_KINDS,
	type ServerCommand,
	type ServerKind,
	type ServerReport,
	type WorkerCommand,
	type WorkerReport,
	type WorkerSetup
} from './messages';

const CLIENT_COUNTS = [50, 200, 1000];
const TYPISTS = 10;
const KEYS_PER_SECOND = 5;
const TYPING_MS = 8_000;
/** Typing before the measured part, so that start-up effects (JIT, first GCs) are not measured. */
const WARM_UP_MS = 1_000;
/** After the last keystroke, time for the slowest delivery to arrive. */
const DRAIN_MS = 2_000;
const WORKERS = 2;
const MAX_KEYS = Math.ceil((KEYS_PER_SECOND * (WARM_UP_MS + TYPING_MS) * 1.5) / 1000) + 10;
const COLD_UPDATES = 100_000;

/** Our p99 as a multiple of the relay's p99 in the same run, per client count. */
const P99_TARGET: Record<number, number> = { 50: 2, 200: 2, 1000: 0.2 };
const RSS_TARGET_MB = 150;
const RSS_TARGET_CLIENTS = 1000;
const COLD_LOAD_TARGET_MS = 100;

interface Row {
	kind: ServerKind;
	clients: number;
	p50: number;
	p99: number;
	deliveredPercent: number;
	converged: boolean;
	cpuMicrosPerMessage: number;
	rssMb: number;
	error?: string;
}

function next<T extends { type: string }, K extends T['type']>(
	source: { once(event: 'message', listener: (message: T) => void): unknown },
	type: K,
	timeoutMs: number
): Promise<Extract<T, { type: K }>> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`no "${type}" within ${timeoutMs} ms`)),
			timeoutMs
		);
		const listener = (message: T) => {
			if (message.type === 'failed' && 'message' in message) {
				clearTimeout(timer);
				reject(new Error(String(message.message)));
			} else if (message.type === type) {
				clearTimeout(timer);
				resolve(message as Extract<T, { type: K }>);
			} else {
				source.once('message', listener);
			}
		};
		source.once('message', listener);
	});
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: Float64Array, p: number): number {
	return sorted.length === 0
		? NaN
		: sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function runCase(kind: ServerKind, clients: number): Promise<Row> {
	const server: ChildProcess = fork(new URL('./server.mjs', import.meta.url), [kind], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	const workers: Worker[] = [];
	try {
		const ready = await next<ServerReport, 'ready'>(server, 'ready', 20_000);
		const sendTimes = new SharedArrayBuffer(8 * TYPISTS * MAX_KEYS);
		for (let w = 0; w < WORKERS; w++) {
			const setup: WorkerSetup = {
				kind,
				url: ready.url,
				origin: ready.origin,
				cookie: ready.cookie,
				docName: ready.docName,
				clientIndexes: Array.from({ length: clients }, (_, i) => i).filter(
					(i) => i % WORKERS === w
				),
				typists: TYPISTS,
				keysPerSecond: KEYS_PER_SECOND,
				sendTimes,
				maxKeys: MAX_KEYS
			};
			workers.push(new Worker(new URL('./clients.mjs', import.meta.url), { workerData: setup }));
		}
		await Promise.all(workers.map((w) => next<WorkerReport, 'connected'>(w, 'connected', 60_000)));

		const command = (message: ServerCommand) => server.send(message);
		const tell = (message: WorkerCommand) => workers.forEach((w) => w.postMessage(message));
		const typed = Promise.all(
			workers.map((w) => next<WorkerReport, 'typed'>(w, 'typed', WARM_UP_MS + TYPING_MS + 10_000))
		);
		tell({ type: 'type', warmUpMs: WARM_UP_MS, durationMs: TYPING_MS });
		await sleep(WARM_UP_MS);
		command({ type: 'measureStart' });
		await typed;
		await sleep(DRAIN_MS);
		// A saturated server (the relay at 1000 clients on a busy machine) answers late.
		const stats = next<ServerReport, 'stats'>(server, 'stats', 60_000);
		command({ type: 'measureStop' });
		const { cpuMicros, rssBytes } = await stats;
		const reports = workers.map((w) => next<WorkerReport, 'report'>(w, 'report', 30_000));
		tell({ type: 'report' });
		const results = await Promise.all(reports);

		const latencies = Float64Array.from(results.flatMap((r) => [...r.latencies])).sort();
		const delivered = results.reduce((sum, r) => sum + r.delivered, 0);
		const keystrokes = results.reduce((sum, r) => sum + r.typed, 0);
		const expected = keystrokes * (clients - 1);
		const texts = results.flatMap((r) => r.texts);
		return {
			kind,
			clients,
			p50: percentile(latencies, 0.5),
			p99: percentile(latencies, 0.99),
			deliveredPercent: (100 * delivered) / expected,
			converged: delivered === expected && texts.every((t) => t === texts[0]),
			cpuMicrosPerMessage: cpuMicros / delivered,
			rssMb: rssBytes / 1024 / 1024
		};
	} catch (err) {
		const error = err instanceof Error ? err.message : String(err);
		return {
			kind,
			clients,
			p50: NaN,
			p99: NaN,
			deliveredPercent: 0,
			converged: false,
			cpuMicrosPerMessage: NaN,
			rssMb: NaN,
			error
		};
	} finally {
		for (const w of workers) {
			w.postMessage({ type: 'close' } satisfies WorkerCommand);
			await w.terminate();
		}
		server.disconnect();
		server.kill();
	}
}

function table(headers: string[], rows: string[][]): string {
	const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) =>
		'| ' +
		cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') +
		' |';
	return [
		line(headers),
		'|' +
			widths.map((w, i) => (i < 2 ? ':' : '-') + '-'.repeat(w) + (i < 2 ? '-' : ':')).join('|') +
			'|',
		...rows.map(line)
	].join('\n');
}

const fixed = (value: number, digits: number) =>
	Number.isFinite(value) ? value.toFixed(digits) : '–';

/** Median of a few timed runs of `run`, in ms. */
function timeMedian(runs: number, run: () => void): number {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		run();
		times.push(performance.now() - start);
	}
	return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/**
 * A minutes document followed by 100 000 keystroke-sized updates, as a year
 * of typing leaves it: runs of keys at a cursor that jumps to a random place
 * every 20 keys, one key in ten a backspace.
 */
function coldLoad(): {
	updates: number;
	replayMs: number;
	compactMs: number;
	snapshotMs: number;
	snapshotKb: number;
} {
	const dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-bench-cold-'));
	try {
		const db = openDatabase(join(dir, 'cold.db'));
		const name = 'minutes:1';
		const doc = createMinutesDoc(
			createAgendaDoc([{ title: 'Kokouksen avaus', proposal: 'Puheenjohtaja avaa kokouksen.' }])
		);
		storeNewDoc(db, name, doc);
		const insert = db.$client.prepare('insert into doc_update (doc_name, "update") values (?, ?)');
		const updates: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => updates.push(update));
		const paragraph = new Y.XmlText();
		doc.getXmlFragment('discussion:bench').insert(0, [paragraph]);
		let cursor = 0;
		for (let i = 0; updates.length < COLD_UPDATES; i++) {
			if (i % 20 === 0) cursor = Math.floor(Math.random() * (paragraph.length + 1));
			if (i % 10 === 9 && cursor > 0) paragraph.delete(--cursor, 1);
			else paragraph.insert(cursor++, String.fromCharCode(97 + (i % 26)));
		}
		db.$client.transaction(() => {
			for (const update of updates) insert.run(name, Buffer.from(update));
		})();

		const replayMs = timeMedian(3, () => loadDoc(db, name));
		const loaded = loadDoc(db, name)!;
		const compactStart = performance.now();
		compactDoc(db, name, loaded.doc, loaded.throughUpdateId);
		const compactMs = performance.now() - compactStart;
		const snapshotMs = timeMedian(3, () => loadDoc(db, name));
		const snapshotKb = Y.encodeStateAsUpdate(loaded.doc).byteLength / 1024;
		db.$client.close();
		return { updates: updates.length + 1, replayMs, compactMs, snapshotMs, snapshotKb };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const rows: Row[] = [];
for (const clients of CLIENT_COUNTS) {
	for (const kind of SERVER_KINDS) {
		console.error(`… ${kind}, ${clients} clients`);
		rows.push(await runCase(kind, clients));
	}
}

console.log(
	`\nPropagation: one minutes document, ${TYPISTS} typists at ${KEYS_PER_SECOND} keys/s for ${TYPING_MS / 1000} s (after ${WARM_UP_MS / 1000} s unmeasured), latency = keystroke to arrival at each other client; CPU and RSS of the server process\n`
);
console.log(
	table(
		[
			'server',
			'clients',
			'p50 ms',
			'p99 ms',
			'p99 / relay',
			'delivered %',
			'converged',
			'CPU µs/msg',
			'RSS MB'
		],
		rows.map((r) => {
			const relay = rows.find((x) => x.kind === 'relay' && x.clients === r.clients);
			return [
				r.kind,
				String(r.clients),
				fixed(r.p50, 2),
				fixed(r.p99, 2),
				relay ? fixed(r.p99 / relay.p99, 2) + '×' : '–',
				fixed(r.deliveredPercent, 2),
				r.error ? `error: ${r.error}` : r.converged ? 'yes' : 'no',
				fixed(r.cpuMicrosPerMessage, 2),
				fixed(r.rssMb, 0)
			];
		})
	)
);

const p99Ratio = (r: Row) =>
	r.p99 / (rows.find((x) => x.kind === 'relay' && x.clients === r.clients)?.p99 ?? NaN);
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
const ours = rows.filter((r) => r.kind === 'ours');
const targets: string[][] = ours.flatMap((r) => [
	[
		`${r.clients} clients: delivered and converged`,
		'100 %, yes',
		`${fixed(r.deliveredPercent, 2)} %, ${r.converged ? 'yes' : 'no'}`,
		met(r.converged)
	],
	[
		`${r.clients} clients: p99 / relay`,
		`≤ ${P99_TARGET[r.clients]}×`,
		fixed(p99Ratio(r), 2) + '×',
		met(p99Ratio(r) <= P99_TARGET[r.clients])
	]
]);
const big = ours.find((r) => r.clients === RSS_TARGET_CLIENTS);
if (big)
	targets.push([
		`${big.clients} clients: RSS`,
		`≤ ${RSS_TARGET_MB} MB`,
		`${fixed(big.rssMb, 0)} MB`,
		met(big.rssMb <= RSS_TARGET_MB)
	]);

const cold = coldLoad();
targets.push([
	'cold load, compacted',
	`≤ ${COLD_LOAD_TARGET_MS} ms`,
	`${fixed(cold.snapshotMs, 1)} ms`,
	met(cold.snapshotMs <= COLD_LOAD_TARGET_MS)
]);
console.log(
	`\nCold load of a document with ${cold.updates.toLocaleString('en')} stored updates (median of 3)\n`
);
console.log(
	table(
		['stored as', 'state', 'load ms'],
		[
			['update log', 'no snapshot', fixed(cold.replayMs, 1)],
			[
				'snapshot',
				`compacted (${fixed(cold.compactMs, 0)} ms, ${fixed(cold.snapshotKb, 0)} KiB)`,
				fixed(cold.snapshotMs, 1)
			]
		]
	)
);

console.log('\nTargets for ours\n');
console.log(table(['target', 'goal', 'measured', 'status'], targets));
