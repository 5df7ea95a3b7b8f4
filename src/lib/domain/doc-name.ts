import { parseId } from './ids';

/**
 * Names of live documents on the collaboration server: `agenda:<meetingId>`,
 * `minutes:<meetingId>`, `document:<planDocumentId>` (a plan or report
 * prepared for consultation) and `application:<grantApplicationId>` (a grant
 * application's long texts). Parsed here and nowhere else.
 */
export const DOC_KINDS = ['agenda', 'minutes'] as const;
/** The kinds that belong to a meeting. */
export type DocKind = (typeof DOC_KINDS)[number];

export type DocName =
	| { kind: DocKind; meetingId: number }
	| { kind: 'document'; documentId: number }
	| { kind: 'application'; applicationId: number };

const PATTERN = /^(agenda|minutes|document|application):(\w+)$/;

export function parseDocName(name: string): DocName | null {
	const match = PATTERN.exec(name);
	const id = match ? parseId(match[2]) : null;
	if (!match || id === null) return null;
	if (match[1] === 'document') return { kind: 'document', documentId: id };
	if (match[1] === 'application') return { kind: 'application', applicationId: id };
	return { kind: match[1] as DocKind, meetingId: id };
}

export function docName(kind: DocKind, meetingId: number): string {
	return `${kind}:${meetingId}`;
}

export function planDocName(documentId: number): string {
	return `document:${documentId}`;
}

export function applicationDocName(applicationId: number): string {
	return `application:${applicationId}`;
}

/** The meeting a document belongs to, for re-checking access when the meeting changes; null for the others. */
export function meetingOf(name: DocName): number | null {
	return 'meetingId' in name ? name.meetingId : null;
}
