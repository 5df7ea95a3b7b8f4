/**
 * Consultations (lausuntokierrokset): a plan or report is written as ordered
 * sections, frozen into numbered versions, and a round asks an audience to
 * comment on one version before a deadline. Pure rules; the policy
 * (`policy.ts`) builds on `inAudience` and `roundStatus`.
 */
import * as v from 'valibot';
import type { Membership } from './policy';
import type { OrganisationKind } from './roles';

/** What is being prepared: the welfare report and plan, strategy drafts, grant principles (docs/domain.md, "Consultations"). */
export const DOCUMENT_KINDS = [
	'welfare_plan',
	'welfare_report',
	'strategy_draft',
	'grant_principles',
	'other'
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const ROUND_STATUSES = ['upcoming', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** A round is open from its opening time up to (not including) its closing time. */
export function roundStatus(round: { opensAt: Date; closesAt: Date }, now: Date): RoundStatus {
	if (now < round.opensAt) return 'upcoming';
	return now < round.closesAt ? 'open' : 'closed';
}

/** Who is asked: every NGO of the region, chosen organisations, or the members of chosen bodies. */
export const AUDIENCE_KINDS = ['region_ngos', 'organisations', 'bodies'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

export interface Audience {
	kind: AudienceKind;
	/** Used when `kind` is 'organisations'. */
	organisationIds: readonly number[];
	/** Used when `kind` is 'bodies'. */
	bodyIds: readonly number[];
}

/** The facts about a person that decide whether a round asks them. */
export interface AudienceCandidate {
	organisationId: number;
	organisationKind: OrganisationKind;
	regionId: number;
	memberships: readonly Membership[];
}

export function inAudience(
	person: AudienceCandidate,
	round: { regionId: number; audience: Audience }
): boolean {
	if (person.regionId !== round.regionId) return false;
	const { audience } = round;
	switch (audience.kind) {
		case 'region_ngos':
			return person.organisationKind === 'ngo';
		case 'organisations':
			return audience.organisationIds.includes(person.organisationId);
		case 'bodies':
			return person.memberships.some((m) => audience.bodyIds.includes(m.bodyId));
	}
}

/** Which problem a round's times have, as the i18n key of the message; null when they are fine. */
export function roundTimesProblem(
	times: { opensAt: Date; closesAt: Date },
	now: Date
): string | null {
	if (times.closesAt <= times.opensAt) return 'consultations.round.closesBeforeOpens';
	if (times.closesAt <= now) return 'consultations.round.closesInPast';
	return null;
}

/** "The deadline is in three days": the reminder goes out once, at most this long before the close. */
export const DEADLINE_REMINDER_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * Due while the round is open and three days or less remain. A round that is
 * open for three days or less gets none: its opening notice named the deadline.
 */
export function deadlineReminderDue(round: { opensAt: Date; closesAt: Date }, now: Date): boolean {
	const long = round.closesAt.getTime() - round.opensAt.getTime() > DEADLINE_REMINDER_MS;
	return (
		long &&
		roundStatus(round, now) === 'open' &&
		round.closesAt.getTime() - now.getTime() <= DEADLINE_REMINDER_MS
	);
}

/** How a coordinator answered a comment: taken into account, partly, or not (with reasons). */
export const OUTCOMES = ['accepted', 'partly', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The outcomes in the exports' fixed Finnish: they go to the deciding body in the record's language. */
export const OUTCOME_FI: Record<Outcome, string> = {
	accepted: 'Otettu huomioon',
	partly: 'Otettu osittain huomioon',
	rejected: 'Ei otettu huomioon'
};

/** Whitespace as the reader sees it: a quote pasted from the page matches however lines were broken. */
export function normaliseSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** A quoted passage must be found in the section it comments on, so that it stays attached to it. */
export function quoteFoundIn(quote: string, sectionText: string): boolean {
	const wanted = normaliseSpace(quote);
	return wanted !== '' && normaliseSpace(sectionText).includes(wanted);
}

/** One section of a frozen version: rendered HTML and its plain text (for quotes, search and exports). */
export interface VersionSection {
	id: string;
	title: string;
	html: string;
	text: string;
}

/** A frozen version's sections as read back. */
export const VersionSectionsSchema: v.GenericSchema<VersionSection[]> = v.array(
	v.looseObject({ id: v.string(), title: v.string(), html: v.string(), text: v.string() })
);

/** "18.5.2026 klo 16.00": how the exports and the audit log state a round's times, in Helsinki time. */
export function finnishDateTime(at: Date): string {
	return at.toLocaleString('fi-FI', {
		timeZone: 'Europe/Helsinki',
		day: 'numeric',
		month: 'numeric',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit'
	});
}
