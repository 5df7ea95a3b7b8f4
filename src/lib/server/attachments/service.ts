/**
 * Attachments (liitteet) of agenda items: files stored as `files/stored-files.ts`
 * stores them, each described by a row in `attachment`.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Actor, BodyTarget } from '../../domain/policy';
import { assertCan, attachmentChangeAction, mayReadAttachment } from '../access';
import { bodyTarget } from '../bodies/target';
import type { Db, Queryable } from '../db/client';
import { agendaItem, attachment, body, meeting, type Attachment } from '../db/schema';
import { conflict, notFound } from '../errors';
import {
	attachmentDir,
	checkUpload,
	fileUnused,
	removeStoredFile,
	storedFilePath,
	storeFile
} from '../files/stored-files';
import { authorizeMeeting, getMeeting } from '../meetings/readable';
import { listItems } from '../meetings/rows';
import { getPublishedRecord } from '../records/published';
import { reindexMeeting } from '../search/index';

/**
 * Someone who may change the meeting's attachments as it stands: not found for one
 * who may not read the meeting, forbidden for a reader who may not edit it. Once
 * attachments are locked the use cases answer with the conflict.
 */
export function authorizeAttachmentChange(db: Queryable, actor: Actor, meetingId: number): void {
	const { meeting: current, body: owner } = authorizeMeeting(db, actor, meetingId, 'meeting.read');
	const action = attachmentChangeAction(current.status);
	if (action) assertCan(actor, action, bodyTarget(owner));
}

function assertMayChange(db: Queryable, actor: Actor, meetingId: number): void {
	const { meeting: current, body: owner } = getMeeting(db, actor, meetingId);
	const action = attachmentChangeAction(current.status);
	if (!action) throw conflict('attachment.locked', { file: 'attachment.locked' });
	assertCan(actor, action, bodyTarget(owner));
}

export interface NewAttachment {
	itemKey: string;
	filename: string;
	bytes: Uint8Array;
	public: boolean;
}

export async function addAttachment(
	db: Db,
	actor: Actor,
	meetingId: number,
	input: NewAttachment,
	dir = attachmentDir()
): Promise<Attachment> {
	return storeAttachment(
		db,
		actor,
		meetingId,
		input,
		(q) => assertMayChange(q, actor, meetingId),
		dir
	);
}

/**
 * Checks and stores an attachment, and runs `then` with it in the same
 * transaction. `authorise` says who may add it (the agenda's editors, or an
 * organisation answering a request) and runs again inside the transaction,
 * because the meeting may have moved on while the bytes were read.
 */
export async function storeAttachment(
	db: Db,
	actor: Actor,
	meetingId: number,
	input: NewAttachment,
	authorise: (db: Queryable) => void,
	dir = attachmentDir(),
	then: (db: Queryable, stored: Attachment) => void = () => {}
): Promise<Attachment> {
	// An item of another meeting, or one no longer on the agenda, names nothing here,
	// whatever the meeting's status (the page has already refused who may not act).
	if (!listItems(db, [meetingId]).some((item) => item.key === input.itemKey)) throw notFound();
	authorise(db);
	const file = await checkUpload(input.filename, input.bytes);
	// Synchronous from here: the row and the file change with no other request in between.
	return db.transaction((tx) => {
		authorise(tx);
		const row = tx
			.insert(attachment)
			.values({
				meetingId,
				itemKey: input.itemKey,
				filename: file.filename,
				contentType: file.contentType,
				size: file.size,
				sha256: file.sha256,
				public: input.public,
				uploadedBy: actor.userId
			})
			.returning()
			.get();
		then(tx, row);
		reindexMeeting(tx, meetingId);
		// Last, so a failed write rolls the row back. A failed commit after it leaves an
		// unreferenced file, which is harmless: the same content would be stored there anyway.
		storeFile(dir, file);
		return row;
	});
}

/** Removes an attachment of the meeting; one of another meeting is not found here. */
export function removeAttachment(
	db: Db,
	actor: Actor,
	meetingId: number,
	attachmentId: number,
	dir = attachmentDir()
): void {
	const row = db
		.select()
		.from(attachment)
		.where(and(eq(attachment.id, attachmentId), eq(attachment.meetingId, meetingId)))
		.get();
	if (!row) throw notFound();
	assertMayChange(db, actor, meetingId);
	const unused = db.transaction((tx) => {
		tx.delete(attachment).where(eq(attachment.id, attachmentId)).run();
		reindexMeeting(tx, row.meetingId);
		return fileUnused(tx, row.sha256);
	});
	// Only after the commit, so a rolled-back removal never finds its file gone.
	if (unused) removeStoredFile(dir, row.sha256);
}

export interface MeetingAttachment {
	id: number;
	itemKey: string;
	/** "Liite 3": numbered through the meeting in item order. */
	number: number;
	filename: string;
	contentType: string;
	size: number;
	public: boolean;
}

/**
 * The meeting's attachments in item order, numbered as the record numbers them
 * (`records/build.ts`): an item taken off the agenda takes its attachments out
 * of the numbering too. Callers check that the actor may see the meeting.
 */
export function listMeetingAttachments(db: Queryable, meetingId: number): MeetingAttachment[] {
	return db
		.select({
			id: attachment.id,
			itemKey: attachment.itemKey,
			filename: attachment.filename,
			contentType: attachment.contentType,
			size: attachment.size,
			public: attachment.public
		})
		.from(attachment)
		.innerJoin(
			agendaItem,
			and(eq(agendaItem.meetingId, attachment.meetingId), eq(agendaItem.key, attachment.itemKey))
		)
		.where(eq(attachment.meetingId, meetingId))
		.orderBy(asc(agendaItem.position), asc(attachment.id))
		.all()
		.map((row, index) => ({ ...row, number: index + 1 }));
}

function mayDownload(
	db: Queryable,
	actor: Actor | null,
	file: Attachment,
	target: BodyTarget
): boolean {
	if (mayReadAttachment(actor, target, file)) return true;
	// Everyone else gets what the published record lists: it already leaves out non-public items and attachments.
	const published = file.public ? getPublishedRecord(db, file.meetingId) : null;
	return (
		published?.record.items.some((item) =>
			item.attachments.some((listed) => listed.id === file.id)
		) ?? false
	);
}

export interface AttachmentDownload {
	path: string;
	filename: string;
	contentType: string;
	size: number;
}

/** The file to send, or not found: a refusal looks the same as a missing attachment, so nothing reveals that it exists. */
export function openAttachmentForDownload(
	db: Queryable,
	actor: Actor | null,
	attachmentId: number,
	dir = attachmentDir()
): AttachmentDownload {
	const row = db
		.select({ attachment, body })
		.from(attachment)
		.innerJoin(meeting, eq(attachment.meetingId, meeting.id))
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.where(eq(attachment.id, attachmentId))
		.get();
	if (!row || !mayDownload(db, actor, row.attachment, bodyTarget(row.body))) throw notFound();
	const file = row.attachment;
	return {
		path: storedFilePath(dir, file.sha256),
		filename: file.filename,
		contentType: file.contentType,
		size: file.size
	};
}
