/**
 * The documents a grant decision refers to, kept in versions: the general
 * terms (yleiset ehdot) and the appeal instructions (oikaisuvaatimusohje).
 * A call is pinned to the versions in force when it is published, so that
 * its letters carry what was in force then, whatever is edited later.
 */
export const GRANT_DOCUMENT_KINDS = ['terms', 'appeal'] as const;
export type GrantDocumentKind = (typeof GRANT_DOCUMENT_KINDS)[number];

export interface DocumentVersion {
	id: number;
	kind: GrantDocumentKind;
	version: number;
	/** ISO date from which the version applies. */
	validFrom: string;
}

/** The version of each kind in force on a day: the latest that has begun, the highest number on a tie. */
export function versionsInForce<V extends DocumentVersion>(
	versions: readonly V[],
	day: string
): Partial<Record<GrantDocumentKind, V>> {
	const inForce: Partial<Record<GrantDocumentKind, V>> = {};
	for (const v of versions) {
		if (v.validFrom > day) continue;
		const current = inForce[v.kind];
		if (
			!current ||
			v.validFrom > current.validFrom ||
			(v.validFrom === current.validFrom && v.version > current.version)
		)
			inForce[v.kind] = v;
	}
	return inForce;
}

/** The next version number of a kind: one above the highest so far. */
export function nextVersion(versions: readonly DocumentVersion[], kind: GrantDocumentKind): number {
	return Math.max(0, ...versions.filter((v) => v.kind === kind).map((v) => v.version)) + 1;
}

/** A document's text as paragraphs: split at blank lines, each trimmed. */
export function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean);
}
