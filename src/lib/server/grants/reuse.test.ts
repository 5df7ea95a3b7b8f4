import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_REMINDER_DAYS } from '../../domain/grant-reuse';
import {
	auditEvent,
	grantApplication,
	grantApplicationCopy,
	grantApplicationFile,
	grantDraftReminder,
	notification
} from '../db/schema';
import { openStatutes, statutesView, uploadStatutes } from '../organisations/statutes';
import { refusal } from '../testing/fixtures';
import { insertApplication, insertCall } from '../testing/grant-fixtures';
import { grantScene, type GrantScene } from '../testing/grant-scene';
import {
	addApplicationFile,
	listApplicationFiles,
	openApplicationFile,
	removeApplicationFile
} from './application-files';
import { startApplication } from './applications';
import { copyApplication, copyChoices } from './copied-applications';
import { remindOfUnfinishedDrafts } from './jobs';
import { authorizeApplication } from './readable';
import { reuseDeliveredFile, reuseOffersOf } from './reused-files';

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);
const DAY = 24 * 60 * 60 * 1000;

let s: GrantScene;
let dir: string;
beforeEach(() => {
	s = grantScene();
	dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-reuse-'));
});

/** Another call of the same region: by default last year's, decided, of the same basket. */
function otherCall(overrides: { budgetYear?: number; closesAt?: Date } = {}) {
	return insertCall(s.db, {
		regionId: s.call.regionId,
		basketId: s.call.basketId,
		decidingBodyId: s.call.decidingBodyId,
		createdBy: s.coordinator.userId,
		opensAt: new Date(s.now.getTime() - 400 * DAY),
		closesAt: overrides.closesAt ?? new Date(s.now.getTime() - 300 * DAY),
		budgetYear: overrides.budgetYear ?? s.call.budgetYear - 1,
		classIds: [s.classId]
	});
}

/** A sent application of the NGO to a call of this budget year, carrying a statutes file. */
async function deliveredThisYear(organisationId = s.ngoId, who = s.applicant) {
	const call = otherCall({ budgetYear: s.call.budgetYear, closesAt: s.afterDeadline });
	const app = insertApplication(s.db, call.id, organisationId, who.userId, { title: 'Kerhot' });
	const fileId = await addApplicationFile(
		s.db,
		who,
		app.id,
		{ kind: 'statutes', filename: 'saannot-2026.pdf', bytes: pdf(`säännöt ${organisationId}`) },
		s.now,
		dir
	);
	s.db
		.update(grantApplication)
		.set({ status: 'submitted' })
		.where(eq(grantApplication.id, app.id))
		.run();
	return { applicationId: app.id, fileId };
}

const accessOf = (applicationId: number) =>
	authorizeApplication(s.db, s.applicant, applicationId, 'grantApplication.read', s.now);

describe('the statutes in the profile', () => {
	it('are uploaded by the NGO, shown with who and when, and read by its people only', async () => {
		await uploadStatutes(
			s.db,
			s.applicant,
			s.ngoId,
			{ filename: 'säännöt.pdf', bytes: pdf('v1') },
			s.now,
			dir
		);
		expect(statutesView(s.db, s.ngoId)).toMatchObject({
			filename: 'säännöt.pdf',
			uploadedAt: s.now,
			uploadedBy: 'hakija'
		});
		const file = openStatutes(s.db, s.colleague, s.ngoId, dir);
		expect(readFileSync(file.path)).toEqual(Buffer.from(pdf('v1')));
		expect(refusal(() => openStatutes(s.db, s.otherNgo, s.ngoId, dir)).code).toBe('not_found');
		expect(
			s.db
				.select()
				.from(auditEvent)
				.where(eq(auditEvent.action, 'organisation.statutesUploaded'))
				.all()
		).toHaveLength(1);
	});

	it('refuse a file of a type not accepted, and another NGO, leaving nothing', async () => {
		const exe = Uint8Array.from([0x4d, 0x5a, ...new Array<number>(254).fill(0)]);
		const upload = (who = s.applicant, bytes = exe) =>
			uploadStatutes(s.db, who, s.ngoId, { filename: 'x.exe', bytes }, s.now, dir);
		await expect(upload()).rejects.toMatchObject({ issues: { file: 'attachment.type' } });
		await expect(upload(s.otherNgo, pdf('x'))).rejects.toMatchObject({ code: 'not_found' });
		await expect(upload(s.handler, pdf('x'))).rejects.toMatchObject({ code: 'forbidden' });
		expect(statutesView(s.db, s.ngoId)).toBeNull();
	});

	it('are replaced, the old bytes kept while an application carries them', async () => {
		const put = (text: string) =>
			uploadStatutes(
				s.db,
				s.applicant,
				s.ngoId,
				{ filename: `${text}.pdf`, bytes: pdf(text) },
				s.now,
				dir
			);
		await put('v1');
		const v1 = openStatutes(s.db, s.applicant, s.ngoId, dir).path;
		const draft = startApplication(s.db, s.applicant, s.call.id, s.now);
		reuseDeliveredFile(s.db, s.applicant, draft, 'statutes', s.now);
		await put('v2');
		expect(statutesView(s.db, s.ngoId)?.filename).toBe('v2.pdf');
		expect(existsSync(v1)).toBe(true);
		const v2 = openStatutes(s.db, s.applicant, s.ngoId, dir).path;
		await put('v3');
		// Nobody carried the second version: it is gone from the disk.
		expect(existsSync(v2)).toBe(false);
	});
});

describe('attachments already delivered', () => {
	it('are offered from the profile and the organisation’s applications of the same year, and reused', async () => {
		await uploadStatutes(
			s.db,
			s.applicant,
			s.ngoId,
			{ filename: 'profiili.pdf', bytes: pdf('profiili') },
			s.now,
			dir
		);
		const sent = await deliveredThisYear();
		const draft = startApplication(s.db, s.applicant, s.call.id, s.now);
		expect(reuseOffersOf(s.db, accessOf(draft), s.now)).toEqual([
			{
				kind: 'statutes',
				files: [
					{ source: 'statutes', filename: 'profiili.pdf', deliveredWith: null },
					{
						source: `file:${sent.fileId}`,
						filename: 'saannot-2026.pdf',
						deliveredWith: { applicationId: sent.applicationId, title: 'Kerhot' }
					}
				]
			}
		]);
		const fileId = reuseDeliveredFile(s.db, s.colleague, draft, `file:${sent.fileId}`, s.now);
		expect(listApplicationFiles(s.db, draft)).toEqual([
			{
				id: fileId,
				kind: 'statutes',
				filename: 'saannot-2026.pdf',
				size: expect.any(Number),
				deliveredWith: { applicationId: sent.applicationId, title: 'Kerhot' }
			}
		]);
		// The same content, not a copy: the handler reads the file the first application sent.
		const original = openApplicationFile(
			s.db,
			s.coordinator,
			sent.applicationId,
			sent.fileId,
			s.now
		);
		const reused = openApplicationFile(s.db, s.applicant, draft, fileId, s.now);
		expect(reused.path).toBe(original.path);
		// The kind is there now: nothing more is offered.
		expect(reuseOffersOf(s.db, accessOf(draft), s.now)).toEqual([]);
	});

	it('name the profile when the statutes came from it, and keep the origin when reused again', async () => {
		await uploadStatutes(
			s.db,
			s.applicant,
			s.ngoId,
			{ filename: 'profiili.pdf', bytes: pdf('p') },
			s.now,
			dir
		);
		const draft = startApplication(s.db, s.applicant, s.call.id, s.now);
		reuseDeliveredFile(s.db, s.applicant, draft, 'statutes', s.now);
		expect(listApplicationFiles(s.db, draft)[0].deliveredWith).toBe('profile');
	});

	it('are not offered from drafts, other years or other organisations; naming one is not found', async () => {
		const foreign = await deliveredThisYear(s.otherNgoId, s.otherNgo);
		const fileOf = (applicationId: number, createdAt: Date) =>
			s.db
				.insert(grantApplicationFile)
				.values({
					applicationId,
					kind: 'statutes',
					filename: 'vanha.pdf',
					contentType: 'application/pdf',
					size: 10,
					sha256: `${applicationId}`.padStart(64, '0'),
					uploadedBy: s.applicant.userId,
					createdAt
				})
				.returning({ id: grantApplicationFile.id })
				.get().id;
		const lastYears = insertApplication(s.db, otherCall().id, s.ngoId, s.applicant.userId, {
			status: 'granted'
		});
		const oldFile = fileOf(lastYears.id, new Date(s.now.getTime() - 400 * DAY));
		const otherDraft = insertApplication(
			s.db,
			otherCall({ budgetYear: s.call.budgetYear, closesAt: s.afterDeadline }).id,
			s.ngoId,
			s.applicant.userId
		);
		const draftFile = fileOf(otherDraft.id, s.now);
		const draft = startApplication(s.db, s.applicant, s.call.id, s.now);
		expect(reuseOffersOf(s.db, accessOf(draft), s.now)).toEqual([]);
		for (const source of [
			`file:${foreign.fileId}`,
			`file:${oldFile}`,
			`file:${draftFile}`,
			'statutes'
		])
			expect(refusal(() => reuseDeliveredFile(s.db, s.applicant, draft, source, s.now)).code).toBe(
				'not_found'
			);
		// Another NGO cannot fetch the file through this application either.
		expect(
			refusal(() => openApplicationFile(s.db, s.otherNgo, draft, foreign.fileId, s.now)).code
		).toBe('not_found');
	});

	it('are reused only by those who may change the draft', async () => {
		const sent = await deliveredThisYear();
		const draft = startApplication(s.db, s.applicant, s.call.id, s.now);
		expect(
			refusal(() => reuseDeliveredFile(s.db, s.otherNgo, draft, `file:${sent.fileId}`, s.now)).code
		).toBe('not_found');
		expect(
			refusal(() =>
				reuseDeliveredFile(s.db, s.applicant, draft, `file:${sent.fileId}`, s.afterDeadline)
			).code
		).toBe('forbidden');
	});

	it('leave the first application’s file on disk when the reuse is removed', async () => {
		const sent = await deliveredThisYear();
		const draft = startApplication(s.db, s.applicant, s.call.id, s.now);
		const fileId = reuseDeliveredFile(s.db, s.applicant, draft, `file:${sent.fileId}`, s.now);
		const path = openApplicationFile(s.db, s.applicant, draft, fileId, s.now, dir).path;
		removeApplicationFile(s.db, s.applicant, draft, fileId, s.now, dir);
		expect(existsSync(path)).toBe(true);
	});
});

describe('copying last year’s application', () => {
	function lastYears(status: 'granted' | 'draft' | 'withdrawn' = 'granted') {
		return insertApplication(s.db, otherCall().id, s.ngoId, s.applicant.userId, {
			title: 'Vertaisryhmät 2026',
			activity: 'Ryhmät joka viikko',
			activityClassId: s.classId,
			targetGroups: 'Nuoret aikuiset',
			municipalityIds: JSON.stringify([s.municipalityId]),
			budget: JSON.stringify({
				costs: [{ label: 'Vuokra', cents: 120_000 }],
				income: [],
				ownFundingCents: 0
			}),
			status,
			amountGrantedCents: 400_000,
			decisionReason: 'Hyvä hakemus'
		});
	}

	it('starts a draft with the texts, class, groups, municipalities and budget, nothing of its handling', () => {
		const source = lastYears();
		expect(copyChoices(s.db, s.applicant, s.call)).toEqual([
			{ applicationId: source.id, title: 'Vertaisryhmät 2026', budgetYear: s.call.budgetYear - 1 }
		]);
		const id = copyApplication(s.db, s.colleague, s.call.id, source.id, s.now);
		const copy = s.db.select().from(grantApplication).where(eq(grantApplication.id, id)).get()!;
		expect(copy).toMatchObject({
			callId: s.call.id,
			organisationId: s.ngoId,
			status: 'draft',
			title: 'Vertaisryhmät 2026',
			activity: 'Ryhmät joka viikko',
			activityClassId: s.classId,
			targetGroups: 'Nuoret aikuiset',
			municipalityIds: JSON.stringify([s.municipalityId]),
			amountRequestedCents: null,
			amountGrantedCents: null,
			decisionReason: '',
			declarationAccepted: false,
			createdBy: s.colleague.userId
		});
		expect(JSON.parse(copy.budget).costs).toEqual([{ label: 'Vuokra', cents: 120_000 }]);
		expect(
			s.db
				.select()
				.from(grantApplicationCopy)
				.where(eq(grantApplicationCopy.applicationId, id))
				.get()
		).toMatchObject({ copiedFromId: source.id, copiedBy: s.colleague.userId });
		expect(
			s.db.select().from(auditEvent).where(eq(auditEvent.action, 'grantApplication.copied')).get()
		).toMatchObject({ targetId: id, userId: s.colleague.userId });
		// One application per organisation and call: nothing more to copy, and a second copy is refused.
		expect(copyChoices(s.db, s.applicant, s.call)).toEqual([]);
		expect(
			refusal(() => copyApplication(s.db, s.applicant, s.call.id, source.id, s.now))
		).toMatchObject({
			code: 'conflict',
			messageKey: 'grantReuse.copy.exists'
		});
	});

	it('is refused for another NGO’s application (not found) and for drafts and withdrawals', () => {
		const foreign = insertApplication(s.db, otherCall().id, s.otherNgoId, s.otherNgo.userId, {
			status: 'granted'
		});
		expect(
			refusal(() => copyApplication(s.db, s.applicant, s.call.id, foreign.id, s.now)).code
		).toBe('not_found');
		for (const status of ['draft', 'withdrawn'] as const) {
			const own = lastYears(status);
			expect(refusal(() => copyApplication(s.db, s.applicant, s.call.id, own.id, s.now)).code).toBe(
				'not_found'
			);
		}
		expect(copyChoices(s.db, s.applicant, s.call)).toEqual([]);
	});

	it('is only for those who may apply, while the call is open', () => {
		const source = lastYears();
		expect(refusal(() => copyApplication(s.db, s.handler, s.call.id, source.id, s.now)).code).toBe(
			'forbidden'
		);
		expect(
			refusal(() => copyApplication(s.db, s.applicant, s.call.id, source.id, s.afterDeadline)).code
		).toBe('forbidden');
	});
});

describe('the reminder to unfinished drafts', () => {
	const remindersOf = (applicationId: number) =>
		s.db
			.select()
			.from(grantDraftReminder)
			.where(eq(grantDraftReminder.applicationId, applicationId))
			.all()
			.map((r) => r.daysBefore)
			.sort((a, b) => b - a);
	const noticesTo = (userId: number) =>
		s.db
			.select()
			.from(notification)
			.where(and(eq(notification.userId, userId), eq(notification.kind, 'grant_draft_reminder')))
			.all();

	it('reaches the NGO’s people a week and a day before closing, once each, never a submitted one', () => {
		const draft = startApplication(s.db, s.applicant, s.call.id, s.now);
		const submitted = insertApplication(s.db, s.call.id, s.otherNgoId, s.otherNgo.userId, {
			status: 'submitted'
		});
		const closes = s.call.closesAt.getTime();
		const weekBefore = new Date(closes - DRAFT_REMINDER_DAYS[0] * DAY + 60_000);
		remindOfUnfinishedDrafts(s.db, new Date(closes - 8 * DAY));
		expect(remindersOf(draft)).toEqual([]);
		remindOfUnfinishedDrafts(s.db, weekBefore);
		// A restart runs the job again: nothing is sent twice.
		remindOfUnfinishedDrafts(s.db, weekBefore);
		expect(remindersOf(draft)).toEqual([7]);
		expect(noticesTo(s.applicant.userId)).toHaveLength(1);
		expect(noticesTo(s.colleague.userId)[0]).toMatchObject({
			link: `/grants/applications/${draft}`
		});
		remindOfUnfinishedDrafts(s.db, new Date(closes - DAY + 60_000));
		expect(remindersOf(draft)).toEqual([7, 1]);
		expect(noticesTo(s.applicant.userId)).toHaveLength(2);
		remindOfUnfinishedDrafts(s.db, new Date(closes + 60_000));
		expect(noticesTo(s.applicant.userId)).toHaveLength(2);
		expect(remindersOf(submitted.id)).toEqual([]);
		expect(noticesTo(s.otherNgo.userId)).toEqual([]);
	});
});
