/**
 * Attachments already delivered this year, offered instead of asked again:
 * the organisation's files sent with its other applications this year
 * (`deliveredThisYear`), and the statutes of its profile. Reusing one adds a row that
 * names the same stored content (files are kept once by their SHA-256), so
 * nothing is uploaded or copied, and the handlers read the same file.
 */
import { and, eq, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { deliveredThisYear, reuseOffers, type DeliveredFile } from '../../domain/grant-reuse';
import { isAttachmentKind } from '../../domain/grant-paper';
import type { Actor } from '../../domain/policy';
import type { Db, Queryable } from '../db/client';
import {
	grantApplication,
	grantApplicationFile,
	grantApplicationFileSource,
	grantCall
} from '../db/schema';
import { notFound } from '../errors';
import { statutesOf } from '../organisations/statutes';
import { applicationTitle, authorizeFileChange, insertApplicationFile } from './application-files';
import { attachedKinds, requiredAttachmentsOf } from './applications';
import { authorizeApplication, type ApplicationAccess } from './readable';

interface StoredDelivery extends DeliveredFile {
	contentType: string;
	size: number;
}

/** Where a delivered file was first delivered: a reused file keeps naming its origin. */
function deliveredFiles(db: Queryable, access: ApplicationAccess, now: Date): StoredDelivery[] {
	const { application, call } = access;
	const origin = alias(grantApplication, 'origin');
	const originCall = alias(grantCall, 'origin_call');
	const sent = db
		.select({
			id: grantApplicationFile.id,
			kind: grantApplicationFile.kind,
			filename: grantApplicationFile.filename,
			contentType: grantApplicationFile.contentType,
			size: grantApplicationFile.size,
			sha256: grantApplicationFile.sha256,
			deliveredAt: grantApplicationFile.createdAt,
			budgetYear: grantCall.budgetYear,
			applicationId: grantApplication.id,
			title: grantApplication.title,
			callTitle: grantCall.title,
			reused: grantApplicationFileSource.fileId,
			originId: origin.id,
			originTitle: origin.title,
			originCallTitle: originCall.title
		})
		.from(grantApplicationFile)
		.innerJoin(grantApplication, eq(grantApplicationFile.applicationId, grantApplication.id))
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.leftJoin(
			grantApplicationFileSource,
			eq(grantApplicationFileSource.fileId, grantApplicationFile.id)
		)
		.leftJoin(origin, eq(grantApplicationFileSource.deliveredWithId, origin.id))
		.leftJoin(originCall, eq(origin.callId, originCall.id))
		.where(
			and(
				// Only the organisation's own files, and only those it sent: a draft's are not delivered.
				eq(grantApplication.organisationId, application.organisationId),
				ne(grantApplication.id, application.id),
				ne(grantApplication.status, 'draft'),
				eq(grantCall.regionId, call.regionId)
			)
		)
		.all()
		.filter((row) => deliveredThisYear(row, call, now))
		.flatMap(({ kind, ...row }) => (isAttachmentKind(kind) ? [{ ...row, kind }] : []))
		.map((row): StoredDelivery => ({
			source: `file:${row.id}`,
			kind: row.kind,
			filename: row.filename,
			contentType: row.contentType,
			size: row.size,
			sha256: row.sha256,
			deliveredWith:
				row.reused === null
					? { applicationId: row.applicationId, title: applicationTitle(row.title, row.callTitle) }
					: row.originId === null
						? null
						: {
								applicationId: row.originId,
								title: applicationTitle(row.originTitle ?? '', row.originCallTitle ?? '')
							}
		}));
	const statutes = statutesOf(db, application.organisationId);
	return statutes
		? [
				{
					source: 'statutes',
					kind: 'statutes',
					filename: statutes.filename,
					contentType: statutes.contentType,
					size: statutes.size,
					sha256: statutes.sha256,
					deliveredWith: null
				},
				...sent
			]
		: sent;
}

/** What the application may reuse now, by the kind the call asks for. */
function offersFor(db: Queryable, access: ApplicationAccess, now: Date) {
	return reuseOffers(
		requiredAttachmentsOf(access.call),
		attachedKinds(db, access.application.id),
		deliveredFiles(db, access, now)
	);
}

/** The offers as the application page shows them: only to who may change the files now. */
export function reuseOffersOf(db: Queryable, access: ApplicationAccess, now: Date) {
	return offersFor(db, access, now).map(({ kind, files }) => ({
		kind,
		files: files.map(({ source, filename, deliveredWith }) => ({
			source,
			filename,
			deliveredWith
		}))
	}));
}

/**
 * Attaches a file the organisation already delivered. The form names it by
 * its `source`; anything not offered to this application (another
 * organisation's file, a draft's, another year's) is not found.
 */
export function reuseDeliveredFile(
	db: Db,
	actor: Actor,
	applicationId: number,
	source: string,
	now: Date
): number {
	return db.transaction((tx) => {
		const access = authorizeApplication(tx, actor, applicationId, 'grantApplication.read', now);
		const file = offersFor(tx, access, now)
			.flatMap((offer) => offer.files)
			.find((f) => f.source === source);
		if (!file) throw notFound();
		authorizeFileChange(tx, actor, applicationId, file.kind, now);
		const id = insertApplicationFile(tx, actor, applicationId, file.kind, file, now);
		tx.insert(grantApplicationFileSource)
			.values({ fileId: id, deliveredWithId: file.deliveredWith?.applicationId ?? null })
			.run();
		return id;
	});
}
