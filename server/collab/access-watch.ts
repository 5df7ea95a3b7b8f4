/**
 * Access can change while a socket is open. The server core's events say
 * whom a change affects (they fire after it committed), and a periodic sweep
 * catches what no event announces (a session that simply expires); each
 * affected connection is decided again (auth.ts) and closed when its grant
 * no longer holds.
 */
import type { Db } from '../../src/lib/server/db/client';
import { applicationDocName } from '../../src/lib/domain/doc-name';
import { serverEvents } from '../../src/lib/server/events';
import { decideAccess } from './auth';
import { CLOSE } from './close-codes';
import type { Connection } from './connection';
import type { Logger } from './log';

/** Starts watching; returns the stop. */
export function watchAccess(
	db: Db,
	connections: Iterable<Connection>,
	log: Logger,
	sweepIntervalMs: number
): () => void {
	function recheck(affected: (connection: Connection) => boolean): void {
		for (const connection of connections) {
			if (!affected(connection)) continue;
			try {
				const decided = decideAccess(db, connection.grant.token, connection.docName);
				if (!decided) connection.close(CLOSE.SESSION_ENDED, 'session ended');
				else if (decided.access === 'deny') connection.close(CLOSE.FORBIDDEN, 'access withdrawn');
				else if (decided.access !== connection.grant.access)
					connection.close(CLOSE.ACCESS_CHANGED, 'access changed, reconnect');
			} catch (err) {
				// Fail closed: the reconnect goes through the upgrade checks again.
				log.error('re-checking access failed', err);
				connection.close(CLOSE.ACCESS_CHANGED, 'access changed, reconnect');
			}
		}
	}
	const onSessionEnded = (sessionId: string) => recheck((c) => c.grant.sessionId === sessionId);
	const onUserAccessChanged = (userId: number) => recheck((c) => c.grant.userId === userId);
	const onMeetingAccessChanged = (meetingId: number) => recheck((c) => c.meetingId === meetingId);
	const onApplicationAccessChanged = (applicationId: number) =>
		recheck((c) => c.docName === applicationDocName(applicationId));
	const events = serverEvents();
	events.on('sessionEnded', onSessionEnded);
	events.on('userAccessChanged', onUserAccessChanged);
	events.on('meetingAccessChanged', onMeetingAccessChanged);
	events.on('applicationAccessChanged', onApplicationAccessChanged);
	const sweep = setInterval(() => recheck(() => true), sweepIntervalMs);
	sweep.unref();
	return () => {
		clearInterval(sweep);
		events.off('sessionEnded', onSessionEnded);
		events.off('userAccessChanged', onUserAccessChanged);
		events.off('meetingAccessChanged', onMeetingAccessChanged);
		events.off('applicationAccessChanged', onApplicationAccessChanged);
	};
}
