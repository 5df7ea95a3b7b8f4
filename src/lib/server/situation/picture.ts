/**
 * The national picture as the public sees it (docs/situation.md): the published years, a year's
 * regions with their submitted answers and figures, the year's questions, and one region's
 * answers over the years. A year is public once its survey is published; only submitted answers
 * count. Each read is one or two queries, whatever the number of regions and years.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import Papa from 'papaparse';
import {
	measureScale,
	regionFigures,
	situationTotals,
	sortRegions,
	type Answers,
	type MapMeasure,
	type RegionFigures,
	type SortColumn,
	type SortDirection,
	type Totals
} from '../../domain/situation-figures';
import type { AnswerValue, QuestionKind, RespondentRole } from '../../domain/survey';
import type { Db } from '../db/client';
import {
	region,
	situationSurvey,
	surveyAnswer,
	surveyQuestion,
	surveySection,
	surveyValue
} from '../db/schema';

/** The published years, latest first. */
export function publishedYears(db: Db): number[] {
	return db
		.select({ year: situationSurvey.year })
		.from(situationSurvey)
		.where(eq(situationSurvey.status, 'published'))
		.orderBy(desc(situationSurvey.year))
		.all()
		.map((s) => s.year);
}

export type PictureRegion = {
	id: number;
	slug: string;
	name: string;
	population: number | null;
	comparable: boolean;
	/** Who answered for the region; null without a submitted answer (or for an imported year). */
	respondentRole: RespondentRole | null;
	answers: Answers;
	figures: RegionFigures;
};

export type Picture = {
	year: number;
	regions: PictureRegion[];
	totals: { comparable: Totals; all: Totals };
};

function publishedSurveyId(db: Db, year: number): number | null {
	const survey = db
		.select({ id: situationSurvey.id })
		.from(situationSurvey)
		.where(and(eq(situationSurvey.year, year), eq(situationSurvey.status, 'published')))
		.get();
	return survey?.id ?? null;
}

/** The submitted answers of the published years given, by year and region id. */
function submittedAnswers(db: Db, years: readonly number[]) {
	const rows = db
		.select({
			year: situationSurvey.year,
			regionId: surveyAnswer.regionId,
			respondentRole: surveyAnswer.respondentRole,
			questionKey: surveyValue.questionKey,
			value: surveyValue.value
		})
		.from(surveyAnswer)
		.innerJoin(situationSurvey, eq(situationSurvey.id, surveyAnswer.surveyId))
		.leftJoin(surveyValue, eq(surveyValue.answerId, surveyAnswer.id))
		.where(
			and(
				inArray(situationSurvey.year, [...years]),
				eq(situationSurvey.status, 'published'),
				eq(surveyAnswer.status, 'submitted')
			)
		)
		.all();
	const byYear = new Map<
		number,
		Map<number, { respondentRole: RespondentRole | null; answers: Record<string, AnswerValue> }>
	>();
	for (const row of rows) {
		const regions = byYear.get(row.year) ?? new Map();
		byYear.set(row.year, regions);
		const answer = regions.get(row.regionId) ?? { respondentRole: row.respondentRole, answers: {} };
		regions.set(row.regionId, answer);
		if (row.questionKey !== null && row.value !== null) {
			answer.answers[row.questionKey] = JSON.parse(row.value) as AnswerValue;
		}
	}
	return byYear;
}

/** A published year's picture, or null when the year is not published. */
export function loadPicture(db: Db, year: number): Picture | null {
	if (publishedSurveyId(db, year) === null) return null;
	const answers = submittedAnswers(db, [year, year - 1]);
	const regions = db.select().from(region).orderBy(asc(region.name)).all();
	const pictureRegions = regions.map((r): PictureRegion => {
		const answer = answers.get(year)?.get(r.id);
		const current = answer?.answers ?? {};
		return {
			id: r.id,
			slug: r.slug,
			name: r.name,
			population: r.population,
			comparable: r.comparable,
			respondentRole: answer?.respondentRole ?? null,
			answers: current,
			figures: regionFigures(current, answers.get(year - 1)?.get(r.id)?.answers, r.population)
		};
	});
	return { year, regions: pictureRegions, totals: situationTotals(pictureRegions) };
}

/**
 * The year's page: the published years, the map's classes by the measure, and the regions sorted
 * for the table (without their answers), each with its class; null when the year is not published.
 */
export function picturePage(
	db: Db,
	year: number,
	view: { measure: MapMeasure; sort: SortColumn; dir: SortDirection }
) {
	const picture = loadPicture(db, year);
	if (!picture) return null;
	const scale = measureScale(
		view.measure,
		picture.regions.map((r) => r.figures)
	);
	return {
		...view,
		year,
		years: publishedYears(db),
		classes: scale.classes,
		regions: sortRegions(picture.regions, view.sort, view.dir).map(
			({ answers: _answers, ...r }) => ({ ...r, classIndex: scale.classOf(r.figures) })
		),
		totals: picture.totals
	};
}

export type PictureQuestion = {
	key: string;
	section: string;
	kind: QuestionKind;
	text: string;
	help: string;
	options: string[];
};

/** A published year's questions in order, or null when the year is not published. */
export function pictureQuestions(db: Db, year: number): PictureQuestion[] | null {
	const surveyId = publishedSurveyId(db, year);
	if (surveyId === null) return null;
	return db
		.select({
			key: surveyQuestion.key,
			section: surveySection.title,
			kind: surveyQuestion.kind,
			text: surveyQuestion.text,
			help: surveyQuestion.help,
			options: surveyQuestion.options
		})
		.from(surveyQuestion)
		.innerJoin(surveySection, eq(surveySection.id, surveyQuestion.sectionId))
		.where(eq(surveyQuestion.surveyId, surveyId))
		.orderBy(asc(surveySection.position), asc(surveyQuestion.position))
		.all();
}

export type RegionHistory = {
	region: { id: number; slug: string; name: string; comparable: boolean };
	/** The published years, earliest first. */
	years: number[];
	/** Every question asked in those years, by key, worded as it was last asked. */
	questions: { key: string; section: string; kind: QuestionKind; text: string }[];
	/** The region's submitted answers by question key and year. */
	values: Record<string, Record<number, AnswerValue>>;
};

/** One region's answers over the published years side by side; null for an unknown region. */
export function regionHistory(db: Db, slug: string): RegionHistory | null {
	const found = db
		.select({ id: region.id, slug: region.slug, name: region.name, comparable: region.comparable })
		.from(region)
		.where(eq(region.slug, slug))
		.get();
	if (!found) return null;
	const asked = db
		.select({
			year: situationSurvey.year,
			key: surveyQuestion.key,
			section: surveySection.title,
			kind: surveyQuestion.kind,
			text: surveyQuestion.text
		})
		.from(surveyQuestion)
		.innerJoin(situationSurvey, eq(situationSurvey.id, surveyQuestion.surveyId))
		.innerJoin(surveySection, eq(surveySection.id, surveyQuestion.sectionId))
		.where(eq(situationSurvey.status, 'published'))
		// The latest year's wording and order first, then the keys no longer asked.
		.orderBy(desc(situationSurvey.year), asc(surveySection.position), asc(surveyQuestion.position))
		.all();
	const years = [...new Set(asked.map((q) => q.year))].sort((a, b) => a - b);
	const byKey = new Map<string, RegionHistory['questions'][number]>();
	for (const { key, section, kind, text } of asked) {
		if (!byKey.has(key)) byKey.set(key, { key, section, kind, text });
	}
	const questions = [...byKey.values()];
	const answers = submittedAnswers(db, years);
	const values: RegionHistory['values'] = {};
	for (const year of years) {
		for (const [key, value] of Object.entries(answers.get(year)?.get(found.id)?.answers ?? {})) {
			values[key] = { ...values[key], [year]: value };
		}
	}
	return { region: found, years, questions, values };
}

/**
 * An answer as plain JSON for the integration API: money as euros, a choice as its string,
 * several choices as an array, a number, a text, a structure {kind, name}, a document {state, name}.
 */
export function plainAnswer(value: AnswerValue): unknown {
	switch (value.kind) {
		case 'money':
			return value.cents / 100;
		case 'choice':
			return value.choice;
		case 'choices':
			return value.choices;
		case 'number':
			return value.number;
		case 'text':
			return value.text;
		case 'structure':
			return { kind: value.structure, name: value.name };
		case 'document':
			return { state: value.state, name: value.name };
	}
}

/** An answer as one cell of text: money in euros with two decimals, several choices joined. */
export function answerText(value: AnswerValue | undefined): string {
	if (!value) return '';
	switch (value.kind) {
		case 'money':
			return (value.cents / 100).toFixed(2);
		case 'choices':
			return value.choices.join(', ');
		case 'structure':
			return [value.structure, value.name].filter(Boolean).join(': ');
		case 'document':
			return [value.state, value.name].filter(Boolean).join(': ');
		default:
			return String(plainAnswer(value));
	}
}

const FIGURE_COLUMNS = [
	'ngoGrantsEur',
	'grantsPerResident',
	'steaEur',
	'steaPreviousEur',
	'steaChangePercent'
] as const satisfies readonly (keyof RegionFigures)[];

/** A cell a spreadsheet would run as a formula; a negative number (a change) is left as it is. */
const FORMULA = /^(?!-\d+(\.\d+)?$)[=+\-@\t\r]/;

/** The picture as CSV: one row per region, its answers by question key, then its figures. */
export function pictureCsv(picture: Picture, questionKeys: readonly string[]): string {
	const figure = (n: number | null) => (n === null ? '' : String(Math.round(n * 100) / 100));
	return (
		'\uFEFF' +
		Papa.unparse(
			{
				fields: ['slug', 'name', 'population', 'comparable', ...questionKeys, ...FIGURE_COLUMNS],
				data: picture.regions.map((r) => [
					r.slug,
					r.name,
					r.population ?? '',
					r.comparable ? 'true' : 'false',
					...questionKeys.map((key) => answerText(r.answers[key])),
					...FIGURE_COLUMNS.map((column) => figure(r.figures[column]))
				])
			},
			{ delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA }
		)
	);
}

/** The picture as `GET /api/situation/<year>` answers it: each answer as plain JSON. */
export function picturePlain(picture: Picture) {
	return {
		year: picture.year,
		regions: picture.regions.map((r) => ({
			...r,
			answers: Object.fromEntries(
				Object.entries(r.answers).map(([key, value]) => [key, plainAnswer(value)])
			)
		})),
		totals: picture.totals
	};
}
