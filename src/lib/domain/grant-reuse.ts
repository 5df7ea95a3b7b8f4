/**
 * Less paperwork for NGOs (issue 19): files already delivered this year are
 * offered instead of asked again, last year's application is copied as a
 * draft, and an unfinished draft is reminded of before its call closes.
 */
import type { ApplicationAttachmentKind, Budget } from './grants';
import { helsinkiYear } from './time';

/** A file the organisation has already delivered: with an application (its id and title) or in its profile (null). */
export interface DeliveredFile {
	/** `file:<id>` for an application's file, `statutes` for the profile's statutes: what the form sends back. */
	source: string;
	kind: ApplicationAttachmentKind;
	filename: string;
	sha256: string;
	deliveredWith: { applicationId: number; title: string } | null;
}

/**
 * Whether a file sent with another application counts as delivered this
 * year for a call: sent for the same budget year, or sent this calendar
 * year (the spring's project application carries the same financial
 * statements as the autumn's operating one).
 */
export function deliveredThisYear(
	sent: { budgetYear: number; deliveredAt: Date },
	call: { budgetYear: number },
	now: Date
): boolean {
	return (
		sent.budgetYear === call.budgetYear || helsinkiYear(sent.deliveredAt) === helsinkiYear(now)
	);
}

/**
 * For each attachment the call asks for and the draft does not carry yet,
 * the files of that kind already delivered: the profile's first (the
 * current statutes), and the same content offered only once.
 */
export function reuseOffers<F extends DeliveredFile>(
	required: readonly ApplicationAttachmentKind[],
	attached: readonly ApplicationAttachmentKind[],
	delivered: readonly F[]
): { kind: ApplicationAttachmentKind; files: F[] }[] {
	const profileFirst = [...delivered].sort(
		(a, b) => Number(a.deliveredWith !== null) - Number(b.deliveredWith !== null)
	);
	return required
		.filter((kind) => !attached.includes(kind))
		.map((kind) => {
			const seen = new Set<string>();
			const files = profileFirst.filter((file) => {
				if (file.kind !== kind || seen.has(file.sha256)) return false;
				seen.add(file.sha256);
				return true;
			});
			return { kind, files };
		})
		.filter((offer) => offer.files.length > 0);
}

/** An earlier application the organisation may copy: its call's basket and budget year. */
export interface CopySource {
	applicationId: number;
	basketId: number;
	budgetYear: number;
}

/**
 * The earlier applications to copy, best first: last year's of the same
 * basket, then the same basket's older ones, then the others, newest first.
 * Only those of earlier budget years: this year's are the organisation's
 * other applications, not a starting point.
 */
export function copySourcesFor<S extends CopySource>(
	call: { basketId: number; budgetYear: number },
	candidates: readonly S[]
): S[] {
	const rank = (s: S) => (s.basketId === call.basketId ? 0 : 1);
	return candidates
		.filter((s) => s.budgetYear < call.budgetYear)
		.sort(
			(a, b) =>
				rank(a) - rank(b) || b.budgetYear - a.budgetYear || b.applicationId - a.applicationId
		);
}

/** What of an earlier application a copy starts from: the NGO's own words and plans, nothing of its handling. */
export interface CopiedDraft {
	title: string;
	activity: string;
	activityClassId: number | null;
	targetGroups: string;
	municipalityIds: number[];
	budget: Budget;
}

/**
 * The copy of an application for a new call: its texts, target groups,
 * municipalities and budget lines; its activity class only when the new
 * call funds it. The amount applied for and the declaration are the NGO's
 * to give again.
 */
export function copiedDraft(
	source: CopiedDraft,
	callClassIds: readonly number[],
	regionMunicipalityIds: readonly number[]
): CopiedDraft {
	return {
		title: source.title,
		activity: source.activity,
		activityClassId:
			source.activityClassId !== null && callClassIds.includes(source.activityClassId)
				? source.activityClassId
				: null,
		targetGroups: source.targetGroups,
		municipalityIds: source.municipalityIds.filter((id) => regionMunicipalityIds.includes(id)),
		budget: source.budget
	};
}

/** Days before a call closes when its unfinished drafts are reminded: a week ahead and the day before. */
export const DRAFT_REMINDER_DAYS = [7, 1] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The reminder due now for a draft of a call closing at `closesAt`, given
 * those already sent: the nearest one whose time has come, unless it was
 * sent. A reminder missed while the server was down is not sent late (a
 * "week left" message the day before would mislead), and none after closing.
 */
export function draftReminderDue(
	closesAt: Date,
	now: Date,
	sent: readonly number[]
): number | null {
	if (now >= closesAt) return null;
	const reached = DRAFT_REMINDER_DAYS.filter(
		(days) => now.getTime() >= closesAt.getTime() - days * DAY_MS
	);
	if (reached.length === 0) return null;
	const nearest = Math.min(...reached);
	return sent.includes(nearest) ? null : nearest;
}
