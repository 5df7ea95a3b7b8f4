/**
 * The hourly work of the survey: a week before the deadline, remind who
 * answers for each region whose answer is still a draft (its named
 * respondent, else its coordinators), once; `remindedAt` remembers it.
 */
import { and, eq } from 'drizzle-orm';
import { surveyReminderDue } from '../../domain/survey-questions';
import type { Db } from '../db/client';
import { situationSurvey, surveyAnswer } from '../db/schema';
import { notifyOfAnswer, regionCoordinatorIds, respondentIds } from './surveys';

export function remindOfSurveyDeadlines(db: Db, now: Date): void {
	const drafts = db
		.select({
			id: surveyAnswer.id,
			regionId: surveyAnswer.regionId,
			respondentId: surveyAnswer.respondentId,
			remindedAt: surveyAnswer.remindedAt,
			year: situationSurvey.year,
			deadline: situationSurvey.deadline
		})
		.from(surveyAnswer)
		.innerJoin(situationSurvey, eq(surveyAnswer.surveyId, situationSurvey.id))
		.where(and(eq(situationSurvey.status, 'open'), eq(surveyAnswer.status, 'draft')))
		.all();
	for (const draft of drafts) {
		if (!draft.deadline || !surveyReminderDue(draft.deadline, now, draft.remindedAt)) continue;
		db.transaction((tx) => {
			const named = respondentIds(draft.respondentId);
			notifyOfAnswer(
				tx,
				named.length > 0 ? named : regionCoordinatorIds(tx, draft.regionId),
				'survey_reminder',
				{ year: draft.year, dueOn: draft.deadline! },
				now
			);
			tx.update(surveyAnswer).set({ remindedAt: now }).where(eq(surveyAnswer.id, draft.id)).run();
		});
	}
}
