/**
 * An NGO's current statutes (säännöt) in its profile: uploaded once by those
 * who act for it, checked and stored as application files are
 * (`files/stored-files.ts`), offered to every application that asks for
 * statutes. A new upload replaces the old one; its bytes stay while an
 * application still carries them.
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import { organisationStatutes, user } from '../db/schema';
import { notFound } from '../errors';
import {
	attachmentDir,
	checkUpload,
	fileUnused,
	removeStoredFile,
	storedFilePath,
	storeFile
} from '../files/stored-files';
import { authorizeProfile } from './profile';

export function statutesOf(db: Queryable, organisationId: number) {
	return db
		.select()
		.from(organisationStatutes)
		.where(eq(organisationStatutes.organisationId, organisationId))
		.get();
}

/** The current statutes as the profile shows them: the file, when and by whom. */
export function statutesView(db: Queryable, organisationId: number) {
	return (
		db
			.select({
				filename: organisationStatutes.filename,
				size: organisationStatutes.size,
				uploadedAt: organisationStatutes.uploadedAt,
				uploadedBy: user.name
			})
			.from(organisationStatutes)
			.innerJoin(user, eq(organisationStatutes.uploadedBy, user.id))
			.where(eq(organisationStatutes.organisationId, organisationId))
			.get() ?? null
	);
}

/** Uploads the statutes, or replaces the current ones. */
export async function uploadStatutes(
	db: Db,
	actor: Actor,
	organisationId: number,
	upload: { filename: string; bytes: Uint8Array },
	now: Date,
	dir = attachmentDir()
): Promise<void> {
	authorizeProfile(db, actor, organisationId, 'organisationProfile.edit');
	const file = await checkUpload(upload.filename, upload.bytes);
	// Synchronous from here, and authorised again: who acts for the NGO may have changed meanwhile.
	const replaced = db.transaction((tx) => {
		const access = authorizeProfile(tx, actor, organisationId, 'organisationProfile.edit');
		const before = statutesOf(tx, organisationId);
		const values = {
			filename: file.filename,
			contentType: file.contentType,
			size: file.size,
			sha256: file.sha256,
			uploadedBy: actor.userId,
			uploadedAt: now
		};
		tx.insert(organisationStatutes)
			.values({ organisationId, ...values })
			.onConflictDoUpdate({ target: organisationStatutes.organisationId, set: values })
			.run();
		recordAudit(
			tx,
			{
				regionId: access.organisation.regionId,
				userId: actor.userId,
				action: 'organisation.statutesUploaded',
				targetType: 'organisation',
				targetId: organisationId,
				summary: `${access.organisation.name}: ${file.filename}`
			},
			now
		);
		storeFile(dir, file);
		return before && fileUnused(tx, before.sha256) ? before.sha256 : null;
	});
	// Only after the commit: an application that reused the old statutes keeps them.
	if (replaced) removeStoredFile(dir, replaced);
}

/** The statutes to send: not found for whoever may not read the profile, as for none. */
export function openStatutes(
	db: Queryable,
	actor: Actor | null,
	organisationId: number,
	dir = attachmentDir()
) {
	authorizeProfile(db, actor, organisationId, 'organisationProfile.read');
	const row = statutesOf(db, organisationId);
	if (!row) throw notFound();
	return {
		path: storedFilePath(dir, row.sha256),
		filename: row.filename,
		contentType: row.contentType,
		size: row.size
	};
}
