/**
 * The national role's yearly survey: created from the latest earlier year's
 * questions, defined while a draft, opened with a deadline (a prefilled draft
 * answer for every region), and published. A submitted answer is reopened
 * before publication if the region must correct it.
 */
import { and, asc, desc, eq, lt } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import type { AnswerValue } from '../../domain/survey';
import { prefill, type AnsweredQuestion } from '../../domain/survey-answers';
import {
	checkQuestion,
	checkSectionTitle,
	copySections,
	FIRST_SURVEY,
	type QuestionInput,
	type SectionDraft
} from '../../domain/survey-questions';
import { isIsoDate, isoDate } from '../../domain/time';
import { assertCan } from '../access';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import {
	organisation,
	region,
	situationSurvey,
	surveyAnswer,
	surveyQuestion,
	surveySection,
	surveyValue,
	user,
	type SituationSurvey,
	type SurveyQuestion
} from '../db/schema';
import { conflict, invalid, notFound } from '../errors';
import { notify } from '../notifications/service';
import { regionKnowledge } from './knowledge';

/** Tells people of a region's answer to the year's survey, linking to it. */
export function notifyOfAnswer(
	db: Queryable,
	userIds: number[],
	kind: 'survey_opened' | 'survey_respondent_named' | 'survey_reminder' | 'survey_reopened',
	params: { year: number; dueOn?: string },
	now: Date
): void {
	notify(db, { userIds, kind, params, link: `/situation/answer/${params.year}` }, now);
}

/** Records a change of a region's answer in the region's audit log. */
export function auditAnswer(
	db: Queryable,
	event: {
		regionId: number;
		userId: number;
		action: 'situation.answerSubmitted' | 'situation.answerReopened' | 'situation.respondentNamed';
		answerId: number;
		summary: string;
	},
	now: Date
): void {
	const { answerId, ...rest } = event;
	recordAudit(db, { ...rest, targetType: 'surveyAnswer', targetId: answerId }, now);
}

export function authorizeSurveys(actor: Actor): void {
	assertCan(actor, 'situation.manage', null);
}

export function surveyOfYear(db: Queryable, year: number): SituationSurvey {
	const survey = db.select().from(situationSurvey).where(eq(situationSurvey.year, year)).get();
	if (!survey) throw notFound();
	return survey;
}

export interface SectionWithQuestions {
	id: number;
	title: string;
	questions: SurveyQuestion[];
}

/** The survey's sections, each with its questions, in their order. */
export function surveySections(db: Queryable, surveyId: number): SectionWithQuestions[] {
	const questions = db
		.select()
		.from(surveyQuestion)
		.where(eq(surveyQuestion.surveyId, surveyId))
		.orderBy(asc(surveyQuestion.position))
		.all();
	return db
		.select({ id: surveySection.id, title: surveySection.title })
		.from(surveySection)
		.where(eq(surveySection.surveyId, surveyId))
		.orderBy(asc(surveySection.position))
		.all()
		.map((section) => ({
			...section,
			questions: questions.filter((q) => q.sectionId === section.id)
		}));
}

function insertSections(db: Queryable, surveyId: number, sections: readonly SectionDraft[]): void {
	sections.forEach((section, s) => {
		const sectionId = db
			.insert(surveySection)
			.values({ surveyId, position: s, title: section.title })
			.returning({ id: surveySection.id })
			.get().id;
		section.questions.forEach((question, q) =>
			db
				.insert(surveyQuestion)
				.values({ ...question, surveyId, sectionId, position: q })
				.run()
		);
	});
}

/** The year's survey, starting from the latest earlier year's questions (or the first survey's). */
export function createSurvey(db: Db, actor: Actor, year: number, now = new Date()) {
	authorizeSurveys(actor);
	if (db.select().from(situationSurvey).where(eq(situationSurvey.year, year)).get())
		throw conflict('survey.exists', { year: 'survey.exists' });
	const earlier = db
		.select()
		.from(situationSurvey)
		.where(lt(situationSurvey.year, year))
		.orderBy(desc(situationSurvey.year))
		.get();
	const start = earlier ? copySections(surveySections(db, earlier.id)) : copySections(FIRST_SURVEY);
	return db.transaction((tx) => {
		const survey = tx.insert(situationSurvey).values({ year, createdAt: now }).returning().get();
		insertSections(tx, survey.id, start);
		recordAudit(
			tx,
			{
				regionId: actor.regionId,
				userId: actor.userId,
				action: 'situation.surveyCreated',
				targetType: 'situationSurvey',
				targetId: survey.id,
				summary: earlier ? `${year} (${earlier.year})` : String(year)
			},
			now
		);
		return survey;
	});
}

/** The survey the national role may still define: a draft. */
function draftSurvey(db: Queryable, actor: Actor, year: number): SituationSurvey {
	authorizeSurveys(actor);
	const survey = surveyOfYear(db, year);
	if (survey.status !== 'draft') throw conflict('survey.notDraft');
	return survey;
}

function sectionOf(db: Queryable, surveyId: number, sectionId: number) {
	const section = db
		.select()
		.from(surveySection)
		.where(and(eq(surveySection.id, sectionId), eq(surveySection.surveyId, surveyId)))
		.get();
	if (!section) throw notFound();
	return section;
}

function titleOf(raw: string): string {
	const checked = checkSectionTitle(raw);
	if ('issue' in checked) throw invalid('validation.invalid', { title: checked.issue });
	return checked.title;
}

export function addSection(db: Db, actor: Actor, year: number, rawTitle: string): void {
	const survey = draftSurvey(db, actor, year);
	const title = titleOf(rawTitle);
	const position = db
		.select({ position: surveySection.position })
		.from(surveySection)
		.where(eq(surveySection.surveyId, survey.id))
		.orderBy(desc(surveySection.position))
		.get();
	db.insert(surveySection)
		.values({ surveyId: survey.id, title, position: (position?.position ?? -1) + 1 })
		.run();
}

export function renameSection(
	db: Db,
	actor: Actor,
	year: number,
	sectionId: number,
	rawTitle: string
): void {
	const survey = draftSurvey(db, actor, year);
	sectionOf(db, survey.id, sectionId);
	const title = titleOf(rawTitle);
	db.update(surveySection).set({ title }).where(eq(surveySection.id, sectionId)).run();
}

/** Removes a section with its questions. */
export function removeSection(db: Db, actor: Actor, year: number, sectionId: number): void {
	const survey = draftSurvey(db, actor, year);
	sectionOf(db, survey.id, sectionId);
	db.delete(surveySection).where(eq(surveySection.id, sectionId)).run();
}

/** Adds a question at the end of its section, or changes one; `issues` by field when refused. */
export function saveQuestion(
	db: Db,
	actor: Actor,
	year: number,
	place: { sectionId: number; questionId: number | null },
	input: QuestionInput
): void {
	const survey = draftSurvey(db, actor, year);
	sectionOf(db, survey.id, place.sectionId);
	const others = db
		.select({ id: surveyQuestion.id, key: surveyQuestion.key, sectionId: surveyQuestion.sectionId })
		.from(surveyQuestion)
		.where(eq(surveyQuestion.surveyId, survey.id))
		.all();
	const own = others.find((q) => q.id === place.questionId);
	if (place.questionId !== null && own?.sectionId !== place.sectionId) throw notFound();
	const checked = checkQuestion(
		input,
		others.filter((q) => q.id !== place.questionId).map((q) => q.key)
	);
	if ('issues' in checked) throw invalid('validation.invalid', checked.issues);
	if (own) {
		db.update(surveyQuestion).set(checked.question).where(eq(surveyQuestion.id, own.id)).run();
		return;
	}
	const position = others.filter((q) => q.sectionId === place.sectionId).length;
	db.insert(surveyQuestion)
		.values({ ...checked.question, surveyId: survey.id, sectionId: place.sectionId, position })
		.run();
}

export function removeQuestion(db: Db, actor: Actor, year: number, questionId: number): void {
	const survey = draftSurvey(db, actor, year);
	const removed = db
		.delete(surveyQuestion)
		.where(and(eq(surveyQuestion.id, questionId), eq(surveyQuestion.surveyId, survey.id)))
		.run();
	if (removed.changes === 0) throw notFound();
}

/** Moves a question one place up (-1) or down (+1) in its section, or a section among the survey's. */
export function moveItem(
	db: Db,
	actor: Actor,
	year: number,
	item: { kind: 'section' | 'question'; id: number },
	step: -1 | 1
): void {
	const survey = draftSurvey(db, actor, year);
	const sections = surveySections(db, survey.id);
	const siblings =
		item.kind === 'section'
			? sections
			: (sections.find((s) => s.questions.some((q) => q.id === item.id))?.questions ?? []);
	const at = siblings.findIndex((s) => s.id === item.id);
	if (at < 0) throw notFound();
	const swapWith = siblings[at + step];
	if (!swapWith) return;
	const table = item.kind === 'section' ? surveySection : surveyQuestion;
	db.transaction((tx) => {
		tx.update(table)
			.set({ position: at + step })
			.where(eq(table.id, item.id))
			.run();
		tx.update(table).set({ position: at }).where(eq(table.id, swapWith.id)).run();
	});
}

/** The questions as the answer form checks them. */
export function answeredQuestions(db: Queryable, surveyId: number): AnsweredQuestion[] {
	return surveySections(db, surveyId).flatMap((s) => s.questions);
}

/** Each region's last answer to an earlier year, by question key. */
function lastYearAnswers(db: Queryable, year: number, regionId: number): Map<string, AnswerValue> {
	const earlier = db
		.select({ answerId: surveyAnswer.id })
		.from(surveyAnswer)
		.innerJoin(situationSurvey, eq(surveyAnswer.surveyId, situationSurvey.id))
		.where(and(eq(surveyAnswer.regionId, regionId), lt(situationSurvey.year, year)))
		.orderBy(desc(situationSurvey.year))
		.get();
	if (!earlier) return new Map();
	return new Map(
		db
			.select()
			.from(surveyValue)
			.where(eq(surveyValue.answerId, earlier.answerId))
			.all()
			.map((v) => [v.questionKey, JSON.parse(v.value) as AnswerValue])
	);
}

/** The region's coordinators: who names the respondent, and who hears of the survey first. */
export function regionCoordinatorIds(db: Queryable, regionId: number): number[] {
	return db
		.select({ id: user.id })
		.from(user)
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.where(and(eq(organisation.regionId, regionId), eq(user.siteRole, 'coordinator')))
		.all()
		.map((u) => u.id);
}

/**
 * Opens the survey for answers until the deadline: every region gets its draft
 * answer, prefilled, and its coordinators a notification to name who answers.
 */
export function openSurvey(db: Db, actor: Actor, year: number, deadline: string, now = new Date()) {
	const survey = draftSurvey(db, actor, year);
	if (!isIsoDate(deadline) || deadline < isoDate(now))
		throw invalid('validation.invalid', { deadline: 'survey.deadline' });
	const questions = answeredQuestions(db, survey.id);
	if (questions.length === 0) throw conflict('survey.noQuestions');
	const regions = db.select({ id: region.id }).from(region).all();
	db.transaction((tx) => {
		tx.update(situationSurvey)
			.set({ status: 'open', deadline })
			.where(eq(situationSurvey.id, survey.id))
			.run();
		for (const { id: regionId } of regions) {
			const answerId = tx
				.insert(surveyAnswer)
				.values({ surveyId: survey.id, regionId, updatedAt: now })
				.returning({ id: surveyAnswer.id })
				.get().id;
			const prefilled = prefill(
				questions,
				lastYearAnswers(tx, year, regionId),
				regionKnowledge(tx, regionId, year, now)
			);
			for (const [questionKey, { value, origin }] of prefilled)
				tx.insert(surveyValue)
					.values({ answerId, questionKey, value: JSON.stringify(value), origin })
					.run();
			notifyOfAnswer(
				tx,
				regionCoordinatorIds(tx, regionId),
				'survey_opened',
				{ year, dueOn: deadline },
				now
			);
		}
		recordAudit(
			tx,
			{
				regionId: actor.regionId,
				userId: actor.userId,
				action: 'situation.surveyOpened',
				targetType: 'situationSurvey',
				targetId: survey.id,
				summary: `${year}, ${deadline}`
			},
			now
		);
	});
}

/** Publishes the year: its submitted answers become the public picture. */
export function publishSurvey(db: Db, actor: Actor, year: number, now = new Date()): void {
	authorizeSurveys(actor);
	const survey = surveyOfYear(db, year);
	if (survey.status !== 'open') throw conflict('survey.notOpen');
	db.transaction((tx) => {
		tx.update(situationSurvey)
			.set({ status: 'published', publishedAt: now, publishedBy: actor.userId })
			.where(eq(situationSurvey.id, survey.id))
			.run();
		recordAudit(
			tx,
			{
				regionId: actor.regionId,
				userId: actor.userId,
				action: 'situation.surveyPublished',
				targetType: 'situationSurvey',
				targetId: survey.id,
				summary: String(year)
			},
			now
		);
	});
}

export const respondentIds = (respondentId: number | null) =>
	respondentId === null ? [] : [respondentId];

/** Sends a submitted answer back to its region as a draft, before the year is published. */
export function reopenAnswer(
	db: Db,
	actor: Actor,
	year: number,
	regionId: number,
	now = new Date()
): void {
	authorizeSurveys(actor);
	const survey = surveyOfYear(db, year);
	const answer = db
		.select()
		.from(surveyAnswer)
		.where(and(eq(surveyAnswer.surveyId, survey.id), eq(surveyAnswer.regionId, regionId)))
		.get();
	if (!answer) throw notFound();
	if (survey.status !== 'open' || answer.status !== 'submitted')
		throw conflict('survey.notReopenable');
	db.transaction((tx) => {
		tx.update(surveyAnswer)
			.set({ status: 'draft', submittedAt: null, submittedBy: null, updatedAt: now })
			.where(eq(surveyAnswer.id, answer.id))
			.run();
		notifyOfAnswer(
			tx,
			[...respondentIds(answer.respondentId), ...regionCoordinatorIds(tx, regionId)],
			'survey_reopened',
			{ year },
			now
		);
		auditAnswer(
			tx,
			{
				regionId,
				userId: actor.userId,
				action: 'situation.answerReopened',
				answerId: answer.id,
				summary: String(year)
			},
			now
		);
	});
}

/** `/situation/surveys`: every year's survey and how many regions have submitted. */
export function surveysPage(db: Queryable, actor: Actor) {
	authorizeSurveys(actor);
	const answers = db
		.select({ surveyId: surveyAnswer.surveyId, status: surveyAnswer.status })
		.from(surveyAnswer)
		.all();
	return db
		.select()
		.from(situationSurvey)
		.orderBy(desc(situationSurvey.year))
		.all()
		.map((survey) => {
			const ofSurvey = answers.filter((a) => a.surveyId === survey.id);
			return {
				year: survey.year,
				status: survey.status,
				deadline: survey.deadline,
				answers: ofSurvey.length,
				submitted: ofSurvey.filter((a) => a.status === 'submitted').length
			};
		});
}

/** `/situation/surveys/<year>`: its sections and questions, and each region's answer. */
export function surveyPage(db: Queryable, actor: Actor, year: number) {
	authorizeSurveys(actor);
	const survey = surveyOfYear(db, year);
	const respondent = user;
	const answers = db
		.select({
			regionId: region.id,
			region: region.name,
			status: surveyAnswer.status,
			submittedAt: surveyAnswer.submittedAt,
			respondent: respondent.name,
			respondentRole: surveyAnswer.respondentRole
		})
		.from(surveyAnswer)
		.innerJoin(region, eq(surveyAnswer.regionId, region.id))
		.leftJoin(respondent, eq(surveyAnswer.respondentId, respondent.id))
		.where(eq(surveyAnswer.surveyId, survey.id))
		.orderBy(asc(region.name))
		.all();
	return {
		survey: {
			year: survey.year,
			status: survey.status,
			deadline: survey.deadline,
			publishedAt: survey.publishedAt
		},
		sections: surveySections(db, survey.id),
		answers
	};
}
