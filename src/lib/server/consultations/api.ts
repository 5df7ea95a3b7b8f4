/** The shapes of the consultations integration API (README, "Integration API"). */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import type { Queryable } from '../db/client';
import { organisation, user, type ConsultationComment } from '../db/schema';
import { versionSections } from './documents';
import { listRounds } from './rounds';

export function roundsForApi(db: Queryable, actor: Actor, now = new Date()) {
	return listRounds(db, actor, now).map(({ round, document, version, status }) => ({
		id: round.id,
		title: round.title,
		documentTitle: document.title,
		opensAt: round.opensAt.toISOString(),
		closesAt: round.closesAt.toISOString(),
		status,
		sections: versionSections(version).map(({ id, title }) => ({ id, title }))
	}));
}

/** A comment as the API returns it after it was made. */
export function commentForApi(db: Queryable, comment: ConsultationComment) {
	const author = db
		.select({ id: user.id, name: user.name })
		.from(user)
		.where(eq(user.id, comment.authorId))
		.get()!;
	const statementOf =
		comment.organisationId === null
			? null
			: db
					.select({ id: organisation.id, name: organisation.name })
					.from(organisation)
					.where(eq(organisation.id, comment.organisationId))
					.get()!;
	return {
		id: comment.id,
		roundId: comment.roundId,
		sectionId: comment.sectionId,
		quote: comment.quote,
		parentId: comment.parentId,
		body: comment.body,
		author,
		onBehalfOfOrganisation: statementOf,
		createdAt: comment.createdAt.toISOString(),
		updatedAt: comment.updatedAt?.toISOString() ?? null
	};
}
