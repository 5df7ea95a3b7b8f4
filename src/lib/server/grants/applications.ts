/**
 * An application from the NGO's draft to the handler's eligibility check:
 * start, save, submit, withdraw, reopen. Every use case asks the policy first
 * (`authorizeCall` / `authorizeApplication`), then checks the ids the form
 * names, then the state of things.
 */
import * as v from 'valibot';
import { and, eq, ne } from 'drizzle-orm';
import {
	APPLICATION_ATTACHMENT_KINDS,
	budgetSchema,
	inHandling,
	missingForSubmission,
	type ApplicationAttachmentKind,
	type ApplicationStatus,
	type Budget,
	type MissingPart
} from '../../domain/grants';
import { isAttachmentKind } from '../../domain/grant-paper';
import { mayNgoSubmit } from '../../domain/organisation-profile';
import type { Actor } from '../../domain/policy';
import type {
	ApplicationDraft,
	ApplicationForm,
	EligibilityVerdict
} from '../../schemas/grant-applications';
import { assertCan } from '../access';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import {
	grantApplication,
	grantApplicationFile,
	grantAssessment,
	grantCallClass,
	grantMessage,
	organisation,
	type GrantApplicationRow,
	type GrantCallRow
} from '../db/schema';
import { parseStored } from '../db/stored';
import { conflict, notFound } from '../errors';
import { notify } from '../notifications/service';
import { profileOf } from '../organisations/profile';
import { settledStatus } from './assessment';
import { announceApplicationChange, takeLiveTexts } from './live-texts';
import { applicantUserIds } from './people';
import {
	assertProposalOpen,
	authorizeApplication,
	authorizeApply,
	type ApplicationAccess
} from './readable';

const requiredAttachmentsSchema = v.array(v.picklist(APPLICATION_ATTACHMENT_KINDS));
const municipalityIdsSchema = v.array(v.number());

export function requiredAttachmentsOf(call: GrantCallRow): ApplicationAttachmentKind[] {
	return parseStored(
		requiredAttachmentsSchema,
		call.requiredAttachments,
		`grant_call ${call.id} required_attachments`
	);
}

export function budgetOf(application: GrantApplicationRow): Budget {
	return parseStored(
		budgetSchema,
		application.budget,
		`grant_application ${application.id} budget`
	);
}

export function municipalityIdsOf(application: GrantApplicationRow): number[] {
	return parseStored(
		municipalityIdsSchema,
		application.municipalityIds,
		`grant_application ${application.id} municipality_ids`
	);
}

/** The kinds of file the application carries now. */
export function attachedKinds(db: Queryable, applicationId: number): ApplicationAttachmentKind[] {
	return db
		.selectDistinct({ kind: grantApplicationFile.kind })
		.from(grantApplicationFile)
		.where(eq(grantApplicationFile.applicationId, applicationId))
		.all()
		.map((r) => r.kind)
		.filter(isAttachmentKind);
}

/** The organisation's one application to the call, unless withdrawn: colleagues write one draft together. */
export function currentApplicationId(
	db: Queryable,
	callId: number,
	organisationId: number
): number | null {
	return (
		db
			.select({ id: grantApplication.id })
			.from(grantApplication)
			.where(
				and(
					eq(grantApplication.callId, callId),
					eq(grantApplication.organisationId, organisationId),
					ne(grantApplication.status, 'withdrawn')
				)
			)
			.get()?.id ?? null
	);
}

/**
 * Starts the organisation's application to the call, or opens the one it
 * already has: colleagues of one NGO write one draft together, and a sent
 * application changes only when a handler reopens it. After a withdrawal the
 * organisation may apply anew.
 */
export function startApplication(db: Db, actor: Actor, callId: number, now: Date): number {
	authorizeApply(db, actor, callId, now);
	return db.transaction((tx) => {
		const existing = currentApplicationId(tx, callId, actor.organisationId);
		if (existing !== null) return existing;
		return tx
			.insert(grantApplication)
			.values({
				callId,
				organisationId: actor.organisationId,
				createdBy: actor.userId,
				createdAt: now,
				updatedAt: now
			})
			.returning({ id: grantApplication.id })
			.get().id;
	});
}

/** The region's municipalities: where an activity may take place. */
export function regionMunicipalities(db: Queryable, regionId: number) {
	return db
		.select({ id: organisation.id, name: organisation.name })
		.from(organisation)
		.where(and(eq(organisation.regionId, regionId), eq(organisation.kind, 'municipality')))
		.orderBy(organisation.name)
		.all();
}

/** The activity class and municipalities a form names must be the call's and the region's. */
function assertOwnIds(db: Queryable, access: ApplicationAccess, draft: ApplicationDraft): void {
	if (draft.activityClassId !== null) {
		const offered = db
			.select({ classId: grantCallClass.classId })
			.from(grantCallClass)
			.where(
				and(
					eq(grantCallClass.callId, access.call.id),
					eq(grantCallClass.classId, draft.activityClassId)
				)
			)
			.get();
		if (!offered) throw notFound();
	}
	const municipalities = new Set(regionMunicipalities(db, access.call.regionId).map((m) => m.id));
	if (draft.municipalityIds.some((id) => !municipalities.has(id))) throw notFound();
}

function writeDraft(
	db: Queryable,
	access: ApplicationAccess,
	draft: ApplicationDraft,
	now: Date
): void {
	assertOwnIds(db, access, draft);
	db.update(grantApplication)
		.set({
			title: draft.title,
			activity: draft.activity,
			activityClassId: draft.activityClassId,
			targetGroups: draft.targetGroups,
			municipalityIds: JSON.stringify([...new Set(draft.municipalityIds)]),
			amountRequestedCents: draft.amountRequestedCents,
			budget: JSON.stringify(draft.budget),
			declarationAccepted: draft.declarationAccepted,
			updatedAt: now
		})
		.where(eq(grantApplication.id, access.application.id))
		.run();
}

/** The form with the long texts as the live document holds them once the form's are in (live-texts.ts). */
function withLiveTexts(
	db: Queryable,
	access: ApplicationAccess,
	form: ApplicationForm,
	actor: Actor,
	now: Date
): ApplicationDraft {
	const { activity, targetGroups } = form;
	return {
		...form,
		...takeLiveTexts(db, access.application, { activity, targetGroups }, actor.userId, now)
	};
}

/**
 * Saves the draft as it stands; whoever of the NGO saves last is what its
 * other fields say, while its long texts are co-edited live.
 */
export function saveDraft(
	db: Db,
	actor: Actor,
	applicationId: number,
	form: ApplicationForm,
	now: Date
): void {
	db.transaction((tx) => {
		const access = authorizeApplication(tx, actor, applicationId, 'grantApplication.edit', now);
		writeDraft(tx, access, withLiveTexts(tx, access, form, actor, now), now);
	});
}

/** The form field each missing part is named next to. */
export function missingPartField(part: MissingPart): string {
	if (part.startsWith('attachment:')) return `file.${part.slice('attachment:'.length)}`;
	return part === 'activityClass' ? 'activityClassId' : part;
}

/**
 * Saves and submits in one step, while the call is open (the policy refuses
 * after the deadline, whoever asks; a paper application counts by the day it
 * arrived, so its handlers submit it until the proposal is on an agenda). An incomplete application stays as it
 * was: nothing of the form is stored, and each missing part is named by its
 * field. An NGO the county has not verified keeps what it wrote as its draft.
 * The long texts are those of the live document as it stands; from then on
 * it is read-only for everyone connected.
 */
export function submitApplication(
	db: Db,
	actor: Actor,
	applicationId: number,
	form: ApplicationForm,
	now: Date
): void {
	const submitted = db.transaction((tx) => {
		const access = authorizeApplication(tx, actor, applicationId, 'grantApplication.edit', now);
		// A paper application may come in after the call closed, but not past a proposal on an agenda.
		if (access.application.channel === 'paper') assertProposalOpen(tx, access.call);
		const draft = withLiveTexts(tx, access, form, actor, now);
		writeDraft(tx, access, draft, now);
		// Only once the county has verified the NGO does an application speak for it.
		if (!mayNgoSubmit(profileOf(tx, access.application.organisationId))) return false;
		const missing = missingForSubmission(
			{ ...draft, attachmentKinds: attachedKinds(tx, applicationId) },
			requiredAttachmentsOf(access.call)
		);
		// The application as a whole is not ready (its files are sent apart): the state of things, not the form's input.
		if (missing.length > 0)
			throw conflict(
				'grantApplications.submit.incomplete',
				Object.fromEntries(
					missing.map((part) => [missingPartField(part), `grantApplications.missing.${part}`])
				)
			);
		tx.update(grantApplication)
			.set({ status: 'submitted', submittedAt: now, submittedBy: actor.userId, updatedAt: now })
			.where(eq(grantApplication.id, applicationId))
			.run();
		announceApplicationChange(tx, applicationId);
		return true;
	});
	if (!submitted) throw conflict('orgProfile.submit.unverified');
}

/** The applicant takes the application back before it is decided, and before its proposal is on an agenda. */
export function withdrawApplication(db: Db, actor: Actor, applicationId: number, now: Date): void {
	db.transaction((tx) => {
		const access = authorizeApplication(tx, actor, applicationId, 'grantApplication.withdraw', now);
		assertProposalOpen(tx, access.call);
		tx.update(grantApplication)
			.set({ status: 'withdrawn', updatedAt: now })
			.where(eq(grantApplication.id, applicationId))
			.run();
		announceApplicationChange(tx, applicationId);
	});
}

/** A submitted application the actor handles: not found for who may not read it, forbidden for who may not handle it. */
export function authorizeHandling(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	now: Date
): ApplicationAccess {
	const access = authorizeApplication(db, actor, applicationId, 'grantApplication.read', now);
	assertCan(actor, 'grantCall.handle', access.target);
	return access;
}

function tellApplicant(
	db: Queryable,
	access: ApplicationAccess,
	status: ApplicationStatus,
	now: Date
): void {
	const organisationName = db
		.select({ name: organisation.name })
		.from(organisation)
		.where(eq(organisation.id, access.application.organisationId))
		.get()!.name;
	notify(
		db,
		{
			userIds: applicantUserIds(db, access.application.organisationId),
			kind: 'grant_application_changed',
			params: { title: access.application.title, organisation: organisationName, status },
			link: `/grants/applications/${access.application.id}`
		},
		now
	);
}

/**
 * The handler sends a submitted application back to its draft, with the
 * reason, while the call is open: the reason goes into the application's
 * messages and the audit log, the NGO is notified, and the assessments begin
 * again (a declared conflict of interest stands). Returns the call's id.
 */
export function reopenApplication(
	db: Db,
	actor: Actor,
	applicationId: number,
	reason: string,
	now: Date
): number {
	return db.transaction((tx) => {
		const access = authorizeHandling(tx, actor, applicationId, now);
		if (!inHandling(access.application.status) || access.target.status !== 'open')
			throw conflict('grantApplications.reopen.notNow');
		assertProposalOpen(tx, access.call);
		tx.update(grantApplication)
			.set({
				status: 'draft',
				submittedAt: null,
				submittedBy: null,
				eligibilityCheckedAt: null,
				eligibilityNote: '',
				updatedAt: now
			})
			.where(eq(grantApplication.id, applicationId))
			.run();
		tx.update(grantAssessment)
			.set({ completedAt: null, updatedAt: now })
			.where(
				and(
					eq(grantAssessment.applicationId, applicationId),
					eq(grantAssessment.conflictDeclared, false)
				)
			)
			.run();
		tx.insert(grantMessage)
			.values({ applicationId, authorId: actor.userId, text: reason, createdAt: now })
			.run();
		recordAudit(
			tx,
			{
				regionId: access.call.regionId,
				userId: actor.userId,
				action: 'grantApplication.reopened',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: reason
			},
			now
		);
		tellApplicant(tx, access, 'draft', now);
		announceApplicationChange(tx, applicationId);
		return access.call.id;
	});
}

/**
 * The handler's eligibility check, undoable until the decision: an eligible
 * application goes on to assessment, an ineligible one carries the reason.
 */
export function checkEligibility(
	db: Db,
	actor: Actor,
	applicationId: number,
	check: { verdict: EligibilityVerdict; note: string },
	now: Date
): void {
	db.transaction((tx) => {
		const access = authorizeHandling(tx, actor, applicationId, now);
		if (!inHandling(access.application.status) || access.target.status === 'decided')
			throw conflict('grantApplications.eligibility.notNow');
		assertProposalOpen(tx, access.call);
		const status =
			check.verdict === 'ineligible'
				? 'ineligible'
				: settledStatus(tx, applicationId, access.target.assessorIds);
		tx.update(grantApplication)
			.set({
				status,
				eligibilityCheckedAt: check.verdict === 'unchecked' ? null : now,
				eligibilityNote: check.verdict === 'ineligible' ? check.note : '',
				updatedAt: now
			})
			.where(eq(grantApplication.id, applicationId))
			.run();
		recordAudit(
			tx,
			{
				regionId: access.call.regionId,
				userId: actor.userId,
				action: 'grantApplication.eligibilityChecked',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: check.verdict === 'ineligible' ? `ineligible: ${check.note}` : check.verdict
			},
			now
		);
		if (status !== access.application.status) tellApplicant(tx, access, status, now);
	});
}
