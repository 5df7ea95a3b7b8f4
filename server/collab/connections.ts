/**
 * The open connections of all documents: kept alive by pings, re-checked by
 * the access watch (access-watch.ts), and waited for on shutdown.
 */
import type { Connection } from './connection';

export class Connections implements Iterable<Connection> {
	private readonly open = new Set<Connection>();

	/** Starts the connection in its room; it is forgotten when its socket closes. */
	add(connection: Connection): void {
		this.open.add(connection);
		connection.start((closed) => this.open.delete(closed));
	}

	[Symbol.iterator](): Iterator<Connection> {
		return this.open.values();
	}

	/** Pings every socket every `intervalMs`; one that misses a ping is dropped. Returns the stop. */
	startHeartbeat(intervalMs: number): () => void {
		const ping = setInterval(() => {
			for (const connection of this.open) connection.heartbeat();
		}, intervalMs);
		ping.unref();
		return () => clearInterval(ping);
	}

	/**
	 * Waits for the sockets of the connections open now to finish their
	 * closing handshake (once the rooms have sent everyone away), cutting those
	 * still open after `graceMs`.
	 */
	async closed(graceMs: number): Promise<void> {
		const sockets = [...this.open].map((connection) => connection.socket);
		await Promise.all(
			sockets.map(
				(ws) =>
					new Promise<void>((resolve) => {
						if (ws.readyState === ws.CLOSED) return resolve();
						const timer = setTimeout(() => ws.terminate(), graceMs);
						ws.once('close', () => {
							clearTimeout(timer);
							resolve();
						});
					})
			)
		);
	}
}
