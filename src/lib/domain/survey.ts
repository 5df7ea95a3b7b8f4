/**
 * The yearly survey of the national situational picture (tilannekuva) of
 * NGO–county cooperation: its question kinds and the values they take, as
 * the regional NGO networks' survey asks them (docs/situation.md). A
 * question is known by its key, which stays the same from year to year, so
 * that answers compare across years.
 */

export const QUESTION_KINDS = [
	'choice',
	'choices',
	'number',
	'money',
	'text',
	'structure',
	'document'
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A cooperation structure: founded by the county (formal), informal, or none at all. */
export const STRUCTURE_KINDS = ['formal', 'informal', 'none'] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

/** A cooperation document: there is one, it is being prepared, or there is none. */
export const DOCUMENT_STATES = ['present', 'in_preparation', 'none'] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];

/** A year's survey: defined by the national role, answered by the regions, then published. */
export const SURVEY_STATUSES = ['draft', 'open', 'published'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** A region's answer is a draft until its respondent submits it. */
export const ANSWER_STATUSES = ['draft', 'submitted'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** Who answered for the region, as the survey records it: the county or the regional NGO network. */
export const RESPONDENT_ROLES = ['county', 'ngo_network'] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

/**
 * What the app already knows about a region, to prefill a question with:
 * its cooperation structure (bodies at each level and their kind), whether
 * this year's HYTE negotiation was held and with NGO members, the grants
 * decided this year, and its named coordinators.
 */
export const PREFILL_SOURCES = [
	'cooperation_structure',
	'hyte_negotiations',
	'grants_decided',
	'coordinators'
] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

/** One answer to one question, by the question's kind. Money is in whole cents. */
export type AnswerValue =
	| { kind: 'choice'; choice: string }
	| { kind: 'choices'; choices: string[] }
	| { kind: 'number'; number: number }
	| { kind: 'money'; cents: number }
	| { kind: 'text'; text: string }
	| { kind: 'structure'; structure: StructureKind; name: string }
	| { kind: 'document'; state: DocumentState; name: string };

/**
 * The keys of the questions the picture's measures are computed from. The
 * national role may add, word and order questions freely; these keys are
 * what the map, the table and `GET /api/situation/<year>` rely on.
 */
export const MEASURE_KEYS = {
	/** Money: the county's NGO grants of the year (divided by the population: per resident). */
	ngoGrants: 'ngo_grants',
	/** Money: STEA's C-grants to the region's NGOs in the year (compared with the year before). */
	steaGrants: 'stea_c_grants',
	/** Structure: the cooperation structure the county founded. */
	countyStructure: 'county_structure',
	/** Structure: the cooperation structure the NGOs lead. */
	ngoStructure: 'ngo_structure',
	/** Document: the county's document on NGO cooperation. */
	cooperationDocument: 'cooperation_document',
	/** Choice (HYTE_NEGOTIATION_OPTIONS): whether the HYTE negotiations were held, and with NGOs. */
	hyteNegotiations: 'hyte_negotiations'
} as const;

export const HYTE_NEGOTIATION_OPTIONS = ['with_ngos', 'without_ngos', 'not_held'] as const;
