/**
 * Who may open a live document, decided at the WebSocket upgrade and again
 * whenever access may have changed. The reference server accepts every
 * upgrade; here the session cookie, the Origin and the same policy module as
 * the pages (`documentAccess`) decide between edit, read-only and refusal.
 */
import type { IncomingMessage } from 'node:http';
import { meetingOf, parseDocName } from '../../src/lib/domain/doc-name';
import { loadActor } from '../../src/lib/server/auth/actor';
import { SESSION_COOKIE, validateSessionToken } from '../../src/lib/server/auth/session';
import type { Db } from '../../src/lib/server/db/client';
import { documentAccess } from '../../src/lib/server/access';

const COLLAB_PATH_PREFIX = '/collab/';

/** What a connection was granted; `access` is re-evaluated on access events. */
export interface Grant {
	/** The cookie's token, kept to re-validate the session later. */
	token: string;
	sessionId: string;
	userId: number;
	access: 'edit' | 'read';
}

export type UpgradeDecision =
	| { ok: true; docName: string; meetingId: number | null; grant: Grant }
	| { ok: false; status: 401 | 403 | 404; reason: string };

/** `/collab/minutes:12?x=y` → `minutes:12`; null when the path is not ours. */
export function docNameFromUrl(url: string | undefined): string | null {
	if (!url?.startsWith(COLLAB_PATH_PREFIX)) return null;
	const path = url.slice(COLLAB_PATH_PREFIX.length).split('?', 1)[0];
	try {
		return decodeURIComponent(path);
	} catch {
		return '';
	}
}

export function readCookie(header: string | undefined, name: string): string | null {
	if (!header) return null;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
		const value = part.slice(eq + 1).trim();
		try {
			return decodeURIComponent(value);
		} catch {
			return null;
		}
	}
	return null;
}

/** Re-reads the session and the actor and applies the policy: the one decision for upgrades and re-checks. */
export function decideAccess(
	db: Db,
	token: string,
	docName: string
): { sessionId: string; userId: number; access: 'edit' | 'read' | 'deny' } | null {
	const { session, user } = validateSessionToken(db, token);
	if (!session) return null;
	return {
		sessionId: session.id,
		userId: user.id,
		access: documentAccess(db, loadActor(db, user), docName)
	};
}

export function authorizeUpgrade(
	db: Db,
	request: IncomingMessage,
	allowedOrigins: readonly string[]
): UpgradeDecision {
	const docName = docNameFromUrl(request.url);
	const parsed = docName === null ? null : parseDocName(docName);
	if (docName === null || !parsed) return { ok: false, status: 404, reason: 'no such document' };
	// Browsers always send Origin on WebSocket upgrades; a missing or foreign one is cross-site.
	const origin = request.headers.origin;
	if (!origin || !allowedOrigins.includes(origin))
		return { ok: false, status: 403, reason: 'origin not allowed' };
	const token = readCookie(request.headers.cookie, SESSION_COOKIE);
	if (!token) return { ok: false, status: 401, reason: 'no session' };
	const decided = decideAccess(db, token, docName);
	if (!decided) return { ok: false, status: 401, reason: 'session expired' };
	if (decided.access === 'deny') return { ok: false, status: 403, reason: 'forbidden' };
	return {
		ok: true,
		docName,
		meetingId: meetingOf(parsed),
		grant: { token, sessionId: decided.sessionId, userId: decided.userId, access: decided.access }
	};
}
