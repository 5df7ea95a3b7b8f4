import type * as v from 'valibot';
import { formAction, type FormActionSteps } from '#lib/kit/actions.js';
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
	run: FormActionSteps<S, void>['run'],
	done: Record<string, unknown> = { saved: true }
) {
	return formAction(event, {
		authorize: (_db, actor) => authorizeSurveys(actor),
		schema,
		run: async (db, actor, data) => {
			await run(db, actor, data);
			return done;
		}
	});
}

export const actions: Actions = {
	addSection: (event) =>
		surveyAction(event, sectionSchema, (db, actor, data) =>
			addSection(db, actor, event.params.year, data.title)
		),
	renameSection: (event) =>
		surveyAction(event, sectionTitleSchema, (db, actor, data) =>
			renameSection(db, actor, event.params.year, data.sectionId, data.title)
		),
	removeSection: (event) =>
		surveyAction(event, sectionIdSchema, (db, actor, data) =>
			removeSection(db, actor, event.params.year, data.sectionId)
		),
	saveQuestion: (event) =>
		surveyAction(event, questionSchema, (db, actor, { sectionId, questionId, ...input }) =>
			saveQuestion(db, actor, event.params.year, { sectionId, questionId }, input)
		),
	removeQuestion: (event) =>
		surveyAction(event, questionIdSchema, (db, actor, data) =>
			removeQuestion(db, actor, event.params.year, data.questionId)
		),
	move: (event) =>
		surveyAction(event, moveSchema, (db, actor, data) =>
			moveItem(db, actor, event.params.year, { kind: data.kind, id: data.id }, data.step)
		),
	open: (event) =>
		surveyAction(
			event,
			openSurveySchema,
			(db, actor, data) => openSurvey(db, actor, event.params.year, data.deadline),
			{ opened: true }
		),
	publish: (event) =>
		surveyAction(
			event,
			noFieldsSchema,
			(db, actor) => publishSurvey(db, actor, event.params.year),
			{
				published: true
			}
		),
	reopen: (event) =>
		surveyAction(event, regionIdSchema, (db, actor, data) =>
			reopenAnswer(db, actor, event.params.year, data.regionId)
		)
};
