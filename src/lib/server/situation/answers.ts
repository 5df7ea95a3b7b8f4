/**
 * A region's answer to the year's survey: its coordinators name who answers
 * (a county or regional NGO network person of the region), and they edit the
 * prefilled draft and submit it. Nobody of another region sees it (404).
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Actor, SurveyAnswerTarget } from '../../domain/policy';
import type { AnswerValue, RespondentRole } from '../../domain/survey';
import { can } from '../../domain/policy';
import { checkAnswers, fieldsOf, type RawAnswer } from '../../domain/survey-answers';
import type { Db, Queryable } from '../db/client';
import {
	organisation,
	situationSurvey,
	surveyAnswer,
	surveyValue,
	user,
	type SurveyAnswer
} from '../db/schema';
import { conflict, forbidden, invalid, notFound } from '../errors';
import {
	answeredQuestions,
	auditAnswer,
	notifyOfAnswer,
	surveyOfYear,
	surveySections
} from './surveys';

/** Who may answer for a region, by the kind of their organisation, and in which role. */
const RESPONDENT_ROLE_OF: Partial<Record<string, RespondentRole>> = {
	county: 'county',
	ngo: 'ngo_network'
};

interface LoadedAnswer {
	answer: SurveyAnswer;
	surveyId: number;
	target: SurveyAnswerTarget;
}

/**
 * The region's answer to the year's survey, for someone who may read it;
 * anyone else (another region's people), and everyone before the survey opens, gets 404.
 */
function loadAnswer(db: Queryable, actor: Actor, year: number, regionId: number): LoadedAnswer {
	const survey = surveyOfYear(db, year);
	const answer = db
		.select()
		.from(surveyAnswer)
		.where(and(eq(surveyAnswer.surveyId, survey.id), eq(surveyAnswer.regionId, regionId)))
		.get();
	if (!answer) throw notFound();
	const target: SurveyAnswerTarget = {
		regionId,
		respondentId: answer.respondentId,
		surveyStatus: survey.status,
		answerStatus: answer.status
	};
	if (!can(actor, 'situation.readAnswer', target)) throw notFound();
	return { answer, surveyId: survey.id, target };
}

/** The answer for one who may act on it; refuses (404 or 403) anyone else, before a form is read. */
export function authorizeAnswer(
	db: Queryable,
	actor: Actor,
	year: number,
	regionId: number,
	action: 'situation.answer' | 'situation.nameRespondent'
): LoadedAnswer {
	const loaded = loadAnswer(db, actor, year, regionId);
	if (!can(actor, action, action === 'situation.answer' ? loaded.target : { regionId }))
		throw forbidden(`forbidden.${action}`);
	return loaded;
}

function storedValues(db: Queryable, answerId: number) {
	return new Map(
		db
			.select()
			.from(surveyValue)
			.where(eq(surveyValue.answerId, answerId))
			.all()
			.map((v) => [v.questionKey, v])
	);
}

/** The people of the region who may be named to answer: its county's and its NGOs' active users. */
function respondentCandidates(db: Queryable, regionId: number) {
	return db
		.select({
			id: user.id,
			name: user.name,
			organisation: organisation.name,
			kind: organisation.kind
		})
		.from(user)
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.where(
			and(
				eq(organisation.regionId, regionId),
				eq(user.active, true),
				inArray(organisation.kind, ['county', 'ngo'])
			)
		)
		.orderBy(asc(user.name))
		.all();
}

/** `/situation/answer/<year>`: the region's answer by section, each field with where its value came from. */
export function answerPage(db: Queryable, actor: Actor, year: number, regionId: number) {
	const { answer, surveyId, target } = loadAnswer(db, actor, year, regionId);
	const survey = surveyOfYear(db, year);
	const values = storedValues(db, answer.id);
	const mayName =
		can(actor, 'situation.nameRespondent', { regionId }) &&
		survey.status === 'open' &&
		answer.status === 'draft';
	const respondent =
		answer.respondentId === null
			? null
			: (db.select({ name: user.name }).from(user).where(eq(user.id, answer.respondentId)).get()
					?.name ?? null);
	return {
		survey: { year: survey.year, status: survey.status, deadline: survey.deadline },
		answer: {
			status: answer.status,
			submittedAt: answer.submittedAt,
			respondentId: answer.respondentId,
			respondent,
			respondentRole: answer.respondentRole
		},
		sections: surveySections(db, surveyId).map((section) => ({
			id: section.id,
			title: section.title,
			questions: section.questions.map((q) => {
				const stored = values.get(q.key);
				return {
					key: q.key,
					kind: q.kind,
					text: q.text,
					help: q.help,
					options: q.options,
					fields: fieldsOf(stored ? (JSON.parse(stored.value) as AnswerValue) : null),
					origin: stored?.origin ?? null
				};
			})
		})),
		mayAnswer: can(actor, 'situation.answer', target),
		candidates: mayName
			? respondentCandidates(db, regionId).map(({ id, name, organisation }) => ({
					id,
					name,
					organisation
				}))
			: []
	};
}

/**
 * Saves the region's draft, or submits it: every value checked by its
 * question's kind (messages by field), a prefilled value keeps its origin
 * until the region changes it.
 */
export function saveAnswer(
	db: Db,
	actor: Actor,
	year: number,
	regionId: number,
	raw: (key: string) => RawAnswer,
	submit: boolean,
	now = new Date()
): void {
	const { answer, surveyId } = authorizeAnswer(db, actor, year, regionId, 'situation.answer');
	const checked = checkAnswers(answeredQuestions(db, surveyId), raw, submit);
	if ('issues' in checked) throw invalid('survey.answer.invalid', checked.issues);
	const before = storedValues(db, answer.id);
	db.transaction((tx) => {
		tx.delete(surveyValue).where(eq(surveyValue.answerId, answer.id)).run();
		for (const [questionKey, value] of checked.values) {
			const json = JSON.stringify(value);
			const kept = before.get(questionKey);
			tx.insert(surveyValue)
				.values({
					answerId: answer.id,
					questionKey,
					value: json,
					origin: kept?.value === json ? kept.origin : null
				})
				.run();
		}
		tx.update(surveyAnswer)
			.set(
				submit
					? { status: 'submitted', submittedAt: now, submittedBy: actor.userId, updatedAt: now }
					: { updatedAt: now }
			)
			.where(eq(surveyAnswer.id, answer.id))
			.run();
		if (submit)
			auditAnswer(
				tx,
				{
					regionId,
					userId: actor.userId,
					action: 'situation.answerSubmitted',
					answerId: answer.id,
					summary: String(year)
				},
				now
			);
	});
}

/** The region's coordinator names who answers for it, and in which role their organisation makes them. */
export function nameRespondent(
	db: Db,
	actor: Actor,
	year: number,
	regionId: number,
	respondentId: number,
	now = new Date()
): void {
	const { answer, target } = authorizeAnswer(db, actor, year, regionId, 'situation.nameRespondent');
	if (target.surveyStatus !== 'open' || target.answerStatus !== 'draft')
		throw conflict('survey.answer.closed');
	const named = respondentCandidates(db, regionId).find((c) => c.id === respondentId);
	if (!named) throw invalid('validation.invalid', { respondentId: 'survey.respondent.invalid' });
	const role = RESPONDENT_ROLE_OF[named.kind]!;
	db.transaction((tx) => {
		tx.update(surveyAnswer)
			.set({ respondentId, respondentRole: role, updatedAt: now })
			.where(eq(surveyAnswer.id, answer.id))
			.run();
		notifyOfAnswer(tx, [respondentId], 'survey_respondent_named', { year }, now);
		auditAnswer(
			tx,
			{
				regionId,
				userId: actor.userId,
				action: 'situation.respondentNamed',
				answerId: answer.id,
				summary: `${named.name} (${role})`
			},
			now
		);
	});
}

/**
 * The survey's links in the main navigation: the surveys for the national
 * role, and the region's answer to the latest opened year for those who may open it.
 */
export function surveyLinks(db: Queryable, actor: Actor | null) {
	if (!actor) return { manage: false, answerYear: null };
	const latest = db
		.select({
			year: situationSurvey.year,
			status: situationSurvey.status,
			respondentId: surveyAnswer.respondentId,
			answerStatus: surveyAnswer.status
		})
		.from(surveyAnswer)
		.innerJoin(situationSurvey, eq(surveyAnswer.surveyId, situationSurvey.id))
		.where(eq(surveyAnswer.regionId, actor.regionId))
		.orderBy(desc(situationSurvey.year))
		.get();
	const readable =
		latest !== undefined &&
		can(actor, 'situation.readAnswer', {
			regionId: actor.regionId,
			respondentId: latest.respondentId,
			surveyStatus: latest.status,
			answerStatus: latest.answerStatus
		});
	return {
		manage: can(actor, 'situation.manage', null),
		answerYear: readable ? latest.year : null
	};
}
