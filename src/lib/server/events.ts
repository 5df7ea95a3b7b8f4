/**
 * The server's in-process events: access changes (the collaboration server
 * re-checks its sockets), new notifications (the mailer sends them) and
 * changes the app made to live documents (an open room applies them). The
 * web app and the Node entry run in one process but are bundled separately
 * (SvelteKit's handler and server/), so the emitter lives on globalThis under
 * a registered symbol and both bundles get the same one.
 */
import { EventEmitter } from 'node:events';

export interface ServerEvents {
	/** A session ended (logout, password change). */
	sessionEnded: [sessionId: string];
	/** What a user may do changed (deactivation, membership or role change). */
	userAccessChanged: [userId: number];
	/** What a meeting allows changed (status, e.g. minutes frozen on approval). */
	meetingAccessChanged: [meetingId: number];
	/** What a grant application allows changed (submitted, reopened, completion asked or answered). */
	applicationAccessChanged: [applicationId: number];
	/** New notifications were committed: the mailer sends the immediate ones. */
	notificationsCreated: [];
	/** The app stored a change to a live document (update row `updateId`); an open room applies it. */
	liveDocChanged: [docName: string, updateId: number];
}

const KEY = Symbol.for('yhdyspinta.server-events');
type Registry = typeof globalThis & { [KEY]?: EventEmitter<ServerEvents> };

export function serverEvents(): EventEmitter<ServerEvents> {
	const registry = globalThis as Registry;
	registry[KEY] ??= new EventEmitter<ServerEvents>().setMaxListeners(0);
	return registry[KEY];
}

/**
 * Tells listeners after the current synchronous transaction has committed, so
 * that a listener re-reading the database sees the change.
 */
export function emitAfterCommit<E extends keyof ServerEvents>(
	event: E,
	...args: ServerEvents[E]
): void {
	// The untyped view: the signature above already ties the arguments to the event.
	const emitter: EventEmitter = serverEvents();
	setImmediate(() => emitter.emit(event, ...args));
}
