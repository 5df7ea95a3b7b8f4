import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import type { Db } from '../db/client';
import { attachment, body, membership } from '../db/schema';
import { createTestDb } from '../db/testing';
import { DomainError } from '../errors';
import { listItems } from '../meetings/rows';
import { scheduleMeeting, sendMinutesToReview, startMeeting } from '../meetings/service';
import { approveMinutes, publishMinutes } from '../records/signoff';
import { actorOf, insertActor, insertRegion, insertUser, refusal } from '../testing/fixtures';
import {
	addAttachment,
	listMeetingAttachments,
	openAttachmentForDownload,
	removeAttachment,
	type NewAttachment
} from './service';
import { MAX_ATTACHMENT_BYTES } from '../files/stored-files';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
// A 1×1 PNG.
const PNG = Uint8Array.from(
	Buffer.from(
		'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1bd4c6a0000000049454e44ae426082',
		'hex'
	)
);
// The start of a Windows program: "MZ", then the DOS header.
const EXE = Uint8Array.from([0x4d, 0x5a, ...new Array<number>(254).fill(0)]);

/** A Compound File (old Office, MSI, …) whose directory names one stream. */
function compoundFile(streamName: string): Uint8Array {
	const bytes = new Uint8Array(1024);
	bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
	const entry = 512 + 128; // the second directory entry, after the root
	for (let i = 0; i < streamName.length; i++) bytes[entry + i * 2] = streamName.charCodeAt(i);
	new DataView(bytes.buffer).setUint16(entry + 64, (streamName.length + 1) * 2, true);
	bytes[entry + 66] = 2;
	return bytes;
}

async function refused(upload: Promise<unknown>): Promise<DomainError> {
	try {
		await upload;
	} catch (err) {
		if (err instanceof DomainError) return err;
		throw err;
	}
	throw new Error('expected the upload to be refused');
}

describe('attachments', () => {
	let db: Db;
	let dir: string;
	let secretary: Actor;
	let chair: Actor;
	let member: Actor;
	let guest: Actor;
	let outsider: Actor;
	let coordinator: Actor;
	let meetingId: number;
	let itemKeys: string[];

	beforeEach(() => {
		db = createTestDb();
		dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-liitteet-'));
		const r = insertRegion(db, 'li');
		const bodyId = db
			.insert(body)
			.values({
				regionId: r.regionId,
				name: 'HYTE-foorumi',
				level: 'operational',
				cadenceMin: 2,
				cadenceMax: 4,
				membersCoEditMinutes: false
			})
			.returning()
			.get().id;
		const add = (email: string, role: 'chair' | 'secretary' | 'member' | 'guest') => {
			const u = insertUser(db, r.municipalityId, email);
			db.insert(membership).values({ bodyId, userId: u.id, role }).run();
			return actorOf(db, u.id);
		};
		secretary = add('siht@example.fi', 'secretary');
		chair = add('pj@example.fi', 'chair');
		member = add('jasen@example.fi', 'member');
		guest = add('vieras@example.fi', 'guest');
		outsider = actorOf(db, insertUser(db, r.municipalityId, 'ulkopuolinen@example.fi').id);
		coordinator = insertActor(db, r.countyId, 'koord@example.fi', 'coordinator');
		meetingId = scheduleMeeting(db, secretary, bodyId, {
			title: '',
			startsAt: new Date('2026-04-02T10:00:00Z'),
			endsAt: new Date('2026-04-02T12:00:00Z'),
			place: '',
			onlineUrl: ''
		}).id;
		itemKeys = listItems(db, [meetingId]).map((item) => item.key);
	});

	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	const upload = (actor: Actor, input: Partial<NewAttachment> & Pick<NewAttachment, 'bytes'>) =>
		addAttachment(
			db,
			actor,
			meetingId,
			{ itemKey: itemKeys[0], filename: 'liite.pdf', public: true, ...input },
			dir
		);
	const storedFiles = () => (existsSync(dir) ? readdirSync(dir) : []);
	const rows = () => db.select().from(attachment).all();

	it('accepts a PDF and a PNG, stores them under their hash and numbers them in item order', async () => {
		await upload(secretary, { itemKey: itemKeys[2], filename: 'kartta.png', bytes: PNG });
		await upload(secretary, { itemKey: itemKeys[0], filename: 'talousarvio.pdf', bytes: PDF });
		const listed = listMeetingAttachments(db, meetingId);
		expect(listed.map((a) => [a.number, a.filename, a.contentType, a.itemKey])).toEqual([
			[1, 'talousarvio.pdf', 'application/pdf', itemKeys[0]],
			[2, 'kartta.png', 'image/png', itemKeys[2]]
		]);
		const sha = createHash('sha256').update(PNG).digest('hex');
		expect(readFileSync(join(dir, sha))).toEqual(Buffer.from(PNG));
		// Nothing but the two files: no temporary file left beside them.
		expect(storedFiles()).toHaveLength(2);
	});

	it('takes the type from the bytes and gives the name an ending that fits them', async () => {
		await upload(secretary, { filename: 'C:\\Users\\aino\\muistio\u202Efdp.exe', bytes: PDF });
		await upload(secretary, { filename: `${'a'.repeat(300)}.png`, bytes: PNG });
		const [pdf, png] = listMeetingAttachments(db, meetingId);
		expect(pdf).toMatchObject({ filename: 'muistiofdp.exe.pdf', contentType: 'application/pdf' });
		expect(png.filename).toHaveLength(200);
		expect(png.filename.endsWith('.png')).toBe(true);
	});

	it('refuses an oversized file and a program renamed to .pdf, and stores nothing', async () => {
		const oversized = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
		oversized.set(PDF);
		const tooLarge = await refused(upload(secretary, { bytes: oversized }));
		expect([tooLarge.messageKey, tooLarge.issues.file]).toEqual([
			'attachment.tooLarge',
			'attachment.tooLarge'
		]);
		const program = await refused(upload(secretary, { filename: 'esitys.pdf', bytes: EXE }));
		expect([program.code, program.messageKey, program.issues.file]).toEqual([
			'invalid',
			'attachment.type',
			'attachment.type'
		]);
		expect(rows()).toEqual([]);
		expect(storedFiles()).toEqual([]);
	});

	it('accepts old Word and Excel files but no other compound files, such as installers', async () => {
		await upload(secretary, { filename: 'vanha.doc', bytes: compoundFile('WordDocument') });
		await upload(secretary, { filename: 'taulukko', bytes: compoundFile('Workbook') });
		expect(listMeetingAttachments(db, meetingId).map((a) => [a.filename, a.contentType])).toEqual([
			['vanha.doc', 'application/msword'],
			['taulukko.xls', 'application/vnd.ms-excel']
		]);
		const installer = await refused(
			upload(secretary, { filename: 'ohje.doc', bytes: compoundFile('SummaryInformation') })
		);
		expect(installer.messageKey).toBe('attachment.type');
		expect(rows()).toHaveLength(2);
	});

	it('stores identical content once and keeps the file while another attachment uses it', async () => {
		const first = await upload(secretary, { bytes: PDF });
		const second = await upload(secretary, {
			itemKey: itemKeys[1],
			filename: 'sama.pdf',
			bytes: PDF
		});
		expect(storedFiles()).toEqual([first.sha256]);
		removeAttachment(db, secretary, meetingId, first.id, dir);
		expect(storedFiles()).toEqual([first.sha256]);
		removeAttachment(db, secretary, meetingId, second.id, dir);
		expect(storedFiles()).toEqual([]);
		expect(rows()).toEqual([]);
	});

	it('lets only the editors of the agenda or the minutes add and remove, and nobody after the meeting', async () => {
		expect((await refused(upload(member, { bytes: PDF }))).code).toBe('forbidden');
		expect((await refused(upload(outsider, { bytes: PDF }))).code).toBe('forbidden');
		const added = await upload(secretary, { bytes: PDF });
		expect(refusal(() => removeAttachment(db, member, meetingId, added.id, dir)).code).toBe(
			'forbidden'
		);
		startMeeting(db, secretary, meetingId);
		expect((await refused(upload(member, { bytes: PNG }))).code).toBe('forbidden');
		await upload(secretary, { bytes: PNG });
		sendMinutesToReview(db, secretary, meetingId);
		const locked = await refused(upload(secretary, { bytes: PNG }));
		expect([locked.code, locked.messageKey]).toEqual(['conflict', 'attachment.locked']);
		expect(
			refusal(() => removeAttachment(db, secretary, meetingId, added.id, dir)).messageKey
		).toBe('attachment.locked');
		expect(rows()).toHaveLength(2);
	});

	it('lets members download a non-public attachment, but not guests or outsiders, and never says it exists', async () => {
		const closed = await upload(secretary, {
			filename: 'luottamuksellinen.pdf',
			bytes: PDF,
			public: false
		});
		const open = await upload(secretary, { filename: 'kartta.png', bytes: PNG });
		expect(openAttachmentForDownload(db, member, closed.id, dir)).toEqual({
			path: join(dir, closed.sha256),
			filename: 'luottamuksellinen.pdf',
			contentType: 'application/pdf',
			size: PDF.length
		});
		expect(openAttachmentForDownload(db, guest, open.id, dir).filename).toBe('kartta.png');
		expect(refusal(() => openAttachmentForDownload(db, guest, closed.id, dir)).code).toBe(
			'not_found'
		);
		expect(refusal(() => openAttachmentForDownload(db, outsider, closed.id, dir)).code).toBe(
			'not_found'
		);
		expect(refusal(() => openAttachmentForDownload(db, outsider, open.id, dir)).code).toBe(
			'not_found'
		);
	});

	it('lets the public download only the public attachments of published minutes', async () => {
		const open = await upload(secretary, { filename: 'kartta.png', bytes: PNG });
		const closed = await upload(secretary, {
			filename: 'luottamuksellinen.pdf',
			bytes: PDF,
			public: false
		});
		startMeeting(db, secretary, meetingId);
		sendMinutesToReview(db, secretary, meetingId);
		approveMinutes(db, secretary, meetingId);
		approveMinutes(db, chair, meetingId);
		expect(refusal(() => openAttachmentForDownload(db, null, open.id, dir)).code).toBe('not_found');
		publishMinutes(db, coordinator, meetingId);
		expect(openAttachmentForDownload(db, null, open.id, dir).path).toBe(join(dir, open.sha256));
		expect(openAttachmentForDownload(db, outsider, open.id, dir).filename).toBe('kartta.png');
		expect(refusal(() => openAttachmentForDownload(db, null, closed.id, dir)).code).toBe(
			'not_found'
		);
		expect(refusal(() => openAttachmentForDownload(db, null, 9999, dir)).code).toBe('not_found');
	});
});
