import { parseId } from './ids';

/**
 * Names of live documents on the collaboration server: `agenda:<meetingId>`,
 * `minutes:<meetingId>` and `document:<planDocumentId>` (a plan or report
 * prepared for consultation). Parsed here and nowhere else.
 */
export const DOC_KINDS = ['agenda', 'minutes'] as const;
/** The kinds that belong to a meeting. */
export type DocKind = (typeof DOC_KINDS)[number];

export type DocName =
	{ kind: DocKind; meetingId: number } | { kind: 'document'; documentId: number };

const PATTERN = /^(agenda|minutes|document):(\w+)$/;

export function parseDocName(name: string): DocName | null {
	const match = PATTERN.exec(name);
	const id = match ? parseId(match[2]) : null;
	if (!match || id === null) return null;
	return match[1] === 'document'
		? { kind: 'document', documentId: id }
		: { kind: match[1] as DocKind, meetingId: id };
}

export function docName(kind: DocKind, meetingId: number): string {
	return `${kind}:${meetingId}`;
}

export function planDocName(documentId: number): string {
	return `document:${documentId}`;
}

/** The meeting a document belongs to, for re-checking access when the meeting changes; null for plan documents. */
export function meetingOf(name: DocName): number | null {
	return name.kind === 'document' ? null : name.meetingId;
}
