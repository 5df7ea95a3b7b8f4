/**
 * A request for completion (täydennyspyyntö): the handler names the parts of
 * a submitted application the NGO must complete, with a deadline. Until then
 * the NGO may change those parts and nothing else; then it resubmits.
 */
import {
	APPLICATION_ATTACHMENT_KINDS,
	type ApplicationAttachmentKind,
	type Budget
} from './grants';

/** The activity's description, the money asked and planned, or one kind of attachment. */
export const COMPLETION_PARTS = [
	'activity',
	'budget',
	...APPLICATION_ATTACHMENT_KINDS.map((kind) => `attachment:${kind}` as const)
] as const;
export type CompletionPart = (typeof COMPLETION_PARTS)[number];

export interface CompletionRequestState {
	parts: readonly CompletionPart[];
	dueAt: Date;
	completedAt: Date | null;
}

/** The parts the NGO may change now: those of the request still open before its deadline. */
export function openCompletionParts(
	request: CompletionRequestState | null,
	now: Date
): readonly CompletionPart[] {
	if (!request || request.completedAt !== null || now >= request.dueAt) return [];
	return request.parts;
}

/** Whether a file of the kind may be added or removed under the open parts. */
export function attachmentOpen(
	parts: readonly CompletionPart[],
	kind: ApplicationAttachmentKind
): boolean {
	return parts.includes(`attachment:${kind}`);
}

/** What the asked parts cover of an application's fields. */
export interface CompletableFields {
	title: string;
	activity: string;
	targetGroups: string;
	amountRequestedCents: number | null;
	budget: Budget;
}

/**
 * The application after completion: what the NGO sent for the asked parts,
 * what was submitted before for the rest (a form cannot reach what was not asked).
 */
export function completedDraft<D extends CompletableFields>(
	stored: D,
	sent: D,
	parts: readonly CompletionPart[]
): D {
	const result = { ...stored };
	if (parts.includes('activity')) {
		result.title = sent.title;
		result.activity = sent.activity;
		result.targetGroups = sent.targetGroups;
	}
	if (parts.includes('budget')) {
		result.amountRequestedCents = sent.amountRequestedCents;
		result.budget = sent.budget;
	}
	return result;
}
