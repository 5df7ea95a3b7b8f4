/**
 * An application's long texts (application-texts.ts) are co-edited live in
 * its document `application:<id>`. Which way data flows: the live document is
 * the source of the texts; the application's `activity` and `target_groups`
 * columns are its projection, written by the collaboration server shortly
 * after it stores changes, and by every save, submit and completion, which
 * read the document as it stands then. A plain form (no JavaScript) sends
 * its textareas; a text that differs from the document's is put into the
 * document first, so both ways end in the same text. Who changed which text,
 * and when, is recorded here for the collaboration server and the forms alike.
 * Kit-free: the collaboration server uses it too.
 */
import { and, desc, eq } from 'drizzle-orm';
import type * as Y from 'yjs';
import {
	createApplicationDoc,
	normalisedText,
	readApplicationTexts,
	replaceApplicationText,
	type ApplicationTexts
} from '../../documents/application-doc';
import { raisePageSignal } from '../../documents/doc-schema';
import {
	APPLICATION_TEXT_FIELDS,
	APPLICATION_TEXT_MAX_LENGTH,
	continuesEdit,
	isApplicationTextField,
	type ApplicationTextField
} from '../../domain/application-texts';
import { applicationDocName, parseDocName } from '../../domain/doc-name';
import { applicationTextsOpen } from '../../domain/policy';
import { changeLiveDoc, hasDoc, loadDoc, storeNewDoc } from '../collab/store';
import type { Queryable } from '../db/client';
import { grantApplication, grantApplicationTextEdit, user } from '../db/schema';
import { invalid } from '../errors';
import { emitAfterCommit } from '../events';
import { loadApplicationTarget } from './targets';

type ApplicationColumns = { id: number } & ApplicationTexts;

/**
 * The application's live document, made from its saved texts the first time
 * it is needed (applications written before the texts were live have none).
 */
export function applicationDoc(db: Queryable, application: ApplicationColumns): Y.Doc {
	const name = applicationDocName(application.id);
	const loaded = loadDoc(db, name);
	if (loaded) return loaded.doc;
	const doc = createApplicationDoc(application);
	storeNewDoc(db, name, doc);
	return doc;
}

/**
 * The texts as the live document holds them after the form's: each text the
 * form sent (a plain form) replaces the document's when it differs, and is
 * recorded as the user's change. A text over its limit is refused before
 * anything is stored.
 */
export function takeLiveTexts(
	db: Queryable,
	application: ApplicationColumns,
	sent: Partial<ApplicationTexts>,
	userId: number,
	now: Date
): ApplicationTexts {
	let doc = applicationDoc(db, application);
	const held = readApplicationTexts(doc);
	const changed = APPLICATION_TEXT_FIELDS.filter(
		(field) => sent[field] !== undefined && normalisedText(sent[field]) !== held[field]
	);
	if (changed.length > 0) {
		doc = changeLiveDoc(db, applicationDocName(application.id), (live) => {
			for (const field of changed) replaceApplicationText(live, field, sent[field]!);
		});
		recordTextEdits(db, application.id, userId, changed, now);
	}
	const texts = readApplicationTexts(doc);
	const tooLong = APPLICATION_TEXT_FIELDS.filter(
		(field) => texts[field].length > APPLICATION_TEXT_MAX_LENGTH[field]
	);
	if (tooLong.length > 0)
		throw invalid(
			'validation.tooLong',
			Object.fromEntries(tooLong.map((field) => [field, 'validation.tooLong']))
		);
	return texts;
}

/** Puts down the user's change to each of the texts: a new entry, or the latest one continued. */
export function recordTextEdits(
	db: Queryable,
	applicationId: number,
	userId: number,
	fields: readonly ApplicationTextField[],
	now: Date
): void {
	for (const field of fields) {
		const last = lastEdit(db, applicationId, field);
		if (last && continuesEdit(last, { field, userId, at: now }))
			db.update(grantApplicationTextEdit)
				.set({ changedAt: now })
				.where(eq(grantApplicationTextEdit.id, last.id))
				.run();
		else
			db.insert(grantApplicationTextEdit)
				.values({ applicationId, field, userId, startedAt: now, changedAt: now })
				.run();
	}
}

function lastEdit(db: Queryable, applicationId: number, field: ApplicationTextField) {
	return db
		.select({
			id: grantApplicationTextEdit.id,
			userId: grantApplicationTextEdit.userId,
			userName: user.name,
			changedAt: grantApplicationTextEdit.changedAt
		})
		.from(grantApplicationTextEdit)
		.innerJoin(user, eq(grantApplicationTextEdit.userId, user.id))
		.where(
			and(
				eq(grantApplicationTextEdit.applicationId, applicationId),
				eq(grantApplicationTextEdit.field, field)
			)
		)
		.orderBy(desc(grantApplicationTextEdit.id))
		.get();
}

/**
 * Called by the collaboration server for each change an editor makes, with the
 * top-level parts of the document it changed: the application's texts among
 * them are put down as that user's. Other documents are not recorded.
 */
export function attributeLiveEdit(
	db: Queryable,
	docName: string,
	userId: number,
	changedParts: readonly string[],
	now = new Date()
): void {
	const parsed = parseDocName(docName);
	if (parsed?.kind !== 'application') return;
	const fields = changedParts.filter(isApplicationTextField);
	if (fields.length > 0) recordTextEdits(db, parsed.applicationId, userId, fields, now);
}

/**
 * Called by the collaboration server (debounced) after it has stored changes:
 * writes the texts into the application's columns, only while they may change
 * (a change that reached the document as the application was submitted does
 * not alter what was submitted).
 */
export function projectApplicationTexts(
	db: Queryable,
	docName: string,
	doc: Y.Doc,
	now = new Date()
): void {
	const parsed = parseDocName(docName);
	if (parsed?.kind !== 'application') return;
	const loaded = loadApplicationTarget(db, parsed.applicationId, now);
	if (!loaded || !applicationTextsOpen(loaded.applicationTarget)) return;
	const texts = readApplicationTexts(doc);
	if (APPLICATION_TEXT_FIELDS.every((field) => texts[field] === loaded.application[field])) return;
	db.update(grantApplication)
		.set({ ...texts, updatedAt: now })
		.where(eq(grantApplication.id, parsed.applicationId))
		.run();
}

/**
 * After a change of what the application allows (submitted, reopened,
 * completion asked or answered): the collaboration server decides its sockets
 * again, and its open pages reload their data. Call inside the transaction.
 */
export function announceApplicationChange(db: Queryable, applicationId: number): void {
	const name = applicationDocName(applicationId);
	if (hasDoc(db, name)) changeLiveDoc(db, name, raisePageSignal);
	emitAfterCommit('applicationAccessChanged', applicationId);
}

/** Most entries the history on the application page lists. */
const HISTORY_LENGTH = 20;

/** Who changed each text last, and the latest entries of who changed what, newest first. */
export function textEdits(db: Queryable, applicationId: number) {
	const history = db
		.select({
			id: grantApplicationTextEdit.id,
			field: grantApplicationTextEdit.field,
			userName: user.name,
			startedAt: grantApplicationTextEdit.startedAt,
			changedAt: grantApplicationTextEdit.changedAt
		})
		.from(grantApplicationTextEdit)
		.innerJoin(user, eq(grantApplicationTextEdit.userId, user.id))
		.where(eq(grantApplicationTextEdit.applicationId, applicationId))
		.orderBy(desc(grantApplicationTextEdit.changedAt), desc(grantApplicationTextEdit.id))
		.limit(HISTORY_LENGTH)
		.all();
	const last = Object.fromEntries(
		APPLICATION_TEXT_FIELDS.map((field) => {
			const edit = lastEdit(db, applicationId, field);
			return [field, edit ? { userName: edit.userName, changedAt: edit.changedAt } : null];
		})
	) as Record<ApplicationTextField, { userName: string; changedAt: Date } | null>;
	return { last, history };
}
