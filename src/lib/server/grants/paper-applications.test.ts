import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../domain/time';
import { auditEvent, grantApplication } from '../db/schema';
import { refusal, unverifyOrganisation } from '../testing/fixtures';
import { grantScene, type GrantScene } from '../testing/grant-scene';
import {
	addApplicationFile,
	listApplicationFiles,
	removeApplicationFile
} from './application-files';
import { applicationForApi } from './applications-api';
import { applicationPage } from './application-page';
import {
	saveDraft,
	startApplication,
	submitApplication,
	withdrawApplication
} from './applications';
import { handlerList } from './handler-list';
import { enterPaperApplication, paperEntryChoices } from './paper-applications';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
const DOCX_LIKE = new TextEncoder().encode('just some text, not a scan');
const DAY = 24 * 60 * 60 * 1000;

let s: GrantScene;
let dir: string;
beforeEach(() => {
	s = grantScene();
	dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-paperi-'));
});

const enter = (
	overrides: { organisationId?: number; receivedOn?: string; bytes?: Uint8Array } = {},
	who = s.handler,
	now = s.now
) =>
	enterPaperApplication(
		s.db,
		who,
		s.call.id,
		{
			organisationId: overrides.organisationId ?? s.ngoId,
			receivedOn: overrides.receivedOn ?? isoDate(s.now),
			scan: { filename: 'hakemus.pdf', bytes: overrides.bytes ?? PDF }
		},
		now,
		dir
	);

const draft = {
	title: 'Vertaisryhmät',
	activity: 'Ryhmät kerran viikossa',
	activityClassId: null as number | null,
	targetGroups: 'Omaiset',
	municipalityIds: [],
	amountRequestedCents: 500_000,
	budget: { costs: [], income: [], ownFundingCents: 0 },
	declarationAccepted: true
};

describe('a paper application', () => {
	it('is entered by a handler with its scan, marked, audited, then written and sent with the NGO’s form', async () => {
		const id = await enter();
		const row = s.db.select().from(grantApplication).where(eq(grantApplication.id, id)).get()!;
		expect(row).toMatchObject({
			channel: 'paper',
			receivedOn: isoDate(s.now),
			enteredBy: s.handler.userId,
			organisationId: s.ngoId,
			status: 'draft'
		});
		expect(listApplicationFiles(s.db, id).map((f) => f.kind)).toEqual(['paper_scan']);
		expect(
			s.db
				.select()
				.from(auditEvent)
				.where(eq(auditEvent.action, 'grantApplication.paperEntered'))
				.all()
		).toHaveLength(1);
		// The handlers find the draft in the call's list, marked.
		const listed = handlerList(s.db, s.coordinator, s.call.id, 'organisation', s.now);
		expect(listed.applications.find((a) => a.id === id)?.paper).toMatchObject({
			receivedOn: isoDate(s.now)
		});
		// The scan is not an attachment the call asks for: the statutes still are.
		saveDraft(s.db, s.handler, id, { ...draft, activityClassId: s.classId }, s.now);
		expect(applicationPage(s.db, s.handler, id, s.now).missing.map((m) => m.part)).toEqual([
			'attachment:statutes'
		]);
		// The scan stays: it is the record of what arrived.
		const scanId = listApplicationFiles(s.db, id)[0].id;
		expect(refusal(() => removeApplicationFile(s.db, s.handler, id, scanId, s.now, dir)).code).toBe(
			'forbidden'
		);
		// The NGO reads it, and the API says how it came, but the NGO does not rewrite it.
		expect(applicationForApi(s.db, s.applicant, id, s.now).channel).toBe('paper');
		expect(applicationPage(s.db, s.applicant, id, s.now)).toMatchObject({
			canEdit: false,
			paper: { receivedOn: isoDate(s.now) }
		});
		expect(refusal(() => saveDraft(s.db, s.applicant, id, draft, s.now)).code).toBe('forbidden');
		// Starting an application opens the one the NGO already has.
		expect(startApplication(s.db, s.applicant, s.call.id, s.now)).toBe(id);
	});

	it('arrived by the deadline is entered and sent after the call closed', async () => {
		const lastDay = isoDate(new Date(s.call.closesAt.getTime() - 1));
		const id = await enter({ receivedOn: lastDay }, s.handler, s.afterDeadline);
		await addApplicationFile(
			s.db,
			s.handler,
			id,
			{ kind: 'statutes', filename: 'säännöt.pdf', bytes: PDF },
			s.afterDeadline,
			dir
		);
		submitApplication(
			s.db,
			s.handler,
			id,
			{ ...draft, activityClassId: s.classId },
			s.afterDeadline
		);
		const row = s.db.select().from(grantApplication).where(eq(grantApplication.id, id)).get()!;
		expect(row).toMatchObject({ status: 'submitted', submittedBy: s.handler.userId });
		expect(applicationPage(s.db, s.assessor, id, s.afterDeadline).assessment.canAssess).toBe(true);
	});

	it('that arrived late, or on a day to come, is refused by its field', async () => {
		const dayAfter = isoDate(new Date(s.call.closesAt.getTime() + DAY));
		await expect(enter({ receivedOn: dayAfter }, s.handler, s.afterDeadline)).rejects.toMatchObject(
			{
				code: 'invalid',
				issues: { receivedOn: 'grantPaper.received.late' }
			}
		);
		const tomorrow = isoDate(new Date(s.now.getTime() + DAY));
		await expect(enter({ receivedOn: tomorrow })).rejects.toMatchObject({
			issues: { receivedOn: 'grantPaper.received.future' }
		});
		expect(s.db.select().from(grantApplication).all()).toHaveLength(0);
	});

	it('needs a scan that is a PDF or a picture', async () => {
		await expect(enter({ bytes: new Uint8Array() })).rejects.toMatchObject({
			issues: { file: 'attachment.missing' }
		});
		await expect(enter({ bytes: DOCX_LIKE })).rejects.toMatchObject({ code: 'invalid' });
		expect(s.db.select().from(grantApplication).all()).toHaveLength(0);
	});

	it('is for a verified NGO of the region that has no application to the call yet', async () => {
		unverifyOrganisation(s.db, s.otherNgoId);
		await expect(enter({ organisationId: s.otherNgoId })).rejects.toMatchObject({
			code: 'conflict',
			issues: { organisationId: 'grantPaper.unverified' }
		});
		// A municipality is no NGO.
		await expect(enter({ organisationId: s.municipalityId })).rejects.toMatchObject({
			code: 'not_found'
		});
		const online = startApplication(s.db, s.applicant, s.call.id, s.now);
		await expect(enter()).rejects.toMatchObject({
			issues: { organisationId: 'grantPaper.exists' }
		});
		withdrawApplication(s.db, s.applicant, online, s.now);
		await expect(enter()).resolves.toBeTypeOf('number');
	});

	it('is entered only by the call’s handlers', async () => {
		for (const who of [s.applicant, s.assessor, s.municipal])
			await expect(enter({}, who)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(enter({}, s.foreignNgo)).rejects.toMatchObject({ code: 'not_found' });
		expect(paperEntryChoices(s.db, s.assessor, s.call.id, s.now)).toBeNull();
		const choices = paperEntryChoices(s.db, s.handler, s.call.id, s.now)!;
		expect(choices.organisations.map((o) => o.name)).toEqual([
			'Liikuntaseura Into ry',
			'Mielenterveysyhdistys Tuki ry'
		]);
		// The named handler is no coordinator: someone else adds a missing NGO.
		expect(choices.canAddOrganisation).toBe(false);
		expect(paperEntryChoices(s.db, s.coordinator, s.call.id, s.now)!.canAddOrganisation).toBe(true);
	});
});
