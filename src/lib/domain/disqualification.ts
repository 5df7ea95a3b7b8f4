/**
 * Disqualification (esteellisyys, hallintolaki 27–30 §): one who is
 * disqualified in a matter may not prepare, present or take part in deciding
 * it, and must not be the one who vouches for its text in the minutes. A
 * declaration names the person, the item and the ground, and is recorded
 * before the person acts; the record says it in the words of Finnish minutes.
 */
import type { ApproverRole } from './record';

/** API contract values: `position` is a position in the applicant (its board, 28 § 1 mom. 5 k.). */
export const DISQUALIFICATION_GROUNDS = [
	'interest',
	'position',
	'close_relation',
	'other'
] as const;
export type DisqualificationGround = (typeof DISQUALIFICATION_GROUNDS)[number];

export const isDisqualificationGround = (value: string): value is DisqualificationGround =>
	(DISQUALIFICATION_GROUNDS as readonly string[]).includes(value);

/** The ground as minutes name it, in the record's language. */
const GROUND_WORDS: Record<'fi' | 'sv', Record<DisqualificationGround, string>> = {
	fi: {
		interest: 'intressijäävi',
		position: 'yhteisöjäävi',
		close_relation: 'sukulaisuusjäävi',
		other: 'yleislausekejäävi'
	},
	sv: {
		interest: 'intressejäv',
		position: 'samfundsjäv',
		close_relation: 'släktskapsjäv',
		other: 'jäv enligt generalklausulen'
	}
};

export interface DeclaredDisqualification {
	name: string;
	ground: DisqualificationGround;
	/** Free text beside the ground ("hakijayhdistyksen hallituksen jäsen"); may be empty. */
	specification: string;
}

function groundText(d: DeclaredDisqualification, language: 'fi' | 'sv'): string {
	const ground = GROUND_WORDS[language][d.ground];
	const specification = d.specification.trim();
	return specification ? `${ground}, ${specification}` : ground;
}

/**
 * "Maija Virtanen ilmoitti olevansa esteellinen (yhteisöjäävi) eikä osallistunut
 * asian käsittelyyn." Minutes are Finnish; a Swedish record takes the Swedish form.
 */
export function disqualificationSentence(
	d: DeclaredDisqualification,
	language: 'fi' | 'sv' = 'fi'
): string {
	return language === 'sv'
		? `${d.name} anmälde jäv (${groundText(d, 'sv')}) och deltog inte i behandlingen av ärendet.`
		: `${d.name} ilmoitti olevansa esteellinen (${groundText(d, 'fi')}) eikä osallistunut asian käsittelyyn.`;
}

/** One who signs the minutes, with the items they chaired (chairs only). */
export interface SigningApprover {
	userId: number;
	role: ApproverRole;
	chairedItemKeys: readonly string[];
}

/**
 * Who may not approve the minutes because of a disqualification on an item.
 * A minute checker (pöytäkirjantarkastaja) vouches for every item's text, and
 * one disqualified in a matter does not check it: a checker disqualified on
 * any item is barred, and the meeting names another checker. A chair signs for
 * the items they chaired, so one who chaired an item they were disqualified on
 * is barred (another should have chaired it). The secretary keeps the minutes
 * of the whole meeting and signs as its keeper, not as a judge of the matter.
 */
export function barredApprovers(
	approvers: readonly SigningApprover[],
	disqualified: readonly { userId: number | null; itemKey: string }[]
): number[] {
	return approvers
		.filter((a) => {
			const own = disqualified.filter((d) => d.userId === a.userId).map((d) => d.itemKey);
			if (a.role === 'checker') return own.length > 0;
			if (a.role === 'chair') return own.some((key) => a.chairedItemKeys.includes(key));
			return false;
		})
		.map((a) => a.userId);
}

/** How someone appears tied to an applicant NGO, from what the app knows. */
export type ApplicantTie = 'organisation_member' | 'board';

/**
 * The tie between a person and an applicant NGO: on its board (organisation_person,
 * chair or board member) or one of its own users (user.organisation_id). A board
 * seat is a ground by itself; membership calls for the person to consider and confirm.
 */
export function applicantTie(input: {
	userOrganisationId: number | null;
	applicantOrganisationId: number;
	boardOrganisationIds: readonly number[];
}): ApplicantTie | null {
	if (input.boardOrganisationIds.includes(input.applicantOrganisationId)) return 'board';
	if (input.userOrganisationId === input.applicantOrganisationId) return 'organisation_member';
	return null;
}

/** The ground a declaration form offers first for a known tie. */
export function suggestedGround(tie: ApplicantTie | null): DisqualificationGround {
	return tie === 'board' ? 'position' : tie === 'organisation_member' ? 'interest' : 'other';
}

/** A person as the tie rules read them: their account's organisation and the NGO boards they sit on. */
export interface PersonTies {
	userId: number;
	userOrganisationId: number | null;
	boardOrganisationIds: readonly number[];
}

/** One person who appears tied to one applicant. */
export interface ApplicantTieFound {
	userId: number;
	applicantOrganisationId: number;
	tie: ApplicantTie;
}

/** Every person–applicant pair that appears tied: people in the given order, each applicant once. */
export function applicantTies(
	people: readonly PersonTies[],
	applicantOrganisationIds: readonly number[]
): ApplicantTieFound[] {
	const applicants = [...new Set(applicantOrganisationIds)];
	return people.flatMap((person) =>
		applicants.flatMap((applicantOrganisationId) => {
			const tie = applicantTie({ ...person, applicantOrganisationId });
			return tie ? [{ userId: person.userId, applicantOrganisationId, tie }] : [];
		})
	);
}

/** The specification a declaration made from a warning carries into the minutes, Finnish like them. */
export function tieSpecification(tie: ApplicantTie, organisation: string): string {
	return `${organisation}, ${tie === 'board' ? 'hallituksen jäsen' : 'jäsen'}`;
}

/**
 * The tie warnings of a meeting one sees: the secretary and those who run the
 * meeting see everyone's, a member only their own; a warning goes once the
 * person's disqualification on that item is recorded.
 */
export function visibleTieWarnings<W extends { userId: number; itemKey: string }>(
	warnings: readonly W[],
	declared: readonly { userId: number | null; itemKey: string }[],
	viewer: { userId: number; seesAll: boolean }
): W[] {
	return warnings.filter(
		(w) =>
			(viewer.seesAll || w.userId === viewer.userId) &&
			!declared.some((d) => d.userId === w.userId && d.itemKey === w.itemKey)
	);
}

/** A preparer's answer to a tie warning on one application: declared, confirmed not disqualified, or none yet. */
export type TieAnswer = 'declared' | 'confirmed' | null;

/**
 * Why a handler may not save a proposal yet: a tie to an applicant still
 * unanswered (declare or confirm first), or an amount for an application they
 * declared themselves disqualified on (another handler prepares it).
 */
export function preparerRefusal(
	ties: readonly { applicationId: number; answer: TieAnswer }[],
	entryApplicationIds: readonly number[]
): 'mustAnswer' | 'disqualified' | null {
	if (ties.some((t) => t.answer === null)) return 'mustAnswer';
	const declared = ties.filter((t) => t.answer === 'declared').map((t) => t.applicationId);
	return entryApplicationIds.some((id) => declared.includes(id)) ? 'disqualified' : null;
}
