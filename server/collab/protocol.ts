/**
 * The y-websocket wire format (y-protocols `sync` and `awareness`), decoded
 * defensively. The reference server feeds raw client bytes straight into
 * y-protocols and Yjs, where a truncated varint or a huge length prefix throws
 * half-way through a change. Here every client message is decoded completely
 * into a plain value first, so a bad message is rejected before anything is
 * applied, and the caller closes only that socket.
 *
 *   sync:       [0, 0, varBytes(stateVector)]   sync step 1
 *               [0, 1, varBytes(update)]        sync step 2
 *               [0, 2, varBytes(update)]        update
 *   awareness:  [1, varBytes(awarenessUpdate)]
 *   query:      [3]                             "send me everyone's awareness"
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;

const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export interface AwarenessEntry {
	clientId: number;
	clock: number;
	/** The state as JSON text, already checked to parse. */
	json: string;
}

export type ClientMessage =
	| { kind: 'syncStep1'; stateVector: Uint8Array }
	| { kind: 'syncStep2'; update: Uint8Array }
	| { kind: 'update'; update: Uint8Array }
	| { kind: 'awareness'; entries: AwarenessEntry[]; payload: Uint8Array }
	| { kind: 'queryAwareness' };

/** A client message we refuse to act on; the connection closes with MALFORMED. */
export class MalformedMessage extends Error {}

/**
 * Decodes the envelope of a client message. Update payloads are returned as
 * bytes: read-only connections drop them without paying for Yjs decoding,
 * and editors validate them with `validateUpdate` before applying.
 */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
	try {
		const decoder = decoding.createDecoder(data);
		const message = readMessage(decoder);
		if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes');
		return message;
	} catch (err) {
		// lib0 throws plain Errors and RangeErrors on truncated input.
		throw err instanceof MalformedMessage
			? err
			: new MalformedMessage(err instanceof Error ? err.message : 'undecodable');
	}
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
	const type = decoding.readVarUint(decoder);
	switch (type) {
		case MESSAGE_SYNC: {
			const step = decoding.readVarUint(decoder);
			const payload = decoding.readVarUint8Array(decoder);
			if (step === SYNC_STEP_1) {
				// A state vector is small; decoding it here proves it is well formed.
				Y.decodeStateVector(payload);
				return { kind: 'syncStep1', stateVector: payload };
			}
			if (step === SYNC_STEP_2) return { kind: 'syncStep2', update: payload };
			if (step === SYNC_UPDATE) return { kind: 'update', update: payload };
			throw new MalformedMessage(`unknown sync step ${step}`);
		}
		case MESSAGE_AWARENESS: {
			const payload = decoding.readVarUint8Array(decoder);
			return { kind: 'awareness', entries: readAwarenessEntries(payload), payload };
		}
		case MESSAGE_QUERY_AWARENESS:
			return { kind: 'queryAwareness' };
		default:
			throw new MalformedMessage(`unknown message type ${type}`);
	}
}

function readAwarenessEntries(payload: Uint8Array): AwarenessEntry[] {
	const decoder = decoding.createDecoder(payload);
	const count = decoding.readVarUint(decoder);
	const entries: AwarenessEntry[] = [];
	// Each entry takes at least three bytes, so a huge count fails on the data, not on memory.
	for (let i = 0; i < count; i++) {
		const clientId = decoding.readVarUint(decoder);
		const clock = decoding.readVarUint(decoder);
		const json = decoding.readVarString(decoder);
		JSON.parse(json);
		entries.push({ clientId, clock, json });
	}
	if (decoding.hasContent(decoder))
		throw new MalformedMessage('trailing bytes in awareness update');
	return entries;
}

/**
 * Parses a Yjs update completely without applying it. Yjs integrates the
 * structs of an update before it reads its delete set, so an update that is
 * corrupt at the end would otherwise be half applied before it throws.
 */
export function validateUpdate(update: Uint8Array): void {
	try {
		Y.decodeUpdate(update);
	} catch (err) {
		throw new MalformedMessage(err instanceof Error ? err.message : 'undecodable update');
	}
}

export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, entries.length);
	for (const entry of entries) {
		encoding.writeVarUint(encoder, entry.clientId);
		encoding.writeVarUint(encoder, entry.clock);
		encoding.writeVarString(encoder, entry.json);
	}
	return encoding.toUint8Array(encoder);
}

// Server → client messages. Each is encoded once and sent to every recipient.

export function syncStep1Message(doc: Y.Doc): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_SYNC);
	encoding.writeVarUint(encoder, SYNC_STEP_1);
	encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
	return encoding.toUint8Array(encoder);
}

export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_SYNC);
	encoding.writeVarUint(encoder, SYNC_STEP_2);
	encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, stateVector));
	return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_SYNC);
	encoding.writeVarUint(encoder, SYNC_UPDATE);
	encoding.writeVarUint8Array(encoder, update);
	return encoding.toUint8Array(encoder);
}

export function awarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
	encoding.writeVarUint8Array(encoder, awarenessUpdate);
	return encoding.toUint8Array(encoder);
}
