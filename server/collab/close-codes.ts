/**
 * WebSocket close codes of the collaboration server (meanings in index.ts).
 * The stock y-websocket client treats 4400–4499 as final (it stops
 * reconnecting) and every other code as transient, so the codes are chosen
 * by whether reconnecting can help.
 */
export const CLOSE = {
	/** Server shutting down (RFC 6455); the client reconnects. */
	GOING_AWAY: 1001,
	/** A frame larger than the message limit; sent by `ws` before buffering it (RFC 6455). */
	TOO_BIG: 1009,
	/** An unexpected error handling this socket; the client reconnects. */
	INTERNAL_ERROR: 1011,
	MALFORMED: 4400,
	SESSION_ENDED: 4401,
	FORBIDDEN: 4403,
	RATE_LIMITED: 4429,
	STORAGE_FAILED: 4500,
	/** The client does not read fast enough; its send buffer is full. */
	SLOW_CONSUMER: 4503,
	/** Access changed (edit ↔ read); reconnecting yields the new access. */
	ACCESS_CHANGED: 4509
} as const;
