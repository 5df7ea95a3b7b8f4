/** What each consultations page shows, with what its reader may do there. */
import type { CommentPaging } from '../../domain/comment-paging';
import { can, type Actor } from '../../domain/policy';
import { isoDate, isoTime } from '../../domain/time';
import type { Queryable } from '../db/client';
import { roundComments, statementOrganisation } from './comments';
import { getPlanDocument, listPlanDocuments, listVersions, versionSections } from './documents';
import { audienceChoices, audienceNames, getRound, listRounds, roundTarget } from './rounds';
import { attachTargets, roundSummary } from './summary';

/** A new round runs two weeks by default, until 16.00. */
const DEFAULT_DAYS_OPEN = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The rounds the actor may read; for those who run the region's consultations, its documents too. */
export function consultationsPage(db: Queryable, actor: Actor, now = new Date()) {
	const canManage = can(actor, 'consultation.manage', { regionId: actor.regionId });
	return {
		rounds: listRounds(db, actor, now).map(({ round, document, version, status }) => ({
			id: round.id,
			title: round.title,
			documentTitle: document.title,
			version: version.number,
			opensAt: round.opensAt,
			closesAt: round.closesAt,
			status
		})),
		canManage,
		documents: canManage
			? listPlanDocuments(db, actor).map(({ id, title, kind, createdAt }) => ({
					id,
					title,
					kind,
					createdAt
				}))
			: []
	};
}

/** A round with its sections and the windows of their comments that `paging` asks for. */
export function roundPage(
	db: Queryable,
	actor: Actor,
	roundId: number,
	paging: CommentPaging,
	now = new Date()
) {
	const loaded = getRound(db, actor, roundId, now);
	const target = roundTarget(loaded, now);
	const comments = roundComments(db, actor, loaded, paging, now);
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
}

/** A plan document for those who run its consultations: its versions, its rounds, and the form to open one. */
export function planDocumentPage(
	db: Queryable,
	actor: Actor,
	documentId: number,
	now = new Date()
) {
	const document = getPlanDocument(db, actor, documentId);
	return {
		document: { id: document.id, title: document.title, kind: document.kind },
		versions: listVersions(db, actor, documentId),
		rounds: listRounds(db, actor, now, documentId).map(({ round, version, status }) => ({
			id: round.id,
			title: round.title,
			version: version.number,
			opensAt: round.opensAt,
			closesAt: round.closesAt,
			status
		})),
		choices: audienceChoices(db, actor, document.regionId),
		defaults: {
			title: document.title,
			opensDate: isoDate(now),
			opensTime: isoTime(now),
			closesDate: isoDate(new Date(now.getTime() + DEFAULT_DAYS_OPEN * DAY_MS)),
			closesTime: '16:00'
		}
	};
}

/** A round's summary; for those who run the round, the agenda items it can be attached to. */
export function summaryPage(db: Queryable, actor: Actor, roundId: number, now = new Date()) {
	const summary = roundSummary(db, actor, roundId, now);
	const canAttach = can(actor, 'consultation.manage', { regionId: summary.round.regionId });
	return { summary, attachTargets: canAttach ? attachTargets(db, actor, now) : null };
}
