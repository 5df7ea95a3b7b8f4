/**
 * An application that arrived on paper, entered by a handler of the call on
 * the NGO's behalf: the handler chooses the NGO, records the day it arrived
 * and attaches the scan, then transcribes the fields on the application's own
 * page with the NGO's form and submits it. From then on it is handled like any other.
 */
import { and, asc, eq } from 'drizzle-orm';
import { PAPER_SCAN_KIND, receiptProblem, scanAccepted } from '../../domain/grant-paper';
import { mayNgoSubmit } from '../../domain/organisation-profile';
import { can, type Actor } from '../../domain/policy';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import { grantApplication, organisation, organisationProfile, user } from '../db/schema';
import { conflict, invalid, notFound } from '../errors';
import { attachmentDir, checkUpload, SCAN_ACCEPT, storeFile } from '../files/stored-files';
import { profileOf } from '../organisations/profile';
import { insertApplicationFile } from './application-files';
import { currentApplicationId } from './applications';
import { authorizeCall } from './readable';

export interface PaperEntry {
	organisationId: number;
	/** ISO date. */
	receivedOn: string;
	scan: { filename: string; bytes: Uint8Array };
}

/** Whether the actor may enter a paper application to the call: before its form is read. */
export function authorizePaperEntry(db: Queryable, actor: Actor, callId: number, now: Date): void {
	authorizeCall(db, actor, callId, 'grantCall.enterPaper', now);
}

/**
 * The NGOs of the call's region a handler may enter a paper application for,
 * each with whether the county has verified it; null when the actor may not enter one.
 */
export function paperEntryChoices(db: Queryable, actor: Actor, callId: number, now: Date) {
	const { call, target } = authorizeCall(db, actor, callId, 'grantCall.read', now);
	if (!can(actor, 'grantCall.enterPaper', target)) return null;
	return {
		organisations: db
			.select({
				id: organisation.id,
				name: organisation.name,
				verifiedAt: organisationProfile.verifiedAt
			})
			.from(organisation)
			.leftJoin(organisationProfile, eq(organisationProfile.organisationId, organisation.id))
			.where(and(eq(organisation.regionId, call.regionId), eq(organisation.kind, 'ngo')))
			.orderBy(asc(organisation.name))
			.all()
			.map((o) => ({ id: o.id, name: o.name, verified: mayNgoSubmit(o) })),
		/** An NGO not yet in the app is added where organisations are kept, by whoever may. */
		canAddOrganisation: can(actor, 'organisation.manage', { regionId: call.regionId }),
		accept: SCAN_ACCEPT
	};
}

/**
 * Starts the paper application as a draft the handlers write, with its scan.
 * The NGO must be one the county has verified: entering the paper is not
 * checking the NGO against the association register, which is recorded on its
 * own (who checked and when), so an unverified NGO is verified first, as it
 * would be before submitting online. Returns the new application's id.
 */
export async function enterPaperApplication(
	db: Db,
	actor: Actor,
	callId: number,
	entry: PaperEntry,
	now: Date,
	dir = attachmentDir()
): Promise<number> {
	authorizePaperEntry(db, actor, callId, now);
	const scan = await checkUpload(entry.scan.filename, entry.scan.bytes);
	if (!scanAccepted(scan.contentType))
		throw invalid('grantPaper.scan.type', { file: 'grantPaper.scan.type' });
	return db.transaction((tx) => {
		const { call } = authorizeCall(tx, actor, callId, 'grantCall.enterPaper', now);
		const ngo = tx
			.select({ id: organisation.id, name: organisation.name })
			.from(organisation)
			.where(
				and(
					eq(organisation.id, entry.organisationId),
					eq(organisation.regionId, call.regionId),
					eq(organisation.kind, 'ngo')
				)
			)
			.get();
		if (!ngo) throw notFound();
		if (!mayNgoSubmit(profileOf(tx, ngo.id)))
			throw conflict('grantPaper.unverified', { organisationId: 'grantPaper.unverified' });
		const problem = receiptProblem(entry.receivedOn, call, now);
		if (problem)
			throw invalid(`grantPaper.received.${problem}`, {
				receivedOn: `grantPaper.received.${problem}`
			});
		// One application per NGO and call, as online: the handler settles the other one first.
		if (currentApplicationId(tx, callId, ngo.id) !== null)
			throw conflict('grantPaper.exists', { organisationId: 'grantPaper.exists' });
		const applicationId = tx
			.insert(grantApplication)
			.values({
				callId,
				organisationId: ngo.id,
				channel: 'paper',
				receivedOn: entry.receivedOn,
				enteredBy: actor.userId,
				createdBy: actor.userId,
				createdAt: now,
				updatedAt: now
			})
			.returning({ id: grantApplication.id })
			.get().id;
		recordAudit(
			tx,
			{
				regionId: call.regionId,
				userId: actor.userId,
				action: 'grantApplication.paperEntered',
				targetType: 'grantApplication',
				targetId: applicationId,
				summary: `${ngo.name}, ${entry.receivedOn}`
			},
			now
		);
		insertApplicationFile(tx, actor, applicationId, PAPER_SCAN_KIND, scan, now);
		storeFile(dir, scan);
		return applicationId;
	});
}

/** "Entered from paper by X, arrived on D" for the application, or null for one sent online. */
export function paperMarkOf(
	db: Queryable,
	application: { channel: string; receivedOn: string | null; enteredBy: number | null }
): PaperMark | null {
	if (application.channel !== 'paper' || application.enteredBy === null) return null;
	const enteredBy = db
		.select({ name: user.name })
		.from(user)
		.where(eq(user.id, application.enteredBy))
		.get()!.name;
	return { enteredBy, receivedOn: application.receivedOn ?? '' };
}

export interface PaperMark {
	enteredBy: string;
	receivedOn: string;
}
