/**
 * The national picture's earlier years (2022–2025), from the public reports
 * in `history.json` (docs/situation.md, "The history"): loaded as published
 * surveys so that the first picture is not empty. The file is checked in full
 * when this module is loaded; a mistake in it stops the app rather than
 * showing wrong figures.
 */
import * as v from 'valibot';
import { inArray } from 'drizzle-orm';
import { PREFILL_SOURCES, QUESTION_KINDS, type AnswerValue } from '../../domain/survey';
import { fits } from '../../domain/survey-answers';
import { answerValueOf } from '../../domain/survey-values';
import type { Db } from '../db/client';
import {
	region,
	situationSurvey,
	surveyAnswer,
	surveyQuestion,
	surveySection,
	surveyValue
} from '../db/schema';
import history from './history.json' with { type: 'json' };

const questionSchema = v.strictObject({
	key: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/)),
	kind: v.picklist(QUESTION_KINDS),
	text: v.pipe(v.string(), v.nonEmpty()),
	help: v.string(),
	options: v.array(v.pipe(v.string(), v.nonEmpty())),
	source: v.optional(v.picklist(PREFILL_SOURCES))
});

const yearSchema = v.strictObject({
	year: v.pipe(v.number(), v.integer(), v.minValue(2022)),
	/** The report the year is from, for the reader of the file. */
	source: v.pipe(v.string(), v.nonEmpty()),
	sections: v.pipe(
		v.array(
			v.strictObject({
				title: v.pipe(v.string(), v.nonEmpty()),
				questions: v.pipe(v.array(questionSchema), v.nonEmpty())
			})
		),
		v.nonEmpty()
	),
	/** By region slug, by question key: the value as the report states it. */
	answers: v.record(v.string(), v.record(v.string(), v.unknown()))
});

const historySchema = v.strictObject({
	about: v.string(),
	years: v.array(yearSchema)
});

export type HistoryQuestion = v.InferOutput<typeof questionSchema>;

export interface HistoryYear {
	year: number;
	sections: { title: string; questions: HistoryQuestion[] }[];
	answers: Map<string, Map<string, AnswerValue>>;
}

/**
 * The history checked against the survey's domain types: every question key
 * once a year, every year once, every answer of its question's kind and
 * among its options. Throws with every problem found.
 */
export function readSituationHistory(data: unknown): HistoryYear[] {
	const parsed = v.parse(historySchema, data);
	const problems: string[] = [];
	const years = parsed.years.map((year) => {
		const questions = new Map<string, HistoryQuestion>();
		for (const question of year.sections.flatMap((section) => section.questions)) {
			if (questions.has(question.key)) problems.push(`${year.year}: ${question.key} twice`);
			questions.set(question.key, question);
		}
		const answers = new Map<string, Map<string, AnswerValue>>();
		for (const [slug, values] of Object.entries(year.answers)) {
			const checked = new Map<string, AnswerValue>();
			for (const [key, raw] of Object.entries(values)) {
				const question = questions.get(key);
				const value = question ? answerValueOf(question.kind, raw) : null;
				if (!question) problems.push(`${year.year} ${slug}: no question ${key}`);
				else if (!value || !fits(question, value))
					problems.push(`${year.year} ${slug}: ${key} is not a ${question.kind} of its options`);
				else checked.set(key, value);
			}
			answers.set(slug, checked);
		}
		return { year: year.year, sections: year.sections, answers };
	});
	const counted = new Set(years.map((year) => year.year));
	if (counted.size !== years.length) problems.push('a year twice');
	if (problems.length > 0) throw new Error(`situation history: ${problems.join('; ')}`);
	return years;
}

export const SITUATION_HISTORY: readonly HistoryYear[] = readSituationHistory(history);

/**
 * Inserts each year of the history not yet in the database as a published
 * survey, with a submitted answer for every region in the database the year
 * has answers for (matched by slug; other regions are skipped). A year that
 * exists is left alone, so loading again changes nothing. Returns the years
 * inserted.
 */
export function loadSituationHistory(
	db: Db,
	now: Date,
	years: readonly HistoryYear[] = SITUATION_HISTORY
): number[] {
	return db.transaction((tx) => {
		const existing = new Set(
			tx
				.select({ year: situationSurvey.year })
				.from(situationSurvey)
				.where(
					inArray(
						situationSurvey.year,
						years.map((year) => year.year)
					)
				)
				.all()
				.map((row) => row.year)
		);
		const regionIds = new Map(
			tx
				.select({ id: region.id, slug: region.slug })
				.from(region)
				.all()
				.map((row) => [row.slug, row.id])
		);
		const inserted: number[] = [];
		for (const year of years) {
			if (existing.has(year.year)) continue;
			const surveyId = tx
				.insert(situationSurvey)
				.values({ year: year.year, status: 'published', publishedAt: now, createdAt: now })
				.returning({ id: situationSurvey.id })
				.get().id;
			year.sections.forEach((section, sectionIndex) => {
				const sectionId = tx
					.insert(surveySection)
					.values({ surveyId, position: sectionIndex + 1, title: section.title })
					.returning({ id: surveySection.id })
					.get().id;
				tx.insert(surveyQuestion)
					.values(
						section.questions.map((question, index) => ({
							surveyId,
							sectionId,
							position: index + 1,
							key: question.key,
							kind: question.kind,
							text: question.text,
							help: question.help,
							options: question.options,
							source: question.source ?? null
						}))
					)
					.run();
			});
			for (const [slug, values] of year.answers) {
				const regionId = regionIds.get(slug);
				if (regionId === undefined || values.size === 0) continue;
				// Gathered outside the app: submitted, by nobody in it.
				const answerId = tx
					.insert(surveyAnswer)
					.values({ surveyId, regionId, status: 'submitted', submittedAt: now, updatedAt: now })
					.returning({ id: surveyAnswer.id })
					.get().id;
				tx.insert(surveyValue)
					.values(
						[...values].map(([questionKey, value]) => ({
							answerId,
							questionKey,
							value: JSON.stringify(value)
						}))
					)
					.run();
			}
			inserted.push(year.year);
		}
		return inserted;
	});
}
