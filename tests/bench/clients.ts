/**
 * A worker thread holding part of the benchmark's clients. Typists are full
 * Yjs clients typing into one shared text; the others are light observers
 * that only decode what they receive. Every client records, for each typist's
 * keystroke it receives, the time since the keystroke was sent (times are
 * process.hrtime, shared through a SharedArrayBuffer).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { parentPort, workerData } from 'node:worker_threads';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
	TYPIST_CLIENT_BASE,
	type WorkerCommand,
	type WorkerReport,
	type WorkerSetup
} from './messages';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const sendTimes = new BigInt64Array(setup.sendTimes);
const latencies: number[] = [];
let delivered = 0;
let typed = 0;

function post(message: WorkerReport): void {
	port.postMessage(message);
}

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 0);
	encoding.writeVarUint(encoder, step);
	encoding.writeVarUint8Array(encoder, payload);
	return encoding.toUint8Array(encoder);
}

class BenchClient {
	readonly ws: WebSocket;
	/** Which keystrokes of each typist this client has seen (so duplicates count once). */
	private readonly seen: Uint8Array;
	readonly doc: Y.Doc | null;
	private synced: () => void = () => {};
	readonly ready: Promise<void>;

	constructor(
		readonly index: number,
		readonly typist: boolean
	) {
		this.seen = new Uint8Array(setup.typists * setup.maxKeys);
		this.doc = typist ? new Y.Doc() : null;
		if (this.doc) {
			this.doc.clientID = TYPIST_CLIENT_BASE + index;
			this.doc.on('update', (update: Uint8Array, origin: unknown) => {
				if (origin !== this) this.send(syncMessage(2, update));
			});
		}
		this.ws = new WebSocket(`${setup.url}/${setup.docName}`, {
			headers: { origin: setup.origin, cookie: setup.cookie },
			perMessageDeflate: false
		});
		this.ready = new Promise((resolve, reject) => {
			// The relay has no state to sync: a client is ready once connected.
			this.synced = resolve;
			this.ws.once('error', reject);
			this.ws.once('open', () => {
				if (setup.kind === 'relay') resolve();
				else this.send(syncMessage(0, this.doc ? Y.encodeStateVector(this.doc) : Uint8Array.of(0)));
			});
		});
		this.ws.on('message', (data: Buffer) => this.receive(data));
	}

	send(message: Uint8Array): void {
		if (this.ws.readyState === WebSocket.OPEN) this.ws.send(message);
	}

	private receive(data: Buffer): void {
		const now = process.hrtime.bigint();
		const decoder = decoding.createDecoder(
			new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
		);
		if (decoding.readVarUint(decoder) !== 0) return; // awareness: not measured
		const step = decoding.readVarUint(decoder);
		const payload = decoding.readVarUint8Array(decoder);
		if (step === 0) {
			// Only editors answer the server's sync step 1, as the stock client does.
			if (this.doc) this.send(syncMessage(1, Y.encodeStateAsUpdate(this.doc, payload)));
			return;
		}
		this.record(payload, now);
		if (this.doc) Y.applyUpdate(this.doc, payload, this);
		if (step === 1) this.synced();
	}

	private record(update: Uint8Array, now: bigint): void {
		for (const struct of Y.decodeUpdate(update).structs) {
			if (!(struct instanceof Y.Item)) continue;
			const typist = struct.id.client - TYPIST_CLIENT_BASE;
			// Own keystrokes echoed back (the reference does that) are not deliveries.
			if (typist < 0 || typist >= setup.typists || typist === this.index) continue;
			for (
				let clock = struct.id.clock;
				clock < struct.id.clock + struct.length && clock < setup.maxKeys;
				clock++
			) {
				const slot = typist * setup.maxKeys + clock;
				if (this.seen[slot]) continue;
				this.seen[slot] = 1;
				const sent = Atomics.load(sendTimes, slot);
				if (sent === 0n) continue;
				delivered++;
				latencies.push(Number(now - sent) / 1e6);
			}
		}
	}

	/** One keystroke at a random place in the shared text; only measured ones get a send time. */
	type(measured: boolean): void {
		const doc = this.doc!;
		const text = doc.getText('bench');
		const clock = Y.getState(doc.store, doc.clientID);
		if (clock >= setup.maxKeys) return;
		if (measured) {
			Atomics.store(sendTimes, this.index * setup.maxKeys + clock, process.hrtime.bigint());
			typed++;
		}
		text.insert(
			Math.floor(Math.random() * (text.length + 1)),
			String.fromCharCode(97 + (clock % 26))
		);
	}
}

const clients: BenchClient[] = [];

async function connectAll(): Promise<void> {
	const BATCH = 50;
	for (let i = 0; i < setup.clientIndexes.length; i += BATCH) {
		const batch = setup.clientIndexes
			.slice(i, i + BATCH)
			.map((index) => new BenchClient(index, index < setup.typists));
		clients.push(...batch);
		await Promise.all(batch.map((c) => c.ready));
	}
}

/**
 * Every typist presses a key `keysPerSecond` times a second for `warmUpMs`
 * (JIT, buffers and caches settle; not measured) and then `durationMs`, then
 * `done` runs.
 */
function typeFor(warmUpMs: number, durationMs: number, done: () => void): void {
	const interval = 1000 / setup.keysPerSecond;
	const measureFrom = performance.now() + warmUpMs;
	const timers: NodeJS.Timeout[] = [];
	for (const typist of clients.filter((c) => c.typist)) {
		const press = () => typist.type(performance.now() >= measureFrom);
		// Staggered so that the typists do not all press a key at the same instant.
		timers.push(
			setTimeout(() => {
				press();
				timers.push(setInterval(press, interval));
			}, Math.random() * interval)
		);
	}
	setTimeout(() => {
		for (const timer of timers) clearTimeout(timer);
		done();
	}, warmUpMs + durationMs);
}

port.on('message', (command: WorkerCommand) => {
	if (command.type === 'type') {
		typeFor(command.warmUpMs, command.durationMs, () => post({ type: 'typed' }));
	} else if (command.type === 'report') {
		const texts = clients.filter((c) => c.doc).map((c) => c.doc!.getText('bench').toString());
		post({ type: 'report', latencies: Float64Array.from(latencies), delivered, typed, texts });
	} else {
		for (const c of clients) c.ws.terminate();
		port.close();
	}
});

connectAll().then(
	() => post({ type: 'connected' }),
	(err: unknown) =>
		post({ type: 'failed', message: err instanceof Error ? err.message : String(err) })
);
