import { nameField, valueField, type RawAnswer } from '#lib/domain/survey-answers.js';
import { requireActor } from '#lib/kit/guard.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { formValues, readForm, unreadableForm } from '#lib/kit/forms.js';
import { formAction } from '#lib/kit/actions.js';
import { respondentSchema } from '#lib/schemas/situation-survey.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	answerPage,
	authorizeAnswer,
	nameRespondent,
	saveAnswer
} from '#lib/server/situation/answers.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => answerPage(getDb(), actor, event.params.year, actor.regionId));
};

/**
 * Saves or submits the region's answer. The fields are the questions' own
 * (`q.<key>`, ticked boxes sent once each), so they are read from the form as
 * sent and checked by the survey's rules, not a fixed schema.
 */
async function answer(event: RequestEvent, submit: boolean) {
	const actor = requireActor(event);
	const db = getDb();
	const { year } = event.params;
	await runOrError(() => authorizeAnswer(db, actor, year, actor.regionId, 'situation.answer'));
	const form = await readForm(event.request);
	if (!form) return unreadableForm();
	const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');
	const raw = (key: string): RawAnswer => ({
		values: form.getAll(valueField(key)).map(text),
		name: text(form.get(nameField(key)))
	});
	// Each field as sent, so a refused form shows back every ticked box and every comma typed.
	const sent = Object.fromEntries(
		[...new Set(form.keys())].map((name) => [name, form.getAll(name).map(text)])
	);
	return runAction({ ...formValues(form), sent }, () => {
		saveAnswer(db, actor, year, actor.regionId, raw, submit);
		return submit ? { submitted: true } : { saved: true };
	});
}

export const actions: Actions = {
	save: (event) => answer(event, false),
	submit: (event) => answer(event, true),
	name: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				authorizeAnswer(db, actor, event.params.year, actor.regionId, 'situation.nameRespondent'),
			schema: respondentSchema,
			run: (db, actor, data) => {
				nameRespondent(db, actor, event.params.year, actor.regionId, data.respondentId);
				return { named: true };
			}
		})
};
