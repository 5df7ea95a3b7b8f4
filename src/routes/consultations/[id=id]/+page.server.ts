import { readPaging } from '#lib/domain/comment-paging.js';
import { helsinkiInstant } from '#lib/domain/time.js';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import {
	answerSchema,
	closingSchema,
	commentEditSchema,
	commentSchema,
	endSchema,
	hideSchema
} from '#lib/schemas/consultations.js';
import {
	addComment,
	answerComment,
	authorizeModeration,
	editComment,
	hideComment
} from '#lib/server/consultations/comments.js';
import {
	authorizeRoundManagement,
	changeClosingTime,
	getRound
} from '#lib/server/consultations/rounds.js';
import { roundPage } from '#lib/server/consultations/views.js';
import { getDb } from '#lib/server/db/instance.js';
import { invalid } from '#lib/server/errors.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() =>
		roundPage(getDb(), actor, event.params.id, readPaging(event.url.searchParams), new Date())
	);
};

/** `done` tells the page which form succeeded (the form's own `form` field names it). */
const done = (form: string | undefined) => ({ done: form ?? 'ok' });

export const actions: Actions = {
	comment: (event) =>
		formAction(event, {
			// Whoever reads the round is refused here; its time and the ids the form names, in the use case.
			authorize: (db, actor) => void getRound(db, actor, event.params.id),
			schema: commentSchema,
			run: (db, actor, data) => {
				addComment(db, actor, event.params.id, {
					sectionId: data.sectionId,
					body: data.body,
					quote: data.quote,
					onBehalfOfOrganisation: data.statement,
					parentId: data.parentId ?? null
				});
				return done(data.form);
			}
		}),
	edit: (event) =>
		formAction(event, {
			// Which comment is theirs, and whether the round is still open, the use case checks.
			authorize: (db, actor) => void getRound(db, actor, event.params.id),
			schema: commentEditSchema,
			run: (db, actor, data) => {
				editComment(db, actor, event.params.id, data.commentId, data.body);
				return done(data.form);
			}
		}),
	answer: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeModeration(db, actor, event.params.id, 'consultation.answer'),
			schema: answerSchema,
			run: (db, actor, data) => {
				answerComment(db, actor, event.params.id, data.commentId, {
					outcome: data.outcome,
					text: data.text
				});
				return done(data.form);
			}
		}),
	hide: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeModeration(db, actor, event.params.id, 'comment.hide'),
			schema: hideSchema,
			run: (db, actor, data) => {
				hideComment(db, actor, event.params.id, data.commentId, data.reason);
				return done(data.form);
			}
		}),
	closing: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeRoundManagement(db, actor, event.params.id),
			schema: closingSchema,
			run: (db, actor, data) => {
				const closesAt = helsinkiInstant(data.closesDate, data.closesTime);
				if (!closesAt) throw invalid('validation.date', { closesDate: 'validation.date' });
				changeClosingTime(db, actor, event.params.id, closesAt);
				return done(data.form);
			}
		}),
	end: (event) =>
		formAction(event, {
			authorize: (db, actor) => void authorizeRoundManagement(db, actor, event.params.id),
			schema: endSchema,
			run: (db, actor, data) => {
				changeClosingTime(db, actor, event.params.id, new Date());
				return done(data.form);
			}
		})
};
