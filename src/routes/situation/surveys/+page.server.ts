import { redirect } from '@sveltejs/kit';
import { helsinkiYear } from '#lib/domain/time.js';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { createSurveySchema } from '#lib/schemas/situation-survey.js';
import { getDb } from '#lib/server/db/instance.js';
import { authorizeSurveys, createSurvey, surveysPage } from '#lib/server/situation/surveys.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => ({
		surveys: surveysPage(getDb(), actor),
		thisYear: helsinkiYear(new Date())
	}));
};

export const actions: Actions = {
	create: (event) =>
		formAction(event, {
			authorize: (_db, actor) => authorizeSurveys(actor),
			schema: createSurveySchema,
			run: (db, actor, data) => {
				createSurvey(db, actor, data.year);
				redirect(303, `/situation/surveys/${data.year}`);
			}
		})
};
