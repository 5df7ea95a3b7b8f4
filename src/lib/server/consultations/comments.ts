/**
 * Comments in a round: on a section or a quoted passage of it, personal or the
 * organisation's statement, with threaded replies; the coordinators answer
 * them and hide inappropriate ones. After the deadline the server refuses
 * every write with a conflict (409), whatever the page shows.
 */
import { alias } from 'drizzle-orm/sqlite-core';
import { asc, eq } from 'drizzle-orm';
import { normaliseSpace, quoteFoundIn, type Outcome } from '../../domain/consultations';
import { can, type Actor, type ConsultationTarget } from '../../domain/policy';
import { assertCan } from '../access';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import { consultationComment, consultationResponse, organisation, user, type ConsultationComment } from '../db/schema';
import { conflict, invalid, notFound } from '../errors';
import { notify } from '../notifications/service';
import { versionSections } from './documents';
import { loadRound, roundTarget, type LoadedRound } from './rounds';

/** The organisation a statement of the actor names: their own. */
export function statementOrganisation(db: Queryable, actor: Actor): string {
	return db.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, actor.organisationId)).get()?.name ?? '';
}

/** Refuses writes outside the round's open time: 409, before any question of who asks. */
function assertOpen(target: ConsultationTarget): void {
	if (target.status === 'closed') throw conflict('consultations.comment.closed');
	if (target.status === 'upcoming') throw conflict('consultations.comment.notOpen');
}

export interface CommentInput {
	sectionId: string;
	body: string;
	/** A passage of the section ('' for the whole section); kept with the comment. */
	quote: string;
	/** The comment is the statement (lausunto) of the author's own organisation: true, or its id (the API names it). */
	onBehalfOfOrganisation: boolean | number;
	/** The comment replies in this comment's thread. */
	parentId: number | null;
}

/** A thread is one comment and its replies; a reply to a reply joins the same thread. */
function threadRoot(db: Queryable, roundId: number, parentId: number): ConsultationComment {
	const parent = db.select().from(consultationComment).where(eq(consultationComment.id, parentId)).get();
	if (!parent || parent.roundId !== roundId) throw invalid('consultations.comment.noParent', { parentId: 'consultations.comment.noParent' });
	const root = parent.parentId === null ? parent : db.select().from(consultationComment).where(eq(consultationComment.id, parent.parentId)).get()!;
	// A hidden comment's thread is closed: nobody answers what nobody else can read.
	if (root.hiddenAt !== null) throw conflict('consultations.comment.threadHidden');
	return root;
}

/**
 * May the actor comment in the round now? Outsiders learn nothing about the
 * round's times: 403 first, then 409 for the audience. The API asks this
 * before it reads what was sent.
 */
export function assertMayComment(db: Db, actor: Actor, roundId: number, now = new Date()) {
	const loaded = loadRound(db, roundId);
	const target = roundTarget(loaded, now);
	assertCan(actor, 'consultation.read', target);
	assertOpen(target);
	assertCan(actor, 'consultation.comment', target);
	return loaded;
}

export function addComment(db: Db, actor: Actor, roundId: number, input: CommentInput, now = new Date()): ConsultationComment {
	const loaded = assertMayComment(db, actor, roundId, now);
	const { onBehalfOfOrganisation } = input;
	// A statement speaks for the author's own organisation only.
	if (typeof onBehalfOfOrganisation === 'number' && onBehalfOfOrganisation !== actor.organisationId)
		throw invalid('consultations.api.ownOrganisation', { onBehalfOfOrganisation: 'consultations.api.ownOrganisation' });
	const root = input.parentId === null ? null : threadRoot(db, roundId, input.parentId);
	const sectionId = root?.sectionId ?? input.sectionId;
	const section = versionSections(loaded.version).find((s) => s.id === sectionId);
	if (!section) throw invalid('consultations.comment.noSection', { sectionId: 'consultations.comment.noSection' });
	const quote = root ? '' : normaliseSpace(input.quote);
	if (quote && !quoteFoundIn(quote, section.text)) throw invalid('consultations.comment.quoteNotFound', { quote: 'consultations.comment.quoteNotFound' });
	return db
		.insert(consultationComment)
		.values({
			roundId,
			sectionId,
			quote,
			parentId: root?.id ?? null,
			authorId: actor.userId,
			organisationId: onBehalfOfOrganisation === false ? null : actor.organisationId,
			body: input.body,
			createdAt: now
		})
		.returning()
		.get();
}

/** The comment with its round, for the use cases below. */
function commentFor(db: Queryable, commentId: number): { comment: ConsultationComment; loaded: LoadedRound } {
	const comment = db.select().from(consultationComment).where(eq(consultationComment.id, commentId)).get();
	if (!comment) throw notFound();
	return { comment, loaded: loadRound(db, comment.roundId) };
}

/** The author changes the text until the deadline. */
export function editComment(db: Db, actor: Actor, commentId: number, body: string, now = new Date()): void {
	const { comment, loaded } = commentFor(db, commentId);
	const target = roundTarget(loaded, now);
	assertCan(actor, 'consultation.read', target);
	assertOpen(target);
	assertCan(actor, 'comment.edit', { ...target, authorId: comment.authorId });
	if (comment.hiddenAt) throw conflict('consultations.comment.hidden');
	db.update(consultationComment).set({ body, updatedAt: now }).where(eq(consultationComment.id, commentId)).run();
}

/** Answers a comment (again, to change the answer); its author is told. */
export function answerComment(db: Db, actor: Actor, commentId: number, answer: { outcome: Outcome; text: string }, now = new Date()): void {
	const { comment, loaded } = commentFor(db, commentId);
	assertCan(actor, 'consultation.answer', roundTarget(loaded, now));
	if (comment.parentId !== null) throw conflict('consultations.answer.replyNotAnswered');
	const values = { ...answer, respondedBy: actor.userId, respondedAt: now };
	db.transaction((tx) => {
		tx.insert(consultationResponse)
			.values({ commentId, ...values })
			.onConflictDoUpdate({ target: consultationResponse.commentId, set: values })
			.run();
		notify(
			tx,
			{
				userIds: comment.authorId === actor.userId ? [] : [comment.authorId],
				kind: 'comment_answered',
				params: { title: loaded.round.title },
				link: `/consultations/${loaded.round.id}#comment-${comment.id}`
			},
			now
		);
	});
}

/** Hides an inappropriate comment with a reason; the audit log keeps who, when and why. */
export function hideComment(db: Db, actor: Actor, commentId: number, reason: string, now = new Date()): void {
	const { comment, loaded } = commentFor(db, commentId);
	assertCan(actor, 'comment.hide', roundTarget(loaded, now));
	if (comment.hiddenAt) throw conflict('consultations.comment.alreadyHidden');
	const author = db.select({ name: user.name }).from(user).where(eq(user.id, comment.authorId)).get();
	db.transaction((tx) => {
		tx.update(consultationComment).set({ hiddenAt: now, hiddenBy: actor.userId, hiddenReason: reason }).where(eq(consultationComment.id, commentId)).run();
		recordAudit(
			tx,
			{
				regionId: loaded.document.regionId,
				userId: actor.userId,
				action: 'consultation.commentHidden',
				targetType: 'consultation',
				targetId: loaded.round.id,
				summary: `${loaded.round.title}: #${comment.id} (${author?.name ?? '?'}): ${reason}`
			},
			now
		);
	});
}

export interface CommentView {
	id: number;
	sectionId: string;
	quote: string;
	parentId: number | null;
	/** Empty for a hidden comment, except for those who run the round. */
	body: string;
	authorId: number;
	authorName: string;
	authorOrganisation: string;
	/** The organisation whose statement this is; null for a personal comment. */
	statementOf: { id: number; name: string } | null;
	createdAt: Date;
	updatedAt: Date | null;
	hidden: { at: Date; reason: string } | null;
	response: { outcome: Outcome; text: string; by: string; at: Date } | null;
	canEdit: boolean;
}

export interface Thread extends CommentView {
	replies: CommentView[];
}

const statementOrg = alias(organisation, 'statement_organisation');
const responder = alias(user, 'responder');

/** Every comment of a round in order; the callers have checked that the reader may read the round. */
export function listComments(db: Queryable, actor: Actor, loaded: LoadedRound, now = new Date()): CommentView[] {
	const target = roundTarget(loaded, now);
	const seesHidden = can(actor, 'comment.hide', target);
	return db
		.select({
			comment: consultationComment,
			authorName: user.name,
			authorOrganisation: organisation.name,
			statementName: statementOrg.name,
			response: consultationResponse,
			responderName: responder.name
		})
		.from(consultationComment)
		.innerJoin(user, eq(consultationComment.authorId, user.id))
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.leftJoin(statementOrg, eq(consultationComment.organisationId, statementOrg.id))
		.leftJoin(consultationResponse, eq(consultationResponse.commentId, consultationComment.id))
		.leftJoin(responder, eq(consultationResponse.respondedBy, responder.id))
		.where(eq(consultationComment.roundId, loaded.round.id))
		.orderBy(asc(consultationComment.createdAt), asc(consultationComment.id))
		.all()
		.map(({ comment: c, authorName, authorOrganisation, statementName, response, responderName }) => ({
			id: c.id,
			sectionId: c.sectionId,
			quote: c.quote,
			parentId: c.parentId,
			body: c.hiddenAt && !seesHidden ? '' : c.body,
			authorId: c.authorId,
			authorName,
			authorOrganisation,
			statementOf: c.organisationId !== null && statementName !== null ? { id: c.organisationId, name: statementName } : null,
			createdAt: c.createdAt,
			updatedAt: c.updatedAt,
			hidden: c.hiddenAt ? { at: c.hiddenAt, reason: c.hiddenReason ?? '' } : null,
			response: response ? { outcome: response.outcome, text: response.text, by: responderName ?? '', at: response.respondedAt } : null,
			canEdit: !c.hiddenAt && can(actor, 'comment.edit', { ...target, authorId: c.authorId })
		}));
}

/** The comments as threads: each first comment with its replies. */
export function threadsOf(comments: readonly CommentView[]): Thread[] {
	return comments
		.filter((c) => c.parentId === null)
		.map((c) => ({ ...c, replies: comments.filter((reply) => reply.parentId === c.id) }));
}
