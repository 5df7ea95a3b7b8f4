/**
 * Uploaded files (meeting attachments, the files of grant applications):
 * stored on disk beside the database under their SHA-256, each described by
 * a row of its own area. The type is read from the bytes, never taken from
 * the file name or the browser, and a refused upload leaves nothing behind:
 * every check runs before the first write.
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
import { eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { scanAccepted } from '../../domain/grant-paper';
import { readConfig } from '../config';
import type { Queryable } from '../db/client';
import { attachment, grantApplicationFile, organisationStatutes } from '../db/schema';
import { invalid } from '../errors';

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
const acceptOf = (types: AcceptedType[]) =>
	types.flatMap((type) => type.extensions.map((extension) => `.${extension}`)).join(',');

export const ATTACHMENT_ACCEPT = acceptOf([...ACCEPTED.values(), LEGACY_WORD, LEGACY_EXCEL]);

/** What the file picker offers for a paper application's scan. */
export const SCAN_ACCEPT = acceptOf(
	[...ACCEPTED.values()].filter((t) => scanAccepted(t.contentType))
);

/** `attachments/` in the database's folder, so the data folder holds everything a backup needs. */
export function attachmentDir(databasePath = readConfig().databasePath): string {
	return join(dirname(resolve(databasePath)), 'attachments');
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
 * Called last in the transaction that adds the file's row, so a failed write rolls the row back.
 */
export function storeFile(dir: string, { sha256, bytes }: CheckedFile): void {
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

/** An upload that passed the checks: what its row records. */
export interface CheckedFile {
	filename: string;
	contentType: string;
	size: number;
	sha256: string;
	bytes: Uint8Array;
}

/**
 * Checks an upload before anything is written: not empty, not too large, of
 * an accepted type read from its bytes. Refusals name the `file` field.
 */
export async function checkUpload(filename: string, bytes: Uint8Array): Promise<CheckedFile> {
	if (bytes.length === 0) throw refuse('attachment.missing');
	if (bytes.length > MAX_ATTACHMENT_BYTES) throw refuse('attachment.tooLarge');
	const type = await detectType(bytes);
	if (!type) throw refuse('attachment.type');
	return {
		filename: attachmentFilename(filename, type),
		contentType: type.contentType,
		size: bytes.length,
		sha256: createHash('sha256').update(bytes).digest('hex'),
		bytes
	};
}

/**
 * Whether any row of any area still names the content: the same bytes
 * uploaded to a meeting, to an application and to an NGO's profile are one
 * file on disk.
 */
export function fileUnused(db: Queryable, sha256: string): boolean {
	const inAttachments = db
		.select({ id: attachment.id })
		.from(attachment)
		.where(eq(attachment.sha256, sha256))
		.limit(1)
		.get();
	const inApplications = db
		.select({ id: grantApplicationFile.id })
		.from(grantApplicationFile)
		.where(eq(grantApplicationFile.sha256, sha256))
		.limit(1)
		.get();
	const inProfiles = db
		.select({ id: organisationStatutes.organisationId })
		.from(organisationStatutes)
		.where(eq(organisationStatutes.sha256, sha256))
		.limit(1)
		.get();
	return !inAttachments && !inApplications && !inProfiles;
}

/** Removes the content from disk; only after the commit that removed its last row. */
export function removeStoredFile(dir: string, sha256: string): void {
	rmSync(join(dir, sha256), { force: true });
}

/** Where a stored content lies, for a download. */
export function storedFilePath(dir: string, sha256: string): string {
	return join(dir, sha256);
}
