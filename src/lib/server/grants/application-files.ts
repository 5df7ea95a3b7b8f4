/**
 * The files an application carries (statutes, financial statements, …):
 * checked and stored as meeting attachments are (`files/stored-files.ts`),
 * added and removed while the application is an editable draft or a request
 * for completion asks for their kind, and
 * downloaded by whoever may read the application.
 */
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ApplicationAttachmentKind } from '../../domain/grants';
import { attachmentOpen } from '../../domain/grant-completion';
import { PAPER_SCAN_KIND, type ApplicationFileKind } from '../../domain/grant-paper';
import { can, type Actor } from '../../domain/policy';
import { assertCan } from '../access';
import type { Db, Queryable } from '../db/client';
import {
	grantApplication,
	grantApplicationFile,
	grantApplicationFileSource,
	grantCall
} from '../db/schema';
import { forbidden, notFound } from '../errors';
import {
	attachmentDir,
	checkUpload,
	type CheckedFile,
	fileUnused,
	removeStoredFile,
	storedFilePath,
	storeFile
} from '../files/stored-files';
import { authorizeApplication } from './readable';

export interface NewApplicationFile {
	kind: ApplicationAttachmentKind;
	filename: string;
	bytes: Uint8Array;
}

/** Whether the actor may change any of the application's files now: before a form is read. */
export function authorizeFileWork(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	now: Date
): void {
	const access = authorizeApplication(db, actor, applicationId, 'grantApplication.read', now);
	if (!can(actor, 'grantApplication.edit', access.applicationTarget))
		assertCan(actor, 'grantApplication.complete', access.applicationTarget);
}

/**
 * Files change with the draft, or, once submitted, only the kinds a request
 * for completion asks for, until its deadline.
 */
export function authorizeFileChange(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	kind: ApplicationAttachmentKind,
	now: Date
): void {
	const access = authorizeApplication(db, actor, applicationId, 'grantApplication.read', now);
	if (can(actor, 'grantApplication.edit', access.applicationTarget)) return;
	assertCan(actor, 'grantApplication.complete', access.applicationTarget);
	if (!attachmentOpen(access.applicationTarget.completionParts, kind)) throw forbidden();
}

/** The row that gives the application a stored content, under its kind. */
export function insertApplicationFile(
	db: Queryable,
	actor: Actor,
	applicationId: number,
	kind: ApplicationFileKind,
	file: Pick<CheckedFile, 'filename' | 'contentType' | 'size' | 'sha256'>,
	now: Date
): number {
	return db
		.insert(grantApplicationFile)
		.values({
			applicationId,
			kind,
			filename: file.filename,
			contentType: file.contentType,
			size: file.size,
			sha256: file.sha256,
			uploadedBy: actor.userId,
			createdAt: now
		})
		.returning({ id: grantApplicationFile.id })
		.get().id;
}

export async function addApplicationFile(
	db: Db,
	actor: Actor,
	applicationId: number,
	input: NewApplicationFile,
	now: Date,
	dir = attachmentDir()
): Promise<number> {
	authorizeFileChange(db, actor, applicationId, input.kind, now);
	const file = await checkUpload(input.filename, input.bytes);
	// Synchronous from here, and authorised again: the draft may have been submitted while the bytes were read.
	return db.transaction((tx) => {
		authorizeFileChange(tx, actor, applicationId, input.kind, now);
		const id = insertApplicationFile(tx, actor, applicationId, input.kind, file, now);
		storeFile(dir, file);
		return id;
	});
}

function fileOf(db: Queryable, applicationId: number, fileId: number) {
	const row = db
		.select()
		.from(grantApplicationFile)
		.where(
			and(
				eq(grantApplicationFile.id, fileId),
				eq(grantApplicationFile.applicationId, applicationId)
			)
		)
		.get();
	if (!row) throw notFound();
	return row;
}

/** Removes a file of the draft; a file of another application is not found here. */
export function removeApplicationFile(
	db: Db,
	actor: Actor,
	applicationId: number,
	fileId: number,
	now: Date,
	dir = attachmentDir()
): void {
	const unused = db.transaction((tx) => {
		authorizeApplication(tx, actor, applicationId, 'grantApplication.read', now);
		const row = fileOf(tx, applicationId, fileId);
		// A paper application's scan is the record of what arrived: it stays.
		if (row.kind === PAPER_SCAN_KIND) throw forbidden();
		authorizeFileChange(tx, actor, applicationId, row.kind, now);
		tx.delete(grantApplicationFile).where(eq(grantApplicationFile.id, fileId)).run();
		return fileUnused(tx, row.sha256) ? row.sha256 : null;
	});
	// Only after the commit, so a rolled-back removal never finds its file gone.
	if (unused) removeStoredFile(dir, unused);
}

/** An application's title as another application names it: the call's when the NGO left it empty. */
export const applicationTitle = (title: string, callTitle: string) => title || callTitle;

/**
 * The application's files, each reused one with where it was first
 * delivered: with another application, or in the organisation's profile.
 */
export function listApplicationFiles(db: Queryable, applicationId: number) {
	const deliveredWith = alias(grantApplication, 'delivered_with');
	const deliveredCall = alias(grantCall, 'delivered_call');
	return db
		.select({
			id: grantApplicationFile.id,
			kind: grantApplicationFile.kind,
			filename: grantApplicationFile.filename,
			size: grantApplicationFile.size,
			reused: grantApplicationFileSource.fileId,
			deliveredWithId: deliveredWith.id,
			deliveredWithTitle: deliveredWith.title,
			deliveredCallTitle: deliveredCall.title
		})
		.from(grantApplicationFile)
		.leftJoin(
			grantApplicationFileSource,
			eq(grantApplicationFileSource.fileId, grantApplicationFile.id)
		)
		.leftJoin(deliveredWith, eq(grantApplicationFileSource.deliveredWithId, deliveredWith.id))
		.leftJoin(deliveredCall, eq(deliveredWith.callId, deliveredCall.id))
		.where(eq(grantApplicationFile.applicationId, applicationId))
		.orderBy(asc(grantApplicationFile.id))
		.all()
		.map(({ reused, deliveredWithId, deliveredWithTitle, deliveredCallTitle, ...file }) => ({
			...file,
			/** Null for a file uploaded here; `profile` or the application it was first delivered with. */
			deliveredWith:
				reused === null
					? null
					: deliveredWithId === null
						? ('profile' as const)
						: {
								applicationId: deliveredWithId,
								title: applicationTitle(deliveredWithTitle ?? '', deliveredCallTitle ?? '')
							}
		}));
}

/** The file to send; not found for whoever may not read the application, as for a missing file. */
export function openApplicationFile(
	db: Queryable,
	actor: Actor | null,
	applicationId: number,
	fileId: number,
	now: Date,
	dir = attachmentDir()
) {
	authorizeApplication(db, actor, applicationId, 'grantApplication.read', now);
	const row = fileOf(db, applicationId, fileId);
	return {
		path: storedFilePath(dir, row.sha256),
		filename: row.filename,
		contentType: row.contentType,
		size: row.size
	};
}
