import type * as v from 'valibot';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import {
	moveSchema,
	noFieldsSchema,
	openSurveySchema,
	questionIdSchema,
	questionSchema,
	regionIdSchema,
	sectionIdSchema,
	sectionSchema,
	sectionTitleSchema
} from '#lib/schemas/situation-survey.js';
import type { Actor } from '#lib/domain/policy.js';
import type { Db } from '#lib/server/db/client.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	addSection,
	authorizeSurveys,
	moveItem,
	openSurvey,
	publishSurvey,
	removeQuestion,
	removeSection,
	renameSection,
	reopenAnswer,
	saveQuestion,
	surveyPage
} from '#lib/server/situation/surveys.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => surveyPage(getDb(), actor, event.params.year));
};

/** Every action here is the national role's; each says what it does with the year's survey. */
function surveyAction<S extends v.GenericSchema>(
	event: RequestEvent,
	schema: S,
	run: (db: Db, actor: Actor, year: number, data: v.InferOutput<S>) => void,
	done: Record<string, unknown> = { saved: true }
) {
	return formAction(event, {
		authorize: (_db, actor) => authorizeSurveys(actor),
		schema,
		run: (db, actor, data) => {
			run(db, actor, event.params.year, data);
			return done;
		}
	});
}

export const actions: Actions = {
	addSection: (event) =>
		surveyAction(event, sectionSchema, (db, actor, year, data) =>
			addSection(db, actor, year, data.title)
		),
	renameSection: (event) =>
		surveyAction(event, sectionTitleSchema, (db, actor, year, data) =>
			renameSection(db, actor, year, data.sectionId, data.title)
		),
	removeSection: (event) =>
		surveyAction(event, sectionIdSchema, (db, actor, year, data) =>
			removeSection(db, actor, year, data.sectionId)
		),
	saveQuestion: (event) =>
		surveyAction(event, questionSchema, (db, actor, year, { sectionId, questionId, ...input }) =>
			saveQuestion(db, actor, year, { sectionId, questionId }, input)
		),
	removeQuestion: (event) =>
		surveyAction(event, questionIdSchema, (db, actor, year, data) =>
			removeQuestion(db, actor, year, data.questionId)
		),
	move: (event) =>
		surveyAction(event, moveSchema, (db, actor, year, data) =>
			moveItem(db, actor, year, { kind: data.kind, id: data.id }, data.step)
		),
	open: (event) =>
		surveyAction(
			event,
			openSurveySchema,
			(db, actor, year, data) => openSurvey(db, actor, year, data.deadline),
			{ opened: true }
		),
	publish: (event) =>
		surveyAction(event, noFieldsSchema, (db, actor, year) => publishSurvey(db, actor, year), {
			published: true
		}),
	reopen: (event) =>
		surveyAction(event, regionIdSchema, (db, actor, year, data) =>
			reopenAnswer(db, actor, year, data.regionId)
		)
};
