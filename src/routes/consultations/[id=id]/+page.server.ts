import * as v from 'valibot';
import { readPaging } from '#lib/domain/comment-paging.js';
import { can, type Actor } from '#lib/domain/policy.js';
import { helsinkiInstant, isoDate, isoTime } from '#lib/domain/time.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import {
	answerSchema,
	closingSchema,
	commentEditSchema,
	commentSchema,
	hideSchema
} from '#lib/schemas/consultations.js';
import { noFields } from '#lib/schemas/meetings.js';
import {
	addComment,
	answerComment,
	editComment,
	hideComment,
	roundComments,
	statementOrganisation
} from '#lib/server/consultations/comments.js';
import { versionSections } from '#lib/server/consultations/documents.js';
import {
	audienceNames,
	changeClosingTime,
	getRound,
	roundTarget
} from '#lib/server/consultations/rounds.js';
import type { Db } from '#lib/server/db/client.js';
import { getDb } from '#lib/server/db/instance.js';
import { invalid } from '#lib/server/errors.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const db = getDb();
	const now = new Date();
	const loaded = await runOrError(() => getRound(db, actor, event.params.id, now));
	const target = roundTarget(loaded, now);
	const comments = roundComments(db, actor, loaded, readPaging(event.url.searchParams), now);
	const { round } = loaded;
	return {
		round: {
			id: round.id,
			title: round.title,
			instructions: round.instructions,
			opensAt: round.opensAt,
			closesAt: round.closesAt,
			status: loaded.status
		},
		document: {
			id: loaded.document.id,
			title: loaded.document.title,
			kind: loaded.document.kind,
			version: loaded.version.number
		},
		audience: { kind: loaded.audience.kind, names: audienceNames(db, loaded) },
		sections: versionSections(loaded.version).map((s) => ({
			...s,
			comments: comments.sections.get(s.id)!
		})),
		paging: comments.paging,
		canComment: can(actor, 'consultation.comment', target),
		canManage: can(actor, 'consultation.manage', { regionId: loaded.document.regionId }),
		canAnswer: can(actor, 'consultation.answer', target),
		canHide: can(actor, 'comment.hide', target),
		ownOrganisation: statementOrganisation(db, actor),
		userId: actor.userId,
		closing: { closesDate: isoDate(round.closesAt), closesTime: isoTime(round.closesAt) }
	};
};

/** Parses a form and runs a round use case; `done` tells the page which form succeeded. */
async function act<S extends v.GenericSchema>(
	event: RequestEvent,
	schema: S,
	useCase: (db: Db, actor: Actor, roundId: number, data: v.InferOutput<S>) => void
) {
	const actor = requireActor(event);
	const parsed = await parseForm(event.request, schema);
	if (!parsed.ok) return parsed.failure;
	const roundId = event.params.id;
	return runAction(parsed.values, () => {
		useCase(getDb(), actor, roundId, parsed.data);
		return { done: parsed.values.form ?? 'ok' };
	});
}

export const actions: Actions = {
	comment: (event) =>
		act(event, commentSchema, (db, actor, roundId, data) =>
			addComment(db, actor, roundId, {
				sectionId: data.sectionId,
				body: data.body,
				quote: data.quote,
				onBehalfOfOrganisation: data.statement,
				parentId: data.parentId ?? null
			})
		),
	edit: (event) =>
		act(event, commentEditSchema, (db, actor, _roundId, data) =>
			editComment(db, actor, data.commentId, data.body)
		),
	answer: (event) =>
		act(event, answerSchema, (db, actor, _roundId, data) =>
			answerComment(db, actor, data.commentId, { outcome: data.outcome, text: data.text })
		),
	hide: (event) =>
		act(event, hideSchema, (db, actor, _roundId, data) =>
			hideComment(db, actor, data.commentId, data.reason)
		),
	closing: (event) =>
		act(event, closingSchema, (db, actor, roundId, data) => {
			const closesAt = helsinkiInstant(data.closesDate, data.closesTime);
			if (!closesAt) throw invalid('validation.date', { closesDate: 'validation.date' });
			changeClosingTime(db, actor, roundId, closesAt);
		}),
	end: (event) =>
		act(event, noFields, (db, actor, roundId) => changeClosingTime(db, actor, roundId, new Date()))
};
