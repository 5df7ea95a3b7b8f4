/**
 * Attachments (liitteet) of agenda items: files stored on disk beside the
 * database under their SHA-256, each described by a row in `attachment`.
 * The type is read from the bytes, never taken from the file name or the
 * browser, and a refused upload leaves nothing behind: every check runs
 * before the first write.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
	closeSync,
	existsSync,
	fsyncSync,
	mkdirSync,
	openSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { Actor, BodyTarget } from '../../domain/policy';
import { assertCan, attachmentChangeAction, mayReadAttachment } from '../access';
import { bodyTarget } from '../bodies/target';
import { readConfig } from '../config';
import type { Db, Queryable } from '../db/client';
import { agendaItem, attachment, body, meeting, type Attachment } from '../db/schema';
import { conflict, invalid, notFound } from '../errors';
import { authorizeMeeting, getMeeting } from '../meetings/readable';
import { listItems } from '../meetings/rows';
import { getPublishedRecord } from '../records/published';
import { reindexMeeting } from '../search/index';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const MAX_FILENAME_LENGTH = 200;

interface AcceptedType {
	contentType: string;
	/** File name endings that fit the type; the first is added when the name has none of them. */
	extensions: readonly string[];
}

/** Keyed by the `ext` file-type reads from the bytes. Macro-enabled Office files (docm, xlsm, …) are not here on purpose. */
const ACCEPTED = new Map<string, AcceptedType>([
	['pdf', { contentType: 'application/pdf', extensions: ['pdf'] }],
	[
		'docx',
		{
			contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			extensions: ['docx']
		}
	],
	[
		'xlsx',
		{
			contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			extensions: ['xlsx']
		}
	],
	[
		'pptx',
		{
			contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
			extensions: ['pptx']
		}
	],
	['odt', { contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] }],
	['ods', { contentType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] }],
	['odp', { contentType: 'application/vnd.oasis.opendocument.presentation', extensions: ['odp'] }],
	['png', { contentType: 'image/png', extensions: ['png'] }],
	['jpg', { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] }],
	['gif', { contentType: 'image/gif', extensions: ['gif'] }],
	['webp', { contentType: 'image/webp', extensions: ['webp'] }]
]);
const LEGACY_WORD: AcceptedType = { contentType: 'application/msword', extensions: ['doc'] };
const LEGACY_EXCEL: AcceptedType = { contentType: 'application/vnd.ms-excel', extensions: ['xls'] };

/** For the file input's `accept`: it only narrows the browser's picker, the server still decides. */
export const ATTACHMENT_ACCEPT = [...ACCEPTED.values(), LEGACY_WORD, LEGACY_EXCEL]
	.flatMap((type) => type.extensions.map((extension) => `.${extension}`))
	.join(',');

/** `attachments/` in the database's folder, so the data folder holds everything a backup needs. */
export function attachmentDir(databasePath = readConfig().databasePath): string {
	return join(dirname(resolve(databasePath)), 'attachments');
}

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

const refuse = (key: string) => invalid(key, { file: key });

/**
 * Old Word and Excel files are both Compound File Binary containers, like MSI
 * installers and Outlook messages. A directory entry naming the main stream
 * ("WordDocument", "Workbook", or "Book" in Excel 5) tells them apart. Entries
 * are 128 bytes and sectors start at multiples of 512, so every entry lies on
 * a 128-byte boundary after the header.
 */
function legacyOfficeType(bytes: Uint8Array): AcceptedType | null {
	const streams = new Map([
		['WordDocument', LEGACY_WORD],
		['Workbook', LEGACY_EXCEL],
		['Book', LEGACY_EXCEL]
	]);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const decoder = new TextDecoder('utf-16le');
	for (let offset = 512; offset + 128 <= bytes.length; offset += 128) {
		const nameBytes = view.getUint16(offset + 64, true);
		const isStream = bytes[offset + 66] === 2;
		if (!isStream || nameBytes < 4 || nameBytes > 64) continue;
		// The stored length counts the terminating NUL.
		const found = streams.get(decoder.decode(bytes.subarray(offset, offset + nameBytes - 2)));
		if (found) return found;
	}
	return null;
}

async function detectType(bytes: Uint8Array): Promise<AcceptedType | null> {
	const found = await fileTypeFromBuffer(bytes);
	if (!found) return null;
	return found.ext === 'cfb' ? legacyOfficeType(bytes) : (ACCEPTED.get(found.ext) ?? null);
}

/**
 * The name the file is listed and downloaded with: no folders (old browsers
 * send a whole path), no control or bidirectional-override characters (which
 * can show "exe.pdf" for "fdp.exe"), at most 200 characters. The ending must
 * fit the bytes, because the ending decides which program opens the download:
 * a PDF uploaded as "x.exe" is kept as "x.exe.pdf".
 */
function attachmentFilename(raw: string, type: AcceptedType): string {
	const base = (raw.split(/[\\/]/).pop() ?? '')
		.normalize('NFC')
		.replace(/[\p{Cc}\p{Cf}]/gu, '')
		.replace(/^[\s.]+|[\s.]+$/g, '');
	const dot = base.lastIndexOf('.');
	const fits = dot > 0 && type.extensions.includes(base.slice(dot + 1).toLowerCase());
	const stem = fits ? base.slice(0, dot) : base;
	const ending = fits ? base.slice(dot) : `.${type.extensions[0]}`;
	// Cut by code points, so that a character outside the BMP is never split in half.
	const kept = Array.from(stem)
		.slice(0, MAX_FILENAME_LENGTH - ending.length)
		.join('');
	return `${kept || 'liite'}${ending}`;
}

/**
 * Writes the bytes under their hash unless the same content is there already.
 * A temporary file in the same folder, flushed and then renamed over, means a
 * crash leaves either nothing or the whole file under the hash, never half.
 */
function storeFile(dir: string, sha256: string, bytes: Uint8Array): void {
	const target = join(dir, sha256);
	if (existsSync(target)) return;
	mkdirSync(dir, { recursive: true });
	const temp = join(dir, `.${sha256}.${randomUUID()}.tmp`);
	try {
		const fd = openSync(temp, 'wx');
		try {
			writeFileSync(fd, bytes);
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		renameSync(temp, target);
	} catch (err) {
		rmSync(temp, { force: true });
		throw err;
	}
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
	if (input.bytes.length === 0) throw refuse('attachment.missing');
	if (input.bytes.length > MAX_ATTACHMENT_BYTES) throw refuse('attachment.tooLarge');
	const type = await detectType(input.bytes);
	if (!type) throw refuse('attachment.type');
	const sha256 = createHash('sha256').update(input.bytes).digest('hex');
	// Synchronous from here: the row and the file change with no other request in between.
	return db.transaction((tx) => {
		authorise(tx);
		const row = tx
			.insert(attachment)
			.values({
				meetingId,
				itemKey: input.itemKey,
				filename: attachmentFilename(input.filename, type),
				contentType: type.contentType,
				size: input.bytes.length,
				sha256,
				public: input.public,
				uploadedBy: actor.userId
			})
			.returning()
			.get();
		then(tx, row);
		reindexMeeting(tx, meetingId);
		// Last, so a failed write rolls the row back. A failed commit after it leaves an
		// unreferenced file, which is harmless: the same content would be stored there anyway.
		storeFile(dir, sha256, input.bytes);
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
		return !tx
			.select({ id: attachment.id })
			.from(attachment)
			.where(eq(attachment.sha256, row.sha256))
			.limit(1)
			.get();
	});
	// Only after the commit, so a rolled-back removal never finds its file gone.
	if (unused) rmSync(join(dir, row.sha256), { force: true });
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
		path: join(dir, file.sha256),
		filename: file.filename,
		contentType: file.contentType,
		size: file.size
	};
}
