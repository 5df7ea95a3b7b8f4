/**
 * Names of live documents on the collaboration server: `agenda:<meetingId>`
 * and `minutes:<meetingId>`. Parsed here and nowhere else.
 */
export const DOC_KINDS = ['agenda', 'minutes'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export interface DocName {
	kind: DocKind;
	meetingId: number;
}

const PATTERN = /^(agenda|minutes):([1-9]\d{0,15})$/;

export function parseDocName(name: string): DocName | null {
	const match = PATTERN.exec(name);
	if (!match) return null;
	const meetingId = Number(match[2]);
	return Number.isSafeInteger(meetingId) ? { kind: match[1] as DocKind, meetingId } : null;
}

export function docName(kind: DocKind, meetingId: number): string {
	return `${kind}:${meetingId}`;
}
