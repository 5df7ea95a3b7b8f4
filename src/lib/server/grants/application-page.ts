/**
 * The application page, `/grants/applications/<id>`: what the applicant,
 * the call's handlers and its assessors each see of one application, with the
 * flags of what each may do there.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import {
	budgetTotals,
	inHandling,
	meanScore,
	missingForSubmission,
	weightedScore
} from '../../domain/grants';
import { can, type Actor } from '../../domain/policy';
import type { Queryable } from '../db/client';
import { grantActivityClass, grantBasket, grantCallClass, organisation, user } from '../db/schema';
import { ATTACHMENT_ACCEPT } from '../files/stored-files';
import { applicantFacts } from '../organisations/profile';
import { listApplicationFiles } from './application-files';
import {
	attachedKinds,
	budgetOf,
	missingPartField,
	municipalityIdsOf,
	regionMunicipalities,
	requiredAttachmentsOf
} from './applications';
import { assessmentDone, assessmentState, assessmentsOf, scoresOf } from './assessment';
import { copiedFrom } from './copied-applications';
import { applicationDoc, textEdits } from './live-texts';
import { listMessages } from './messages';
import { paperMarkOf } from './paper-applications';
import {
	authorizeApplication,
	criteriaOf,
	latestCompletionRequest,
	proposalHeldBy
} from './readable';
import { reuseOffersOf } from './reused-files';
import { applicantTieOf } from './ties';

/** The activity classes a call funds, each with the municipality's classes beside it. */
export function callClasses(db: Queryable, callId: number) {
	return db
		.select({
			id: grantActivityClass.id,
			name: grantActivityClass.name,
			municipalityClasses: grantActivityClass.municipalityClasses
		})
		.from(grantCallClass)
		.innerJoin(grantActivityClass, eq(grantCallClass.classId, grantActivityClass.id))
		.where(eq(grantCallClass.callId, callId))
		.orderBy(asc(grantActivityClass.position), asc(grantActivityClass.name))
		.all();
}

export function applicationPage(db: Queryable, actor: Actor, applicationId: number, now: Date) {
	const access = authorizeApplication(db, actor, applicationId, 'grantApplication.read', now);
	const { call, application, applicationTarget: target } = access;
	const basket = db
		.select({ kind: grantBasket.kind, selfFinancingPercent: grantBasket.selfFinancingPercent })
		.from(grantBasket)
		.where(eq(grantBasket.id, call.basketId))
		.get()!;
	const applicant = db
		.select({ name: organisation.name })
		.from(organisation)
		.where(eq(organisation.id, application.organisationId))
		.get()!;
	const criteria = criteriaOf(call);
	const requiredAttachments = requiredAttachmentsOf(call);
	const budget = budgetOf(application);
	const canEdit = can(actor, 'grantApplication.edit', target);
	// The form's texts are edited live: their document must exist before the browser connects to it.
	if (canEdit) applicationDoc(db, application);
	const canHandle = can(actor, 'grantCall.handle', target) && inHandling(application.status);
	const canMessage = can(actor, 'grantApplication.message', target);
	const isAssessor = target.assessorIds.includes(actor.userId);
	const completion = latestCompletionRequest(db, application.id);
	const completionOpen = target.completionParts.length > 0;

	const assessments = assessmentsOf(db, [application.id]).get(application.id) ?? [];
	const own = assessments.find((a) => a.assessorId === actor.userId) ?? null;
	const ownDone = own !== null && own.completedAt !== null && !own.conflictDeclared;
	// Independence: an assessor sees the others' scores only once their own are final.
	const seesAllAssessments = canHandle || ownDone;
	const names = new Map(
		assessments.length === 0
			? []
			: db
					.select({ id: user.id, name: user.name })
					.from(user)
					.where(
						inArray(
							user.id,
							assessments.map((a) => a.assessorId)
						)
					)
					.all()
					.map((u) => [u.id, u.name])
	);

	return {
		application: {
			id: application.id,
			title: application.title,
			activity: application.activity,
			activityClassId: application.activityClassId,
			targetGroups: application.targetGroups,
			municipalityIds: municipalityIdsOf(application),
			amountRequestedCents: application.amountRequestedCents,
			budget,
			budgetTotals: budgetTotals(budget),
			declarationAccepted: application.declarationAccepted,
			status: application.status,
			submittedAt: application.submittedAt,
			eligibilityCheckedAt: application.eligibilityCheckedAt,
			eligibilityNote: application.eligibilityNote,
			organisationName: applicant.name,
			updatedAt: application.updatedAt
		},
		call: {
			id: call.id,
			title: call.title,
			status: target.status,
			closesAt: call.closesAt,
			instructions: call.instructions,
			conditions: call.conditions,
			basket: basket.kind,
			selfFinancingPercent: basket.selfFinancingPercent,
			requiredAttachments,
			criteria
		},
		applicant: applicantFacts(db, actor, application.organisationId),
		paper: paperMarkOf(db, application),
		classes: callClasses(db, call.id),
		municipalities: regionMunicipalities(db, call.regionId),
		files: listApplicationFiles(db, application.id),
		/** Files the NGO already delivered this year, offered for the attachments still missing. */
		reuseOffers: canEdit ? reuseOffersOf(db, access, now) : [],
		copiedFrom: copiedFrom(db, application.id),
		accept: ATTACHMENT_ACCEPT,
		/** What submitting still lacks, by the field it is named next to; only for who may submit. */
		missing: canEdit
			? missingForSubmission(
					{ ...application, attachmentKinds: attachedKinds(db, application.id) },
					requiredAttachments
				).map((part) => ({ part, field: missingPartField(part) }))
			: [],
		messages: canMessage ? listMessages(db, application.id, application.organisationId) : null,
		assessment: {
			isAssessor,
			canAssess: can(actor, 'grantApplication.assess', target),
			/** Barred for good: the assessor declared a conflict of interest. */
			disqualified: target.disqualifiedIds.includes(actor.userId),
			own: own && {
				scores: scoresOf(own),
				comment: own.comment,
				completedAt: own.completedAt,
				conflictDeclared: own.conflictDeclared,
				conflictGround: own.conflictGround,
				conflictSpecification: own.conflictSpecification
			},
			/** How the app finds the assessor tied to the applicant: they declare or confirm before scoring. */
			tie: isAssessor ? applicantTieOf(db, actor.userId, application.organisationId) : null,
			independenceConfirmed: own?.independenceConfirmedAt != null,
			done: target.assessorIds.filter((id) =>
				assessments.some((a) => a.assessorId === id && assessmentDone(a))
			).length,
			total: target.assessorIds.length,
			others: seesAllAssessments
				? assessments
						.filter((a) => a.assessorId !== actor.userId && assessmentDone(a))
						.map((a) => ({
							assessorName: names.get(a.assessorId) ?? '',
							conflictDeclared: a.conflictDeclared,
							conflictGround: canHandle ? a.conflictGround : '',
							conflictSpecification: canHandle ? a.conflictSpecification : '',
							scores: a.conflictDeclared ? [] : scoresOf(a),
							weighted: a.conflictDeclared
								? null
								: weightedScore(criteria, assessmentState(a).scores),
							comment: a.conflictDeclared ? '' : a.comment
						}))
				: null,
			mean: seesAllAssessments ? meanScore(criteria, assessments.map(assessmentState)) : null
		},
		/** The latest request for completion, for both sides; the handler asks anew when none is open. */
		completion: completion && {
			parts: completion.parts,
			message: completion.message,
			dueAt: completion.dueAt,
			completedAt: completion.completedAt,
			open: completionOpen
		},
		canRequestCompletion:
			canHandle &&
			!completionOpen &&
			target.status !== 'decided' &&
			call.decidedAt === null &&
			proposalHeldBy(db, call) === null,
		canComplete: can(actor, 'grantApplication.complete', target),
		canEdit,
		/** Who changed each long text last, and the history of who changed what. */
		textEdits: textEdits(db, application.id),
		canWithdraw: can(actor, 'grantApplication.withdraw', target),
		canHandle,
		canReopen: canHandle && target.status === 'open',
		canMessage
	};
}

export type ApplicationPage = ReturnType<typeof applicationPage>;
