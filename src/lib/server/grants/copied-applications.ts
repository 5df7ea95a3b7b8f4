/**
 * Last year's application as this year's draft: an NGO that applied to an
 * earlier call starts its application to an open one from its own earlier
 * words (`copiedDraft`), never from its handling (amounts decided, statuses,
 * assessments, messages). Files are not copied: those delivered this year
 * are offered on the draft (`reused-files.ts`).
 */
import { and, eq, notInArray } from 'drizzle-orm';
import { copiedDraft, copySourcesFor } from '../../domain/grant-reuse';
import type { Actor } from '../../domain/policy';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import {
	grantApplication,
	grantApplicationCopy,
	grantCall,
	grantCallClass,
	type GrantCallRow
} from '../db/schema';
import { conflict, notFound } from '../errors';
import { applicationTitle } from './application-files';
import {
	budgetOf,
	currentApplicationId,
	municipalityIdsOf,
	regionMunicipalities
} from './applications';
import { authorizeApplication, authorizeApply } from './readable';

/** The organisation's earlier applications it may start from, best first: those it sent to an earlier budget year. */
function copySources(db: Queryable, call: GrantCallRow, organisationId: number) {
	const sent = db
		.select({
			applicationId: grantApplication.id,
			title: grantApplication.title,
			callTitle: grantCall.title,
			basketId: grantCall.basketId,
			budgetYear: grantCall.budgetYear
		})
		.from(grantApplication)
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.where(
			and(
				eq(grantApplication.organisationId, organisationId),
				eq(grantCall.regionId, call.regionId),
				notInArray(grantApplication.status, ['draft', 'withdrawn'])
			)
		)
		.all();
	return copySourcesFor(call, sent).map(({ applicationId, title, callTitle, budgetYear }) => ({
		applicationId,
		title: applicationTitle(title, callTitle),
		budgetYear
	}));
}

/**
 * What the call page offers to copy: only to who may apply for their NGO,
 * and only while the NGO has no application to the call yet (one per call).
 */
export function copyChoices(db: Queryable, actor: Actor, call: GrantCallRow) {
	if (currentApplicationId(db, call.id, actor.organisationId) !== null) return [];
	return copySources(db, call, actor.organisationId);
}

/** Copies the organisation's earlier application as its draft to the call; audited. */
export function copyApplication(
	db: Db,
	actor: Actor,
	callId: number,
	sourceId: number,
	now: Date
): number {
	return db.transaction((tx) => {
		const { call } = authorizeApply(tx, actor, callId, now);
		const source = authorizeApplication(tx, actor, sourceId, 'grantApplication.copy', now);
		// Only what the page offers: another NGO's application is not found before this, a draft or this year's here.
		if (!copySources(tx, call, actor.organisationId).some((s) => s.applicationId === sourceId))
			throw notFound();
		if (currentApplicationId(tx, callId, actor.organisationId) !== null)
			throw conflict('grantReuse.copy.exists');
		const classIds = tx
			.select({ id: grantCallClass.classId })
			.from(grantCallClass)
			.where(eq(grantCallClass.callId, callId))
			.all()
			.map((r) => r.id);
		const draft = copiedDraft(
			{
				...source.application,
				municipalityIds: municipalityIdsOf(source.application),
				budget: budgetOf(source.application)
			},
			classIds,
			regionMunicipalities(tx, call.regionId).map((m) => m.id)
		);
		const id = tx
			.insert(grantApplication)
			.values({
				...draft,
				callId,
				organisationId: actor.organisationId,
				municipalityIds: JSON.stringify(draft.municipalityIds),
				budget: JSON.stringify(draft.budget),
				createdBy: actor.userId,
				createdAt: now,
				updatedAt: now
			})
			.returning({ id: grantApplication.id })
			.get().id;
		tx.insert(grantApplicationCopy)
			.values({ applicationId: id, copiedFromId: sourceId, copiedBy: actor.userId, copiedAt: now })
			.run();
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: 'grantApplication.copied',
				targetType: 'grantApplication',
				targetId: id,
				summary: `${call.title} ← ${applicationTitle(source.application.title, source.call.title)}`
			},
			now
		);
		return id;
	});
}

/** The earlier application a draft was copied from, for the draft's page. */
export function copiedFrom(db: Queryable, applicationId: number) {
	const row = db
		.select({
			applicationId: grantApplication.id,
			title: grantApplication.title,
			callTitle: grantCall.title
		})
		.from(grantApplicationCopy)
		.innerJoin(grantApplication, eq(grantApplicationCopy.copiedFromId, grantApplication.id))
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.where(eq(grantApplicationCopy.applicationId, applicationId))
		.get();
	return row
		? { applicationId: row.applicationId, title: applicationTitle(row.title, row.callTitle) }
		: null;
}
