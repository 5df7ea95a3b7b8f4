/**
 * The region's general grant terms and appeal instructions, in versions
 * (`domain/grant-documents.ts`): added by those who manage grants, pinned to
 * a call when it is published, printed or referred to in its letters.
 */
import { asc, eq } from 'drizzle-orm';
import {
	GRANT_DOCUMENT_KINDS,
	nextVersion,
	versionsInForce,
	type GrantDocumentKind
} from '../../domain/grant-documents';
import { can, type Actor } from '../../domain/policy';
import { isoDate } from '../../domain/time';
import { translator } from '../../i18n';
import { assertCan } from '../access';
import { recordAudit } from '../audit/log';
import type { Db, Queryable } from '../db/client';
import {
	grantCallDocument,
	grantDocumentVersion,
	type GrantCallRow,
	type GrantDocumentVersionRow
} from '../db/schema';
import { notFound } from '../errors';

export type PinnedDocuments = Partial<Record<GrantDocumentKind, GrantDocumentVersionRow>>;

export function documentVersions(db: Queryable, regionId: number): GrantDocumentVersionRow[] {
	return db
		.select()
		.from(grantDocumentVersion)
		.where(eq(grantDocumentVersion.regionId, regionId))
		.orderBy(asc(grantDocumentVersion.kind), asc(grantDocumentVersion.version))
		.all();
}

/**
 * Each kind's versions, newest first, with the one in force today and what a
 * new version starts from: the newest text, or the statutory base text.
 */
export function documentSettings(db: Queryable, regionId: number, now: Date) {
	const versions = documentVersions(db, regionId);
	const inForce = versionsInForce(versions, isoDate(now));
	return GRANT_DOCUMENT_KINDS.map((kind) => {
		const own = versions.filter((v) => v.kind === kind).reverse();
		const latest = own[0];
		return {
			kind,
			inForce: inForce[kind] ?? null,
			versions: own.map(({ id, version, validFrom }) => ({ id, version, validFrom })),
			draft: {
				validFrom: isoDate(now),
				textFi: latest?.textFi ?? translator('fi').t(`grantDocuments.default.${kind}`),
				textSv: latest?.textSv ?? translator('sv').t(`grantDocuments.default.${kind}`)
			}
		};
	});
}

export interface NewDocumentVersion {
	kind: GrantDocumentKind;
	validFrom: string;
	textFi: string;
	textSv: string;
}

/** A new version of the terms or the instructions; the earlier ones stay as calls pinned them. */
export function addDocumentVersion(
	db: Db,
	actor: Actor,
	input: NewDocumentVersion,
	now: Date
): number {
	assertCan(actor, 'grant.manage', { regionId: actor.regionId });
	return db.transaction((tx) => {
		const version = nextVersion(documentVersions(tx, actor.regionId), input.kind);
		const id = tx
			.insert(grantDocumentVersion)
			.values({
				regionId: actor.regionId,
				...input,
				version,
				createdBy: actor.userId,
				createdAt: now
			})
			.returning({ id: grantDocumentVersion.id })
			.get().id;
		recordAudit(
			tx,
			{
				regionId: actor.regionId,
				userId: actor.userId,
				action: 'grantDocument.versionAdded',
				targetType: 'grantDocument',
				targetId: id,
				summary: `${input.kind} ${version} (${input.validFrom})`
			},
			now
		);
		return id;
	});
}

/** Pins the versions in force on the day of publishing to the call. */
export function pinDocuments(db: Queryable, call: GrantCallRow, now: Date): void {
	const inForce = Object.values(versionsInForce(documentVersions(db, call.regionId), isoDate(now)));
	if (inForce.length)
		db.insert(grantCallDocument)
			.values(inForce.map((v) => ({ callId: call.id, kind: v.kind, versionId: v.id })))
			.run();
}

/** The versions pinned to the call; none while it is a draft. */
export function pinnedDocuments(db: Queryable, callId: number): PinnedDocuments {
	const rows = db
		.select({ version: grantDocumentVersion })
		.from(grantCallDocument)
		.innerJoin(grantDocumentVersion, eq(grantCallDocument.versionId, grantDocumentVersion.id))
		.where(eq(grantCallDocument.callId, callId))
		.all();
	return Object.fromEntries(rows.map((r) => [r.version.kind, r.version]));
}

/** One version, for whoever of its region reads it: another region's is not found. */
export function documentVersionPage(db: Queryable, actor: Actor, versionId: number) {
	const version = db
		.select()
		.from(grantDocumentVersion)
		.where(eq(grantDocumentVersion.id, versionId))
		.get();
	if (!version || !can(actor, 'grantDocument.read', { regionId: version.regionId }))
		throw notFound();
	return {
		kind: version.kind,
		version: version.version,
		validFrom: version.validFrom,
		textFi: version.textFi,
		textSv: version.textSv
	};
}
