import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { refusal } from '../testing/fixtures';
import { grantScene, type GrantScene } from '../testing/grant-scene';
import {
	addApplicationFile,
	listApplicationFiles,
	openApplicationFile,
	removeApplicationFile
} from './application-files';
import { startApplication, submitApplication } from './applications';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
const EXE = Uint8Array.from([0x4d, 0x5a, ...new Array<number>(254).fill(0)]);

let s: GrantScene;
let dir: string;
let id: number;
beforeEach(() => {
	s = grantScene();
	dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-hakemus-'));
	id = startApplication(s.db, s.applicant, s.call.id, s.now);
});

const upload = (bytes: Uint8Array, who = s.applicant) =>
	addApplicationFile(
		s.db,
		who,
		id,
		{ kind: 'statutes', filename: 'säännöt.exe', bytes },
		s.now,
		dir
	);

describe('the files of an application', () => {
	it('follow the attachment rules: the type read from the bytes, stored under the hash', async () => {
		const fileId = await upload(PDF);
		expect(listApplicationFiles(s.db, id)).toEqual([
			{
				id: fileId,
				kind: 'statutes',
				filename: 'säännöt.exe.pdf',
				size: PDF.length,
				deliveredWith: null
			}
		]);
		const download = openApplicationFile(s.db, s.colleague, id, fileId, s.now, dir);
		expect(readFileSync(download.path)).toEqual(Buffer.from(PDF));
		const refused = await upload(EXE).catch((err: DomainError) => err);
		expect(refused).toMatchObject({ code: 'invalid', issues: { file: 'attachment.type' } });
		expect(listApplicationFiles(s.db, id)).toHaveLength(1);
	});

	it('are removed while the draft is open, and not after submission', async () => {
		const fileId = await upload(PDF);
		const path = openApplicationFile(s.db, s.applicant, id, fileId, s.now, dir).path;
		removeApplicationFile(s.db, s.colleague, id, fileId, s.now, dir);
		expect(existsSync(path)).toBe(false);
		const kept = await upload(PDF);
		submitApplication(
			s.db,
			s.applicant,
			id,
			{
				title: 'Ryhmät',
				activity: 'Ryhmät',
				activityClassId: s.classId,
				targetGroups: '',
				municipalityIds: [],
				amountRequestedCents: 100,
				budget: { costs: [], income: [], ownFundingCents: 0 },
				declarationAccepted: true
			},
			s.now
		);
		expect(refusal(() => removeApplicationFile(s.db, s.applicant, id, kept, s.now, dir)).code).toBe(
			'forbidden'
		);
		await expect(upload(PDF)).rejects.toMatchObject({ code: 'forbidden' });
		// The handler reads what was sent.
		expect(openApplicationFile(s.db, s.handler, id, kept, s.now, dir).filename).toBe(
			'säännöt.exe.pdf'
		);
	});

	it('are not found for another NGO, nor under another application', async () => {
		const fileId = await upload(PDF);
		expect(refusal(() => openApplicationFile(s.db, s.otherNgo, id, fileId, s.now, dir)).code).toBe(
			'not_found'
		);
		expect(refusal(() => openApplicationFile(s.db, null, id, fileId, s.now, dir)).code).toBe(
			'not_found'
		);
		const theirs = startApplication(s.db, s.otherNgo, s.call.id, s.now);
		expect(
			refusal(() => openApplicationFile(s.db, s.otherNgo, theirs, fileId, s.now, dir)).code
		).toBe('not_found');
		expect(
			refusal(() => removeApplicationFile(s.db, s.otherNgo, theirs, fileId, s.now, dir)).code
		).toBe('not_found');
		await expect(upload(PDF, s.otherNgo)).rejects.toMatchObject({ code: 'not_found' });
	});
});
