import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { readApplicationTexts, replaceApplicationText } from '../../documents/application-doc';
import { TEXT_EDIT_PAUSE_MS } from '../../domain/application-texts';
import { applicationDocName } from '../../domain/doc-name';
import type { ApplicationForm } from '../../schemas/grant-applications';
import { changeLiveDoc, loadDoc } from '../collab/store';
import { grantApplication, grantApplicationFile } from '../db/schema';
import { serverEvents } from '../events';
import { insertApplication } from '../testing/grant-fixtures';
import { refusal } from '../testing/fixtures';
import { grantScene, type GrantScene } from '../testing/grant-scene';
import { saveDraft, submitApplication } from './applications';
import {
	applicationDoc,
	attributeLiveEdit,
	projectApplicationTexts,
	textEdits
} from './live-texts';

let s: GrantScene;
let id: number;
beforeEach(() => {
	s = grantScene();
	id = insertApplication(s.db, s.call.id, s.ngoId, s.applicant.userId, {
		activity: 'Kerho nuorille',
		targetGroups: 'nuoret'
	}).id;
});

const row = () => s.db.select().from(grantApplication).where(eq(grantApplication.id, id)).get()!;
const liveTexts = () => readApplicationTexts(loadDoc(s.db, applicationDocName(id))!.doc);
const later = (ms: number) => new Date(s.now.getTime() + ms);

/** A form as the browser sends it (no texts: they are live) or a plain form (with them). */
function form(texts: Partial<Pick<ApplicationForm, 'activity' | 'targetGroups'>> = {}) {
	return {
		title: 'Kerho',
		activityClassId: s.classId,
		municipalityIds: [s.municipalityId],
		amountRequestedCents: 100_000,
		budget: { costs: [{ label: 'Tilat', cents: 100_000 }], income: [], ownFundingCents: 0 },
		declarationAccepted: true,
		...texts
	};
}

/** What a colleague types in the browser, as the collaboration server stores it. */
function typeLive(field: 'activity' | 'targetGroups', text: string) {
	changeLiveDoc(s.db, applicationDocName(id), (doc) => replaceApplicationText(doc, field, text));
}

describe('an application’s live texts', () => {
	it('are made from the saved texts the first time they are needed', () => {
		applicationDoc(s.db, row());
		expect(liveTexts()).toEqual({ activity: 'Kerho nuorille', targetGroups: 'nuoret' });
	});

	it('take a plain form’s text into the live document, and record who wrote it', () => {
		saveDraft(
			s.db,
			s.applicant,
			id,
			form({ activity: 'Uusi\r\n\r\nkuvaus ', targetGroups: 'nuoret' }),
			s.now
		);
		expect(liveTexts().activity).toBe('Uusi\n\nkuvaus');
		expect(row().activity).toBe('Uusi\n\nkuvaus');
		const { last, history } = textEdits(s.db, id);
		expect(last.activity?.userName).toBe('hakija');
		// The unchanged text was not touched, nor put down as changed.
		expect(last.targetGroups).toBeNull();
		expect(history.map((h) => h.field)).toEqual(['activity']);
	});

	it('save what the live document holds when the form leaves the texts out', () => {
		applicationDoc(s.db, row());
		typeLive('activity', 'Kollegan kirjoittama');
		saveDraft(s.db, s.colleague, id, form(), s.now);
		expect(row().activity).toBe('Kollegan kirjoittama');
		expect(liveTexts().activity).toBe('Kollegan kirjoittama');
	});

	it('refuse a live text over its limit, storing nothing of the form', () => {
		applicationDoc(s.db, row());
		typeLive('targetGroups', 'x'.repeat(1001));
		const refused = refusal(() => saveDraft(s.db, s.applicant, id, form(), s.now));
		expect([refused.code, refused.issues]).toEqual([
			'invalid',
			{ targetGroups: 'validation.tooLong' }
		]);
		expect(row().title).toBe('Vertaistukiryhmät');
	});

	it('submit the live text, and tell the collaboration server after commit', async () => {
		s.db
			.insert(grantApplicationFile)
			.values({
				applicationId: id,
				kind: 'statutes',
				filename: 's.pdf',
				contentType: 'application/pdf',
				size: 1,
				sha256: 'x',
				uploadedBy: s.applicant.userId,
				createdAt: s.now
			})
			.run();
		applicationDoc(s.db, row());
		typeLive('activity', 'Lopullinen kuvaus');
		const told: number[] = [];
		const listener = (applicationId: number) => told.push(applicationId);
		serverEvents().on('applicationAccessChanged', listener);
		submitApplication(s.db, s.applicant, id, form(), s.now);
		await new Promise((resolve) => setImmediate(resolve));
		serverEvents().off('applicationAccessChanged', listener);
		expect(row().status).toBe('submitted');
		expect(row().activity).toBe('Lopullinen kuvaus');
		expect(told).toEqual([id]);
	});

	it('are projected into the columns only while they may change', () => {
		const doc = applicationDoc(s.db, row());
		doc.transact(() => replaceApplicationText(doc, 'activity', 'Kirjoitettu'));
		projectApplicationTexts(s.db, applicationDocName(id), doc, s.now);
		expect(row().activity).toBe('Kirjoitettu');
		s.db
			.update(grantApplication)
			.set({ status: 'submitted' })
			.where(eq(grantApplication.id, id))
			.run();
		doc.transact(() => replaceApplicationText(doc, 'activity', 'Myöhästynyt'));
		projectApplicationTexts(s.db, applicationDocName(id), doc, s.now);
		expect(row().activity).toBe('Kirjoitettu');
		// Another document's name is not an application's.
		projectApplicationTexts(s.db, 'agenda:1', doc, s.now);
	});

	it('put down one entry per stretch of one person’s changes to one text', () => {
		const name = applicationDocName(id);
		attributeLiveEdit(s.db, name, s.applicant.userId, ['activity', 'pageSignal'], s.now);
		attributeLiveEdit(s.db, name, s.applicant.userId, ['activity'], later(60_000));
		attributeLiveEdit(s.db, name, s.colleague.userId, ['activity', 'targetGroups'], later(120_000));
		attributeLiveEdit(
			s.db,
			name,
			s.colleague.userId,
			['activity'],
			later(120_000 + TEXT_EDIT_PAUSE_MS + 1)
		);
		// Names that are not an application's, and parts that are not its texts, are not put down.
		attributeLiveEdit(s.db, 'document:1', s.applicant.userId, ['activity'], s.now);
		attributeLiveEdit(s.db, name, s.applicant.userId, ['sections'], s.now);
		const { last, history } = textEdits(s.db, id);
		expect(history.map((h) => [h.field, h.userName, h.startedAt, h.changedAt])).toEqual([
			[
				'activity',
				'kollega',
				later(120_000 + TEXT_EDIT_PAUSE_MS + 1),
				later(120_000 + TEXT_EDIT_PAUSE_MS + 1)
			],
			['targetGroups', 'kollega', later(120_000), later(120_000)],
			['activity', 'kollega', later(120_000), later(120_000)],
			['activity', 'hakija', s.now, later(60_000)]
		]);
		expect(last.activity).toEqual({
			userName: 'kollega',
			changedAt: later(120_000 + TEXT_EDIT_PAUSE_MS + 1)
		});
		expect(last.targetGroups?.userName).toBe('kollega');
	});
});
