/**
 * Comments in a round: on a section or a quoted passage of it, personal or the
 * organisation's statement, with threaded replies; the coordinators answer
 * them and hide inappropriate ones. After the deadline the server refuses
 * every write with a conflict (409), whatever the page shows.
 */
import { alias } from 'drizzle-orm/sqlite-core';
import { and, asc, count, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import {
	commentLink,
	covers,
	firstWindow,
	REPLIES_PER_PAGE,
	THREADS_PER_PAGE,
	windowAround,
	type CommentPaging,
	type CommentWindow
} from '../../domain/comment-paging';
import { normaliseSpace, quoteFoundIn, type Outcome } from '../../domain/consultations';
import { can, type Actor, type ConsultationTarget } from '../../domain/policy';
import { assertCan } from '../access';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import {
	consultationComment,
	consultationResponse,
	organisation,
	user,
	type ConsultationComment
} from '../db/schema';
import { conflict, invalid, notFound } from '../errors';
import { notify } from '../notifications/service';
import { versionSections } from './documents';
import { loadRound, roundTarget, type LoadedRound } from './rounds';

/** The organisation a statement of the actor names: their own. */
export function statementOrganisation(db: Queryable, actor: Actor): string {
	return (
		db
			.select({ name: organisation.name })
			.from(organisation)
			.where(eq(organisation.id, actor.organisationId))
			.get()?.name ?? ''
	);
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
	const parent = db
		.select()
		.from(consultationComment)
		.where(eq(consultationComment.id, parentId))
		.get();
	if (!parent)
		throw invalid('consultations.comment.noParent', { parentId: 'consultations.comment.noParent' });
	// A comment of another round is not a thread of this one.
	if (parent.roundId !== roundId) throw notFound();
	const root =
		parent.parentId === null
			? parent
			: db
					.select()
					.from(consultationComment)
					.where(eq(consultationComment.id, parent.parentId))
					.get()!;
	// A hidden comment's thread is closed: nobody answers what nobody else can read.
	if (root.hiddenAt !== null) throw conflict('consultations.comment.threadHidden');
	return root;
}

/**
 * May the actor comment in the round now? Outsiders learn nothing about the
 * round's times: 403 first, then 409 for the audience. The API asks this
 * before it reads what was sent.
 */
export function assertMayComment(
	db: Queryable,
	actor: Actor,
	roundId: number,
	now = new Date()
): LoadedRound {
	const loaded = loadRound(db, roundId);
	assertMayCommentIn(actor, loaded, now);
	return loaded;
}

function assertMayCommentIn(actor: Actor, loaded: LoadedRound, now: Date): void {
	const target = roundTarget(loaded, now);
	assertCan(actor, 'consultation.read', target);
	assertOpen(target);
	assertCan(actor, 'consultation.comment', target);
}

/** The round, if the actor may read it; the comment forms' first check, before the ids they name. */
function readableRound(db: Queryable, actor: Actor, roundId: number, now: Date): LoadedRound {
	const loaded = loadRound(db, roundId);
	assertCan(actor, 'consultation.read', roundTarget(loaded, now));
	return loaded;
}

export function addComment(
	db: Db,
	actor: Actor,
	roundId: number,
	input: CommentInput,
	now = new Date()
): ConsultationComment {
	// What the form names must be of this round (404) before the round's time is asked (409).
	const loaded = readableRound(db, actor, roundId, now);
	const root = input.parentId === null ? null : threadRoot(db, roundId, input.parentId);
	assertMayCommentIn(actor, loaded, now);
	const { onBehalfOfOrganisation } = input;
	// A statement speaks for the author's own organisation only.
	if (typeof onBehalfOfOrganisation === 'number' && onBehalfOfOrganisation !== actor.organisationId)
		throw invalid('consultations.api.ownOrganisation', {
			onBehalfOfOrganisation: 'consultations.api.ownOrganisation'
		});
	const sectionId = root?.sectionId ?? input.sectionId;
	const section = versionSections(loaded.version).find((s) => s.id === sectionId);
	if (!section)
		throw invalid('consultations.comment.noSection', {
			sectionId: 'consultations.comment.noSection'
		});
	const quote = root ? '' : normaliseSpace(input.quote);
	if (quote && !quoteFoundIn(quote, section.text))
		throw invalid('consultations.comment.quoteNotFound', {
			quote: 'consultations.comment.quoteNotFound'
		});
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

/** A comment of the round the URL names: a comment of another round is as absent as a missing one. */
function commentOfRound(db: Queryable, roundId: number, commentId: number): ConsultationComment {
	const comment = db
		.select()
		.from(consultationComment)
		.where(and(eq(consultationComment.id, commentId), eq(consultationComment.roundId, roundId)))
		.get();
	if (!comment) throw notFound();
	return comment;
}

/** The author changes the text until the deadline. */
export function editComment(
	db: Db,
	actor: Actor,
	roundId: number,
	commentId: number,
	body: string,
	now = new Date()
): void {
	const loaded = readableRound(db, actor, roundId, now);
	const comment = commentOfRound(db, roundId, commentId);
	assertMayCommentIn(actor, loaded, now);
	assertCan(actor, 'comment.edit', { ...roundTarget(loaded, now), authorId: comment.authorId });
	if (comment.hiddenAt) throw conflict('consultations.comment.hidden');
	db.update(consultationComment)
		.set({ body, updatedAt: now })
		.where(eq(consultationComment.id, commentId))
		.run();
}

/** May the actor answer or hide the round's comments? Those who run the region's consultations may. */
export function authorizeModeration(
	db: Queryable,
	actor: Actor,
	roundId: number,
	action: 'consultation.answer' | 'comment.hide',
	now = new Date()
): LoadedRound {
	const loaded = loadRound(db, roundId);
	assertCan(actor, action, roundTarget(loaded, now));
	return loaded;
}

/** Answers a comment (again, to change the answer); its author is told. */
export function answerComment(
	db: Db,
	actor: Actor,
	roundId: number,
	commentId: number,
	answer: { outcome: Outcome; text: string },
	now = new Date()
): void {
	const loaded = authorizeModeration(db, actor, roundId, 'consultation.answer', now);
	const comment = commentOfRound(db, roundId, commentId);
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
				link: commentLink(loaded.round.id, comment.id)
			},
			now
		);
	});
}

/** Hides an inappropriate comment with a reason; the audit log keeps who, when and why. */
export function hideComment(
	db: Db,
	actor: Actor,
	roundId: number,
	commentId: number,
	reason: string,
	now = new Date()
): void {
	const loaded = authorizeModeration(db, actor, roundId, 'comment.hide', now);
	const comment = commentOfRound(db, roundId, commentId);
	if (comment.hiddenAt) throw conflict('consultations.comment.alreadyHidden');
	const author = db
		.select({ name: user.name })
		.from(user)
		.where(eq(user.id, comment.authorId))
		.get();
	db.transaction((tx) => {
		tx.update(consultationComment)
			.set({ hiddenAt: now, hiddenBy: actor.userId, hiddenReason: reason })
			.where(eq(consultationComment.id, commentId))
			.run();
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

/** The round's comments that `where` picks, as the reader sees them; the callers have checked that the reader may read the round. */
function commentViews(
	db: Queryable,
	actor: Actor,
	loaded: LoadedRound,
	now: Date,
	where?: SQL
): CommentView[] {
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
		.where(and(eq(consultationComment.roundId, loaded.round.id), where))
		.orderBy(asc(consultationComment.createdAt), asc(consultationComment.id))
		.all()
		.map(
			({ comment: c, authorName, authorOrganisation, statementName, response, responderName }) => ({
				id: c.id,
				sectionId: c.sectionId,
				quote: c.quote,
				parentId: c.parentId,
				body: c.hiddenAt && !seesHidden ? '' : c.body,
				authorId: c.authorId,
				authorName,
				authorOrganisation,
				statementOf:
					c.organisationId !== null && statementName !== null
						? { id: c.organisationId, name: statementName }
						: null,
				createdAt: c.createdAt,
				updatedAt: c.updatedAt,
				hidden: c.hiddenAt ? { at: c.hiddenAt, reason: c.hiddenReason ?? '' } : null,
				response: response
					? {
							outcome: response.outcome,
							text: response.text,
							by: responderName ?? '',
							at: response.respondedAt
						}
					: null,
				canEdit: !c.hiddenAt && can(actor, 'comment.edit', { ...target, authorId: c.authorId })
			})
		);
}

/** Every comment of a round in order, for the summary and its exports; the callers have checked that the reader may read the round. */
export function listComments(
	db: Queryable,
	actor: Actor,
	loaded: LoadedRound,
	now = new Date()
): CommentView[] {
	return commentViews(db, actor, loaded, now);
}

/** The comments as threads: each first comment with its replies. */
export function threadsOf(comments: readonly CommentView[]): Thread[] {
	return comments
		.filter((c) => c.parentId === null)
		.map((c) => ({ ...c, replies: comments.filter((reply) => reply.parentId === c.id) }));
}

/** One stretch of a newest-first list of comments, and the comments just beyond it, where the links to more land. */
export interface CommentPage<T> {
	/** In the order the page shows them. */
	items: T[];
	window: CommentWindow;
	total: number;
	newer: number | null;
	older: number | null;
}

export interface PagedThread extends CommentView {
	/** The latest replies, shown oldest first as a conversation reads. */
	replies: CommentPage<CommentView>;
}

export interface RoundComments {
	/** Every section of the round's version, newest threads first. */
	sections: Map<string, CommentPage<PagedThread>>;
	/** The windows shown, a permalink's included: the links to more grow these. */
	paging: CommentPaging;
}

type Group = typeof consultationComment.sectionId | typeof consultationComment.parentId;

const threadsOfRound = (roundId: number) =>
	and(eq(consultationComment.roundId, roundId), isNull(consultationComment.parentId));
const repliesTo = (roundId: number, threadIds: number[]) =>
	and(eq(consultationComment.roundId, roundId), inArray(consultationComment.parentId, threadIds));

/** Newest-first positions (from 0) of the comments `where` picks, counted per group: a section's threads or a thread's replies. */
function positions(db: Queryable, group: Group, where: SQL | undefined) {
	return db
		.select({
			id: consultationComment.id,
			group: sql<string | number>`${group}`.as('grp'),
			position:
				sql<number>`row_number() over (partition by ${group} order by ${consultationComment.createdAt} desc, ${consultationComment.id} desc) - 1`.as(
					'position'
				)
		})
		.from(consultationComment)
		.where(where)
		.as('positioned');
}

function positionOf(
	db: Queryable,
	group: Group,
	where: SQL | undefined,
	commentId: number
): number {
	const positioned = positions(db, group, where);
	return db
		.select({ position: positioned.position })
		.from(positioned)
		.where(eq(positioned.id, commentId))
		.get()!.position;
}

/** Each group's window and the one comment on either side of it; only these rows leave the database. */
function inWindows(
	db: Queryable,
	group: Group,
	where: SQL | undefined,
	windows: Map<string | number, CommentWindow>
) {
	if (windows.size === 0) return [];
	const positioned = positions(db, group, where);
	const edge = (at: (window: CommentWindow) => number) =>
		sql`case ${positioned.group} ${sql.join(
			[...windows].map(([key, window]) => sql`when ${key} then ${at(window)}`),
			sql` `
		)} end`;
	return db
		.select()
		.from(positioned)
		.where(
			and(
				gte(
					positioned.position,
					edge((w) => w.start - 1)
				),
				lte(
					positioned.position,
					edge((w) => w.start + w.count)
				)
			)
		)
		.all();
}

function totals(
	db: Queryable,
	group: Group,
	where: SQL | undefined
): Map<string | number | null, number> {
	return new Map(
		db
			.select({ group, total: count() })
			.from(consultationComment)
			.where(where)
			.groupBy(group)
			.all()
			.map((row) => [row.group, row.total])
	);
}

function pageOf<T>(
	rows: readonly { id: number; position: number }[],
	window: CommentWindow,
	total: number,
	item: (id: number) => T
): CommentPage<T> {
	const at = (position: number) => rows.find((row) => row.position === position)?.id ?? null;
	const shown = rows
		.filter((row) => covers(window, row.position))
		.sort((a, b) => a.position - b.position);
	return {
		items: shown.map((row) => item(row.id)),
		window,
		total,
		newer: at(window.start - 1),
		older: at(window.start + window.count)
	};
}

/** Where a permalinked comment of the round stands: its thread's position in the section, and its own in the thread. */
function permalinkOf(db: Queryable, roundId: number, commentId: number) {
	const comment = db
		.select()
		.from(consultationComment)
		.where(eq(consultationComment.id, commentId))
		.get();
	if (!comment || comment.roundId !== roundId) return null;
	const threadId = comment.parentId ?? comment.id;
	return {
		sectionId: comment.sectionId,
		threadId,
		threadPosition: positionOf(
			db,
			consultationComment.sectionId,
			and(threadsOfRound(roundId), eq(consultationComment.sectionId, comment.sectionId)),
			threadId
		),
		replyPosition:
			comment.parentId === null
				? null
				: positionOf(db, consultationComment.parentId, repliesTo(roundId, [threadId]), comment.id)
	};
}

/**
 * The round page's comments: per section a window of its threads (newest
 * first), per thread a window of its replies (the latest), as `paging` asks;
 * a permalinked comment opens the windows that hold it. Hidden comments keep
 * their place. The callers have checked that the reader may read the round.
 */
export function roundComments(
	db: Queryable,
	actor: Actor,
	loaded: LoadedRound,
	paging: CommentPaging,
	now = new Date()
): RoundComments {
	const roundId = loaded.round.id;
	const link = paging.comment === null ? null : permalinkOf(db, roundId, paging.comment);

	const sectionWindows = new Map<string, CommentWindow>(
		versionSections(loaded.version).map((s) => [
			s.id,
			paging.sections[s.id] ?? firstWindow(THREADS_PER_PAGE)
		])
	);
	const linkedSection = link && sectionWindows.get(link.sectionId);
	if (link && linkedSection && !covers(linkedSection, link.threadPosition))
		sectionWindows.set(link.sectionId, windowAround(link.threadPosition, THREADS_PER_PAGE));
	const threadRows = inWindows(
		db,
		consultationComment.sectionId,
		threadsOfRound(roundId),
		sectionWindows
	);
	const threadIds = threadRows
		.filter((row) => covers(sectionWindows.get(String(row.group))!, row.position))
		.map((row) => row.id);

	const replyWindows = new Map<number, CommentWindow>(
		threadIds.map((id) => [id, paging.replies[id] ?? firstWindow(REPLIES_PER_PAGE)])
	);
	const linkedThread = link && replyWindows.get(link.threadId);
	if (link?.replyPosition != null && linkedThread && !covers(linkedThread, link.replyPosition))
		replyWindows.set(link.threadId, windowAround(link.replyPosition, REPLIES_PER_PAGE));
	const replyRows = inWindows(
		db,
		consultationComment.parentId,
		repliesTo(roundId, threadIds),
		replyWindows
	);
	const replyIds = replyRows
		.filter((row) => covers(replyWindows.get(Number(row.group))!, row.position))
		.map((row) => row.id);

	const shownIds = [...threadIds, ...replyIds];
	const views = new Map(
		shownIds.length
			? commentViews(db, actor, loaded, now, inArray(consultationComment.id, shownIds)).map((c) => [
					c.id,
					c
				])
			: []
	);
	const threadTotals = totals(db, consultationComment.sectionId, threadsOfRound(roundId));
	const replyTotals = threadIds.length
		? totals(db, consultationComment.parentId, repliesTo(roundId, threadIds))
		: new Map();

	const thread = (id: number): PagedThread => {
		const replies = pageOf(
			replyRows.filter((row) => row.group === id),
			replyWindows.get(id)!,
			replyTotals.get(id) ?? 0,
			(replyId) => views.get(replyId)!
		);
		return { ...views.get(id)!, replies: { ...replies, items: replies.items.reverse() } };
	};
	return {
		sections: new Map(
			[...sectionWindows].map(([sectionId, window]) => [
				sectionId,
				pageOf(
					threadRows.filter((row) => row.group === sectionId),
					window,
					threadTotals.get(sectionId) ?? 0,
					thread
				)
			])
		),
		paging: {
			sections: Object.fromEntries(sectionWindows),
			replies: Object.fromEntries(replyWindows),
			comment: paging.comment
		}
	};
}
