/**
 * Requests for completion (täydennyspyyntö): the handler asks the NGO to
 * complete named parts of a submitted application by a deadline; the NGO
 * changes those parts, and only those, and resubmits. Both steps are logged
 * and told to the other side.
 */
import { eq } from 'drizzle-orm';
import { completedDraft, type CompletionPart } from '../../domain/grant-completion';
import {
	inHandling,
	missingForSubmission,
	type ApplicationAttachmentKind
} from '../../domain/grants';
import type { Actor } from '../../domain/policy';
import type { ApplicationDraft, ApplicationForm } from '../../schemas/grant-applications';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import { grantApplication, grantCompletionRequest, grantMessage, organisation } from '../db/schema';
import { conflict, invalid } from '../errors';
import { ATTACHMENT_ACCEPT } from '../files/stored-files';
import { notify } from '../notifications/service';
import { listApplicationFiles } from './application-files';
import {
	attachedKinds,
	authorizeHandling,
	budgetOf,
	missingPartField,
	municipalityIdsOf,
	requiredAttachmentsOf
} from './applications';
import { announceApplicationChange, applicationDoc, takeLiveTexts, textEdits } from './live-texts';
import { applicantUserIds, handlerUserIds } from './people';
import {
	assertProposalOpen,
	authorizeApplication,
	callStaff,
	latestCompletionRequest
} from './readable';

/** The completion page: the asked parts with what the application says now, and their files. */
export function completionPage(db: Queryable, actor: Actor, applicationId: number, now: Date) {
	const { application, applicationTarget, call } = authorizeApplication(
		db,
		actor,
		applicationId,
		'grantApplication.complete',
		now
	);
	const request = latestCompletionRequest(db, applicationId)!;
	const parts = applicationTarget.completionParts;
	const budget = budgetOf(application);
	// Asked texts are edited live: their document must exist before the browser connects to it.
	if (parts.includes('activity')) applicationDoc(db, application);
	return {
		application: {
			id: application.id,
			title: application.title,
			activity: application.activity,
			targetGroups: application.targetGroups,
			amountRequestedCents: application.amountRequestedCents,
			budget,
			organisationName: applicantName(db, application.organisationId)
		},
		callTitle: call.title,
		request: { parts, message: request.message, dueAt: request.dueAt },
		/** The kinds of file asked for, each with the files of that kind it has now. */
		fileKinds: parts
			.filter((part) => part.startsWith('attachment:'))
			.map((part) => {
				const kind = part.slice('attachment:'.length) as ApplicationAttachmentKind;
				return {
					kind,
					files: listApplicationFiles(db, applicationId).filter((f) => f.kind === kind)
				};
			}),
		accept: ATTACHMENT_ACCEPT,
		/** Who changed each long text last. */
		lastTextEdits: textEdits(db, applicationId).last
	};
}

function applicantName(db: Queryable, organisationId: number): string {
	return db
		.select({ name: organisation.name })
		.from(organisation)
		.where(eq(organisation.id, organisationId))
		.get()!.name;
}

/**
 * The handler asks for completion while the application is in handling and
 * its proposal is not on an agenda. The request goes into the application's
 * messages too, so that the conversation reads whole.
 */
export function requestCompletion(
	db: Db,
	actor: Actor,
	applicationId: number,
	request: { parts: CompletionPart[]; message: string; dueAt: Date },
	now: Date
): void {
	db.transaction((tx) => {
		const access = authorizeHandling(tx, actor, applicationId, now);
		const { call, application } = access;
		if (!inHandling(application.status) || access.target.status === 'decided')
			throw conflict('grantDocuments.completion.notNow');
		assertProposalOpen(tx, call);
		if (request.dueAt <= now)
			throw invalid('common.formHasErrors', { dueDate: 'grantDocuments.completion.pastDue' });
		const parts = [...new Set(request.parts)];
		tx.insert(grantCompletionRequest)
			.values({
				applicationId,
				parts: JSON.stringify(parts),
				message: request.message,
				dueAt: request.dueAt,
				requestedBy: actor.userId,
				requestedAt: now
			})
			.run();
		announceApplicationChange(tx, applicationId);
		tx.insert(grantMessage)
			.values({ applicationId, authorId: actor.userId, text: request.message, createdAt: now })
			.run();
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: 'grantApplication.completionRequested',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: `${parts.join(', ')} → ${request.dueAt.toISOString()}`
			},
			now
		);
		notify(
			tx,
			{
				userIds: applicantUserIds(tx, application.organisationId),
				kind: 'grant_message',
				params: {
					title: application.title,
					organisation: applicantName(tx, application.organisationId)
				},
				link: `/grants/applications/${applicationId}/completion`
			},
			now
		);
	});
}

/**
 * The NGO sends the asked parts back: the form's other fields are ignored,
 * the application must still be whole (its files included), and the
 * request is answered. The handlers are told.
 */
export function completeApplication(
	db: Db,
	actor: Actor,
	applicationId: number,
	form: ApplicationForm,
	now: Date
): void {
	db.transaction((tx) => {
		const access = authorizeApplication(tx, actor, applicationId, 'grantApplication.complete', now);
		const { call, application } = access;
		assertProposalOpen(tx, call);
		// The texts, when asked, as the live document holds them once the form's are in; else as they stand.
		const texts = access.applicationTarget.completionParts.includes('activity')
			? takeLiveTexts(
					tx,
					application,
					{ activity: form.activity, targetGroups: form.targetGroups },
					actor.userId,
					now
				)
			: { activity: application.activity, targetGroups: application.targetGroups };
		const sent: ApplicationDraft = { ...form, ...texts };
		const stored: ApplicationDraft = {
			title: application.title,
			activity: application.activity,
			activityClassId: application.activityClassId,
			targetGroups: application.targetGroups,
			municipalityIds: municipalityIdsOf(application),
			amountRequestedCents: application.amountRequestedCents,
			budget: budgetOf(application),
			declarationAccepted: application.declarationAccepted
		};
		const completed = completedDraft(stored, sent, access.applicationTarget.completionParts);
		const missing = missingForSubmission(
			{ ...completed, attachmentKinds: attachedKinds(tx, applicationId) },
			requiredAttachmentsOf(call)
		);
		if (missing.length > 0)
			throw conflict(
				'grantApplications.submit.incomplete',
				Object.fromEntries(
					missing.map((part) => [missingPartField(part), `grantApplications.missing.${part}`])
				)
			);
		tx.update(grantApplication)
			.set({
				title: completed.title,
				activity: completed.activity,
				targetGroups: completed.targetGroups,
				amountRequestedCents: completed.amountRequestedCents,
				budget: JSON.stringify(completed.budget),
				updatedAt: now
			})
			.where(eq(grantApplication.id, applicationId))
			.run();
		const request = latestCompletionRequest(tx, applicationId)!;
		tx.update(grantCompletionRequest)
			.set({ completedAt: now, completedBy: actor.userId })
			.where(eq(grantCompletionRequest.id, request.id))
			.run();
		announceApplicationChange(tx, applicationId);
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: 'grantApplication.completed',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: request.parts.join(', ')
			},
			now
		);
		notify(
			tx,
			{
				userIds: handlerUserIds(tx, call, callStaff(tx, call.id)),
				kind: 'grant_application_changed',
				params: {
					title: completed.title,
					organisation: applicantName(tx, application.organisationId),
					status: application.status
				},
				link: `/grants/applications/${applicationId}`
			},
			now
		);
	});
}
