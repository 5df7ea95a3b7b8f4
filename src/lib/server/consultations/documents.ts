/**
 * Plan documents: created by the region's coordinators, co-edited live as
 * `document:<id>` on the collaboration server, and frozen into numbered
 * versions that consultation rounds refer to.
 */
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { and, desc, eq, max } from 'drizzle-orm';
import { createPlanDoc, readSections, sectionText } from '../../documents/plan-doc';
import {
	VersionSectionsSchema,
	type DocumentKind,
	type VersionSection
} from '../../domain/consultations';
import { planDocName } from '../../domain/doc-name';
import { can, type Actor } from '../../domain/policy';
import { richTextToHtml, richTextToPlain, type RichNode } from '../../domain/rich-text';
import { assertCan, assertCanRead } from '../access';
import { loadDoc, storeNewDoc } from '../collab/store';
import type { Db, Queryable } from '../db/client';
import { parseStored } from '../db/stored';
import {
	documentVersion,
	planDocument,
	user,
	type DocumentVersion,
	type PlanDocument
} from '../db/schema';
import { conflict, notFound } from '../errors';

/** The sections a new document starts with, so the editor opens on something to fill in. */
const STARTING_SECTIONS = [{ title: 'Johdanto' }];

export interface NewPlanDocument {
	kind: DocumentKind;
	title: string;
	/** The text to start from, as plain paragraphs per section; by default one empty introduction. */
	sections?: readonly { title: string; text?: string }[];
}

/** May the actor start plan documents? Those who run their region's consultations may. */
export function authorizeNewPlanDocument(actor: Actor): void {
	assertCan(actor, 'consultation.manage', { regionId: actor.regionId });
}

export function createPlanDocument(
	db: Db,
	actor: Actor,
	input: NewPlanDocument,
	now = new Date()
): PlanDocument {
	authorizeNewPlanDocument(actor);
	const { sections = STARTING_SECTIONS, ...fields } = input;
	return db.transaction((tx) => {
		const created = tx
			.insert(planDocument)
			.values({ ...fields, regionId: actor.regionId, createdBy: actor.userId, createdAt: now })
			.returning()
			.get();
		storeNewDoc(tx, planDocName(created.id), createPlanDoc(sections));
		return created;
	});
}

function documentRow(db: Queryable, documentId: number): PlanDocument {
	const row = db.select().from(planDocument).where(eq(planDocument.id, documentId)).get();
	if (!row) throw notFound();
	return row;
}

/** A document for those who run its region's consultations. */
export function getPlanDocument(db: Queryable, actor: Actor, documentId: number): PlanDocument {
	const row = documentRow(db, documentId);
	assertCanRead(actor, 'consultation.manage', { regionId: row.regionId });
	return row;
}

/** The documents whose consultations the actor runs; only the actor's region is read (a site admin's, every region). */
export function listPlanDocuments(db: Queryable, actor: Actor): PlanDocument[] {
	return db
		.select()
		.from(planDocument)
		.where(actor.siteRole === 'admin' ? undefined : eq(planDocument.regionId, actor.regionId))
		.orderBy(desc(planDocument.createdAt), desc(planDocument.id))
		.all()
		.filter((row) => can(actor, 'consultation.manage', { regionId: row.regionId }));
}

/**
 * Freezes the live document as it stands into the next version: each section's
 * rich text is rendered once to sanitised HTML (only the editor's own nodes,
 * every text escaped) and plain text, and never changes afterwards.
 */
export function freezeVersion(
	db: Db,
	actor: Actor,
	documentId: number,
	now = new Date()
): DocumentVersion {
	getPlanDocument(db, actor, documentId);
	const loaded = loadDoc(db, planDocName(documentId));
	if (!loaded) throw conflict('consultations.document.missing');
	const sections: VersionSection[] = readSections(loaded.doc).map(({ id, title }) => {
		const fragment = sectionText(loaded.doc, id);
		const rich = fragment.length > 0 ? (yXmlFragmentToProsemirrorJSON(fragment) as RichNode) : null;
		return { id, title, html: richTextToHtml(rich), text: richTextToPlain(rich) };
	});
	if (sections.length === 0) throw conflict('consultations.document.empty');
	return db.transaction((tx) => {
		const last = tx
			.select({ number: max(documentVersion.number) })
			.from(documentVersion)
			.where(eq(documentVersion.documentId, documentId))
			.get();
		return tx
			.insert(documentVersion)
			.values({
				documentId,
				number: (last?.number ?? 0) + 1,
				sections: JSON.stringify(sections),
				createdBy: actor.userId,
				createdAt: now
			})
			.returning()
			.get();
	});
}

export function versionSections(
	version: Pick<DocumentVersion, 'id' | 'sections'>
): VersionSection[] {
	return parseStored(VersionSectionsSchema, version.sections, `document version ${version.id}`);
}

export function listVersions(db: Queryable, actor: Actor, documentId: number) {
	getPlanDocument(db, actor, documentId);
	return db
		.select({
			id: documentVersion.id,
			number: documentVersion.number,
			createdAt: documentVersion.createdAt,
			createdBy: user.name,
			sections: documentVersion.sections
		})
		.from(documentVersion)
		.innerJoin(user, eq(documentVersion.createdBy, user.id))
		.where(eq(documentVersion.documentId, documentId))
		.orderBy(desc(documentVersion.number))
		.all()
		.map(({ sections, ...version }) => ({
			...version,
			sections: versionSections({ id: version.id, sections })
		}));
}

/**
 * A version of the document the URL names, for opening a round on it: a version of another
 * document is as absent as a missing one.
 */
export function getVersion(
	db: Queryable,
	actor: Actor,
	documentId: number,
	versionId: number
): { version: DocumentVersion; document: PlanDocument } {
	const document = getPlanDocument(db, actor, documentId);
	const version = db
		.select()
		.from(documentVersion)
		.where(and(eq(documentVersion.id, versionId), eq(documentVersion.documentId, documentId)))
		.get();
	if (!version) throw notFound();
	return { version, document };
}
