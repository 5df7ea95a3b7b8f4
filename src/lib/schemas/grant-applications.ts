/** Forms of a grant application and its assessment; messages are i18n keys shown next to the field. */
import * as v from 'valibot';
import {
	APPLICATION_TEXT_MAX_LENGTH,
	type ApplicationTextField
} from '../domain/application-texts';
import { DISQUALIFICATION_GROUNDS } from '../domain/disqualification';
import {
	APPLICATION_ATTACHMENT_KINDS,
	parseEuros,
	SCORE_MAX,
	SCORE_MIN,
	type Budget
} from '../domain/grants';
import { checkbox, choice, id, idList, optionalId, optionalText, requiredText } from './fields';

/** The most budget lines of one kind and criteria a form carries: far beyond any real budget. */
export const MAX_BUDGET_LINES = 50;
const MAX_CRITERIA = 50;

/** An amount as a person writes it ("1 500,50 €"), or nothing: cents or null. */
const optionalEuros = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.check((text) => text === '' || parseEuros(text) !== null, 'grantApplications.validation.euros'),
	v.transform((text) => (text === '' ? null : parseEuros(text)))
);

const budgetLine = v.object({ label: optionalText(200), amount: optionalEuros });

/**
 * The numbered fields `costs.0.label`, `costs.0.amount`, … of a form as a
 * list in their order; a line left wholly empty is no line.
 */
function numberedLines(raw: Record<string, unknown>, prefix: string): Record<string, unknown>[] {
	const lines = new Map<number, Record<string, unknown>>();
	for (const [key, value] of Object.entries(raw)) {
		const match = new RegExp(`^${prefix}\\.(\\d{1,3})\\.(label|amount)$`).exec(key);
		if (!match) continue;
		const line = lines.get(Number(match[1])) ?? {};
		line[match[2]] = value;
		lines.set(Number(match[1]), line);
	}
	return [...lines.entries()]
		.sort(([a], [b]) => a - b)
		.map(([, line]) => line)
		.filter((line) => String(line.label ?? '').trim() !== '' || String(line.amount ?? '').trim());
}

/** What a draft holds, as the use cases take it: amounts in cents. */
export interface ApplicationDraft {
	title: string;
	activity: string;
	activityClassId: number | null;
	targetGroups: string;
	municipalityIds: number[];
	amountRequestedCents: number | null;
	budget: Budget;
	declarationAccepted: boolean;
}

/**
 * What an application's form sends: its long texts only from a plain form. In
 * the browser they are written live (live-texts.ts), their fields left out.
 */
export type ApplicationForm = Omit<ApplicationDraft, ApplicationTextField> &
	Partial<Pick<ApplicationDraft, ApplicationTextField>>;

const toCents = (lines: { label: string; amount: number | null }[]) =>
	lines.map((line) => ({ label: line.label, cents: line.amount ?? 0 }));

export const applicationDraftSchema = v.pipe(
	v.record(v.string(), v.unknown()),
	v.transform((raw) => ({
		...raw,
		costs: numberedLines(raw, 'costs'),
		income: numberedLines(raw, 'income')
	})),
	v.object({
		title: optionalText(200),
		activity: v.optional(optionalText(APPLICATION_TEXT_MAX_LENGTH.activity)),
		activityClassId: optionalId,
		targetGroups: v.optional(optionalText(APPLICATION_TEXT_MAX_LENGTH.targetGroups)),
		municipalityIds: idList,
		amountRequested: optionalEuros,
		costs: v.pipe(v.array(budgetLine), v.maxLength(MAX_BUDGET_LINES, 'validation.tooLong')),
		income: v.pipe(v.array(budgetLine), v.maxLength(MAX_BUDGET_LINES, 'validation.tooLong')),
		ownFunding: optionalEuros,
		declaration: checkbox
	}),
	v.transform((form): ApplicationForm => ({
		title: form.title,
		activity: form.activity,
		activityClassId: form.activityClassId,
		targetGroups: form.targetGroups,
		municipalityIds: form.municipalityIds,
		amountRequestedCents: form.amountRequested,
		budget: {
			costs: toCents(form.costs),
			income: toCents(form.income),
			ownFundingCents: form.ownFunding ?? 0
		},
		declarationAccepted: form.declaration
	}))
);

export const applicationFileSchema = v.object({ kind: choice(APPLICATION_ATTACHMENT_KINDS) });

export const applicationFileRemovalSchema = v.object({ fileId: id });

/** A delivered file offered for reuse, as the offer names it: `file:<id>` or the profile's `statutes`. */
export const reusedFileSchema = v.object({
	source: v.pipe(
		v.string('validation.choose'),
		v.regex(/^(?:file:\d{1,12}|statutes)$/, 'validation.choose')
	)
});

/** The earlier application a new draft is copied from. */
export const copySchema = v.object({ sourceId: id });

/** A form that carries nothing but its button: starting, withdrawing. */
export const confirmSchema = v.object({});

export const messageSchema = v.object({ text: requiredText(4000) });

export const reopenSchema = v.object({ reason: requiredText(1000) });

export const ELIGIBILITY_VERDICTS = ['eligible', 'ineligible', 'unchecked'] as const;
export type EligibilityVerdict = (typeof ELIGIBILITY_VERDICTS)[number];

/** An ineligible application carries its reason, which the applicant reads. */
export const eligibilitySchema = v.pipe(
	v.object({ verdict: choice(ELIGIBILITY_VERDICTS), note: optionalText(1000) }),
	v.forward(
		v.check(
			(form) => form.verdict !== 'ineligible' || form.note !== '',
			'grantApplications.validation.ineligibleNote'
		),
		['note']
	)
);

const score = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.check(
		(text) => text === '' || (/^\d$/.test(text) && +text >= SCORE_MIN && +text <= SCORE_MAX),
		'grantAssessment.validation.score'
	),
	v.transform((text) => (text === '' ? null : Number(text)))
);

/** The scores `score.0`, `score.1`, … in criterion order, an unscored one null. */
export const assessmentSchema = v.pipe(
	v.record(v.string(), v.unknown()),
	v.transform((raw) => {
		const scores: unknown[] = [];
		for (const [key, value] of Object.entries(raw)) {
			const match = /^score\.(\d{1,2})$/.exec(key);
			if (match && Number(match[1]) < MAX_CRITERIA) scores[Number(match[1])] = value;
		}
		return { ...raw, score: Array.from(scores, (value) => value ?? '') };
	}),
	v.object({
		// The button pressed; a form sent without one (Enter in a field) saves.
		intent: v.optional(choice(['save', 'complete'] as const), 'save'),
		comment: optionalText(4000),
		score: v.array(score)
	})
);

export const conflictSchema = v.object({
	ground: choice(DISQUALIFICATION_GROUNDS),
	specification: optionalText(1000)
});
