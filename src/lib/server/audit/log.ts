/** The audit log: who approved, published, corrected, changed memberships or roles, and when. */
import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import { assertCan } from '../access';
import type { Queryable } from '../db/client';
import { auditEvent, user } from '../db/schema';

export const AUDIT_ACTIONS = [
	'minutes.approved',
	'minutes.changesRequested',
	'minutes.finalised',
	'minutes.published',
	'minutes.corrected',
	'membership.added',
	'membership.roleChanged',
	'membership.removed',
	'user.roleChanged',
	'user.deactivated',
	'user.reactivated',
	'user.nationalRoleGranted',
	'user.nationalRoleRemoved',
	'region.created',
	'consultation.commentHidden',
	'consultation.closingChanged',
	'meeting.numberingSet',
	'grantCall.closingChanged',
	'grant.proposalOnAgenda',
	'grant.decisionRecorded',
	'grant.decided',
	'grant.instalmentPaid',
	'grant.reportAccepted',
	'grant.reportReturned',
	'grant.changeDecided',
	'grant.claimMade',
	'grant.claimPaid',
	'grant.claimCancelled',
	'grant.accepted',
	'grant.refused',
	'grant.reportCloserCheck',
	'grant.reportChecked',
	'grantApplication.reopened',
	'grantApplication.paperEntered',
	'grantApplication.completionRequested',
	'grantApplication.completed',
	'grantDocument.versionAdded',
	'grantApplication.eligibilityChecked',
	'grantAssessment.conflictDeclared',
	'grant.hidden',
	'grant.unhidden',
	'grantPayment.batchCreated',
	'grantPayment.batchChecked',
	'grantPayment.batchApproved',
	'grantPayment.batchExported',
	'grantPayment.batchPaid',
	'grantPayment.requested',
	'grantPayment.limitSet',
	'organisation.verified',
	'organisation.representativeNamed',
	'organisation.representativeRemoved',
	'organisation.statutesUploaded',
	'grantApplication.copied',
	'grantAssessment.notDisqualifiedConfirmed',
	'grant.preparerDisqualified',
	'grant.preparerNotDisqualified',
	'meeting.disqualificationDeclared',
	'meeting.disqualificationWithdrawn',
	'situation.surveyCreated',
	'situation.surveyOpened',
	'situation.surveyPublished',
	'situation.answerSubmitted',
	'situation.answerReopened',
	'situation.respondentNamed'
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function recordAudit(
	db: Queryable,
	event: {
		regionId: number;
		userId: number | null;
		action: AuditAction;
		targetType:
			| 'meeting'
			| 'body'
			| 'user'
			| 'consultation'
			| 'grantCall'
			| 'grantApplication'
			| 'grantPaymentBatch'
			| 'region'
			| 'organisation'
			| 'grantDocument'
			| 'situationSurvey'
			| 'surveyAnswer';
		targetId: number;
		summary: string;
	},
	at = new Date()
): void {
	db.insert(auditEvent)
		.values({ ...event, createdAt: at })
		.run();
}

export function listAuditEvents(db: Queryable, actor: Actor, regionId: number, limit = 500) {
	assertCan(actor, 'audit.read', { regionId });
	return db
		.select({
			id: auditEvent.id,
			action: auditEvent.action,
			targetType: auditEvent.targetType,
			targetId: auditEvent.targetId,
			summary: auditEvent.summary,
			createdAt: auditEvent.createdAt,
			userName: user.name
		})
		.from(auditEvent)
		.leftJoin(user, eq(auditEvent.userId, user.id))
		.where(eq(auditEvent.regionId, regionId))
		.orderBy(desc(auditEvent.createdAt), desc(auditEvent.id))
		.limit(limit)
		.all();
}
