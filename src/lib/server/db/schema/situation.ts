import {
	index,
	integer,
	primaryKey,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';
import {
	ANSWER_STATUSES,
	PREFILL_SOURCES,
	QUESTION_KINDS,
	RESPONDENT_ROLES,
	SURVEY_STATUSES
} from '../../../domain/survey';
import { PREFILL_ORIGINS } from '../../../domain/survey-answers';
import { region } from './region';
import { user } from './user';

/** The national situational picture's survey of one year (domain/survey.ts). */
export const situationSurvey = sqliteTable('situation_survey', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	year: integer('year').notNull().unique(),
	status: text('status', { enum: SURVEY_STATUSES }).notNull().default('draft'),
	/** The last day to answer (ISO date), while the survey is open. */
	deadline: text('deadline'),
	publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
	publishedBy: integer('published_by').references(() => user.id),
	createdAt: integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.$defaultFn(() => new Date())
});

export const surveySection = sqliteTable(
	'survey_section',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		surveyId: integer('survey_id')
			.notNull()
			.references(() => situationSurvey.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		title: text('title').notNull()
	},
	(t) => [index('survey_section_survey_idx').on(t.surveyId, t.position)]
);

export const surveyQuestion = sqliteTable(
	'survey_question',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		surveyId: integer('survey_id')
			.notNull()
			.references(() => situationSurvey.id, { onDelete: 'cascade' }),
		sectionId: integer('section_id')
			.notNull()
			.references(() => surveySection.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		/** Stays the same from year to year, so answers compare (MEASURE_KEYS). */
		key: text('key').notNull(),
		kind: text('kind', { enum: QUESTION_KINDS }).notNull(),
		text: text('text').notNull(),
		help: text('help').notNull().default(''),
		/** The options of a choice or several choices, as a JSON array of strings. */
		options: text('options', { mode: 'json' }).$type<string[]>().notNull().default([]),
		/** What the app knows about the region to prefill the answer with, if anything. */
		source: text('source', { enum: PREFILL_SOURCES })
	},
	(t) => [uniqueIndex('survey_question_key_idx').on(t.surveyId, t.key)]
);

/** A region's answer to a year's survey: one per region and year. */
export const surveyAnswer = sqliteTable(
	'survey_answer',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		surveyId: integer('survey_id')
			.notNull()
			.references(() => situationSurvey.id, { onDelete: 'cascade' }),
		regionId: integer('region_id')
			.notNull()
			.references(() => region.id),
		status: text('status', { enum: ANSWER_STATUSES }).notNull().default('draft'),
		/** The person the region named to answer; null for a year gathered elsewhere (imported). */
		respondentId: integer('respondent_id').references(() => user.id),
		/** In which role the answer was given: the county's or the regional NGO network's. */
		respondentRole: text('respondent_role', { enum: RESPONDENT_ROLES }),
		submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
		submittedBy: integer('submitted_by').references(() => user.id),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		/** When the respondents were reminded of the deadline: once, a week before it. */
		remindedAt: integer('reminded_at', { mode: 'timestamp_ms' })
	},
	(t) => [uniqueIndex('survey_answer_region_idx').on(t.surveyId, t.regionId)]
);

/** One answered question of a region's answer; the value's JSON is domain/survey.ts's AnswerValue. */
export const surveyValue = sqliteTable(
	'survey_value',
	{
		answerId: integer('answer_id')
			.notNull()
			.references(() => surveyAnswer.id, { onDelete: 'cascade' }),
		questionKey: text('question_key').notNull(),
		value: text('value').notNull(),
		/** Where a prefilled value came from, until the region changes it; null: typed by the region. */
		origin: text('origin', { enum: PREFILL_ORIGINS })
	},
	(t) => [primaryKey({ columns: [t.answerId, t.questionKey] })]
);

/** A change to an answer after its year was published: who, when, why, and what it was before. */
export const surveyCorrection = sqliteTable(
	'survey_correction',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		answerId: integer('answer_id')
			.notNull()
			.references(() => surveyAnswer.id, { onDelete: 'cascade' }),
		questionKey: text('question_key').notNull(),
		/** The value's JSON before and after; null where there was, or is, no answer. */
		previousValue: text('previous_value'),
		value: text('value'),
		reason: text('reason').notNull(),
		correctedBy: integer('corrected_by')
			.notNull()
			.references(() => user.id),
		correctedAt: integer('corrected_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('survey_correction_answer_idx').on(t.answerId)]
);

export type SituationSurvey = typeof situationSurvey.$inferSelect;
export type SurveyQuestion = typeof surveyQuestion.$inferSelect;
export type SurveyAnswer = typeof surveyAnswer.$inferSelect;
