/** Messages between the benchmark's orchestrator, its server process and its client workers. */

export const SERVER_KINDS = ['relay', 'reference', 'ours'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

/** Server process → orchestrator. */
export type ServerReport =
	| { type: 'ready'; url: string; origin: string; cookie: string; docName: string }
	| { type: 'stats'; cpuMicros: number; rssBytes: number };

/** Orchestrator → server process. */
export type ServerCommand = { type: 'measureStart' } | { type: 'measureStop' };

export interface WorkerSetup {
	kind: ServerKind;
	url: string;
	origin: string;
	cookie: string;
	docName: string;
	/** Global indexes of this worker's clients; the first `typists` global indexes type. */
	clientIndexes: number[];
	typists: number;
	keysPerSecond: number;
	/** Per typist and keystroke: send time in ns (process.hrtime), shared by all workers. */
	sendTimes: SharedArrayBuffer;
	maxKeys: number;
}

/** Orchestrator → worker. */
export type WorkerCommand =
	/** Type for `warmUpMs` unmeasured, then for `durationMs` measured. */
	{ type: 'type'; warmUpMs: number; durationMs: number } | { type: 'report' } | { type: 'close' };

/** Worker → orchestrator. */
export type WorkerReport =
	| { type: 'connected' }
	| { type: 'failed'; message: string }
	| { type: 'typed' }
	| {
			type: 'report';
			/** Propagation latencies in ms of every keystroke this worker's clients received. */
			latencies: Float64Array;
			/** Distinct (receiver, keystroke) pairs received. */
			delivered: number;
			/** Measured keystrokes typed by this worker's typists. */
			typed: number;
			/** Each of this worker's typists' final text, to check convergence. */
			texts: string[];
	  };

/** Typists get fixed Yjs client ids, so every receiver can tell whose keystroke a struct is. */
export const TYPIST_CLIENT_BASE = 1_000_000;
