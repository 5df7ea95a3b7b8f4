/** Test set-up for the national picture: a year's survey, its questions and answers inserted directly. */
import { eq } from 'drizzle-orm';
import type { AnswerStatus, AnswerValue, QuestionKind, SurveyStatus } from '../../domain/survey';
import type { Db } from '../db/client';
import {
	region,
	situationSurvey,
	surveyAnswer,
	surveyQuestion,
	surveySection,
	surveyValue
} from '../db/schema';

/** A year's survey with one section of the questions given, in their order. */
export function insertSurvey(
	db: Db,
	year: number,
	questions: readonly { key: string; kind: QuestionKind; text?: string; options?: string[] }[],
	status: SurveyStatus = 'published'
): number {
	const surveyId = db
		.insert(situationSurvey)
		.values({ year, status, publishedAt: status === 'published' ? new Date() : null })
		.returning()
		.get().id;
	const sectionId = db
		.insert(surveySection)
		.values({ surveyId, position: 1, title: `Osio ${year}` })
		.returning()
		.get().id;
	questions.forEach((q, position) =>
		db
			.insert(surveyQuestion)
			.values({
				surveyId,
				sectionId,
				position,
				key: q.key,
				kind: q.kind,
				text: q.text ?? `Kysymys ${q.key}`,
				options: q.options ?? []
			})
			.run()
	);
	return surveyId;
}

/** A region's answer to a survey with its values by question key. */
export function insertSurveyAnswer(
	db: Db,
	surveyId: number,
	regionId: number,
	values: Readonly<Record<string, AnswerValue>>,
	status: AnswerStatus = 'submitted'
): number {
	const answerId = db
		.insert(surveyAnswer)
		.values({
			surveyId,
			regionId,
			status,
			respondentRole: 'county',
			submittedAt: status === 'submitted' ? new Date() : null,
			updatedAt: new Date()
		})
		.returning()
		.get().id;
	for (const [questionKey, value] of Object.entries(values)) {
		db.insert(surveyValue)
			.values({ answerId, questionKey, value: JSON.stringify(value) })
			.run();
	}
	return answerId;
}

/** Sets the region's population and whether it compares with the others. */
export function setRegionFacts(
	db: Db,
	regionId: number,
	population: number | null,
	comparable = true
): void {
	db.update(region).set({ population, comparable }).where(eq(region.id, regionId)).run();
}
