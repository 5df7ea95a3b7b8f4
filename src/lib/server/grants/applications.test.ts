import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_BUDGET } from '../../domain/grants';
import type { NotificationKind } from '../../domain/notifications';
import type { ApplicationDraft } from '../../schemas/grant-applications';
import {
	auditEvent,
	grantApplication,
	grantApplicationFile,
	grantAssessment,
	grantCall,
	notification
} from '../db/schema';
import { refusal } from '../testing/fixtures';
import { insertApplication } from '../testing/grant-fixtures';
import { grantScene, type GrantScene } from '../testing/grant-scene';
import { applicationPage } from './application-page';
import {
	checkEligibility,
	reopenApplication,
	saveDraft,
	startApplication,
	submitApplication,
	withdrawApplication
} from './applications';
import { postMessage } from './messages';

let s: GrantScene;
beforeEach(() => {
	s = grantScene();
});

function draft(overrides: Partial<ApplicationDraft> = {}): ApplicationDraft {
	return {
		title: 'Vertaistukiryhmät',
		activity: 'Viikoittaiset ryhmät nuorille aikuisille',
		activityClassId: s.classId,
		targetGroups: 'nuoret aikuiset',
		municipalityIds: [s.municipalityId],
		amountRequestedCents: 1_250_050,
		budget: {
			costs: [{ label: 'Palkat', cents: 2_000_000 }],
			income: [{ label: 'Jäsenmaksut', cents: 50_000 }],
			ownFundingCents: 100_000
		},
		declarationAccepted: true,
		...overrides
	};
}

function row(id: number) {
	return s.db.select().from(grantApplication).where(eq(grantApplication.id, id)).get()!;
}

function attachStatutes(applicationId: number) {
	s.db
		.insert(grantApplicationFile)
		.values({
			applicationId,
			kind: 'statutes',
			filename: 'saannot.pdf',
			contentType: 'application/pdf',
			size: 10,
			sha256: 'a'.repeat(64),
			uploadedBy: s.applicant.userId,
			createdAt: s.now
		})
		.run();
}

/** A submitted application of the applicant NGO. */
function submitted(): number {
	const id = startApplication(s.db, s.applicant, s.call.id, s.now);
	attachStatutes(id);
	submitApplication(s.db, s.applicant, id, draft(), s.now);
	return id;
}

function notified(userId: number, kind: NotificationKind) {
	return s.db
		.select()
		.from(notification)
		.where(and(eq(notification.userId, userId), eq(notification.kind, kind)))
		.all();
}

describe('starting an application', () => {
	it('gives the NGO one draft per call, which its colleagues open too', () => {
		const id = startApplication(s.db, s.applicant, s.call.id, s.now);
		expect(startApplication(s.db, s.colleague, s.call.id, s.now)).toBe(id);
		expect(row(id)).toMatchObject({ status: 'draft', organisationId: s.ngoId });
		expect(startApplication(s.db, s.otherNgo, s.call.id, s.now)).not.toBe(id);
	});

	it('opens the sent application instead of a second one, and starts anew after a withdrawal', () => {
		const first = submitted();
		expect(startApplication(s.db, s.applicant, s.call.id, s.now)).toBe(first);
		withdrawApplication(s.db, s.applicant, first, s.now);
		expect(startApplication(s.db, s.applicant, s.call.id, s.now)).not.toBe(first);
	});

	it('is the NGOs’ own, and only while the call is open', () => {
		for (const who of [s.coordinator, s.handler, s.municipal, s.admin])
			expect(refusal(() => startApplication(s.db, who, s.call.id, s.now)).code).toBe('forbidden');
		expect(refusal(() => startApplication(s.db, s.foreignNgo, s.call.id, s.now)).code).toBe(
			'not_found'
		);
		expect(
			refusal(() => startApplication(s.db, s.applicant, s.call.id, s.afterDeadline)).code
		).toBe('forbidden');
	});
});

describe('the draft', () => {
	it('keeps everything, and colleagues of the NGO edit the same draft', () => {
		const id = startApplication(s.db, s.applicant, s.call.id, s.now);
		saveDraft(s.db, s.applicant, id, draft(), s.now);
		saveDraft(s.db, s.colleague, id, draft({ title: 'Vertaistuki 2027' }), s.now);
		const saved = row(id);
		expect(saved).toMatchObject({
			title: 'Vertaistuki 2027',
			activityClassId: s.classId,
			amountRequestedCents: 1_250_050,
			declarationAccepted: true,
			status: 'draft'
		});
		expect(JSON.parse(saved.municipalityIds)).toEqual([s.municipalityId]);
		expect(JSON.parse(saved.budget)).toEqual(draft().budget);
	});

	it('refuses a class the call does not fund and a municipality of another kind, storing nothing', () => {
		const id = startApplication(s.db, s.applicant, s.call.id, s.now);
		expect(
			refusal(() =>
				saveDraft(s.db, s.applicant, id, draft({ activityClassId: s.otherClassId }), s.now)
			).code
		).toBe('not_found');
		expect(
			refusal(() => saveDraft(s.db, s.applicant, id, draft({ municipalityIds: [s.ngoId] }), s.now))
				.code
		).toBe('not_found');
		expect(row(id).title).toBe('');
	});

	it('is seen by nobody outside the NGO: handlers and assessors wait for the submission', () => {
		const id = startApplication(s.db, s.applicant, s.call.id, s.now);
		for (const who of [s.handler, s.coordinator, s.assessor, s.otherNgo, s.foreignNgo])
			expect(refusal(() => applicationPage(s.db, who, id, s.now)).code).toBe('not_found');
		expect(applicationPage(s.db, s.colleague, id, s.now).canEdit).toBe(true);
	});

	it('cannot be changed after the deadline, by anyone', () => {
		const id = startApplication(s.db, s.applicant, s.call.id, s.now);
		expect(refusal(() => saveDraft(s.db, s.applicant, id, draft(), s.afterDeadline)).code).toBe(
			'forbidden'
		);
		expect(applicationPage(s.db, s.applicant, id, s.afterDeadline).canEdit).toBe(false);
	});
});

describe('submitting', () => {
	it('names each missing part by its field and stores nothing of the form', () => {
		const id = startApplication(s.db, s.applicant, s.call.id, s.now);
		const error = refusal(() =>
			submitApplication(
				s.db,
				s.applicant,
				id,
				draft({
					activity: ' ',
					activityClassId: null,
					amountRequestedCents: null,
					declarationAccepted: false
				}),
				s.now
			)
		);
		expect(error.code).toBe('conflict');
		expect(error.issues).toEqual({
			amountRequested: 'grantApplications.missing.amountRequested',
			activity: 'grantApplications.missing.activity',
			activityClassId: 'grantApplications.missing.activityClass',
			'file.statutes': 'grantApplications.missing.attachment:statutes',
			declaration: 'grantApplications.missing.declaration'
		});
		expect(row(id)).toMatchObject({ status: 'draft', title: '' });
	});

	it('is final: a submitted application is no longer changed, by its NGO or anyone', () => {
		const id = submitted();
		expect(row(id)).toMatchObject({ status: 'submitted', submittedBy: s.applicant.userId });
		expect(refusal(() => saveDraft(s.db, s.colleague, id, draft(), s.now)).code).toBe('forbidden');
		expect(refusal(() => saveDraft(s.db, s.handler, id, draft(), s.now)).code).toBe('forbidden');
	});

	it('is over at the deadline', () => {
		const id = startApplication(s.db, s.applicant, s.call.id, s.now);
		attachStatutes(id);
		expect(
			refusal(() => submitApplication(s.db, s.applicant, id, draft(), s.afterDeadline)).code
		).toBe('forbidden');
		expect(row(id).status).toBe('draft');
	});
});

describe('withdrawing', () => {
	it('is the applicant’s, before the decision', () => {
		const id = submitted();
		expect(refusal(() => withdrawApplication(s.db, s.handler, id, s.now)).code).toBe('forbidden');
		withdrawApplication(s.db, s.colleague, id, s.afterDeadline);
		expect(row(id).status).toBe('withdrawn');

		const decided = submitted();
		s.db.update(grantCall).set({ decidedAt: s.now }).where(eq(grantCall.id, s.call.id)).run();
		expect(refusal(() => withdrawApplication(s.db, s.applicant, decided, s.now)).code).toBe(
			'forbidden'
		);
	});
});

describe('reopening', () => {
	it('returns a submitted application to its draft with the reason, logged and told to the NGO', () => {
		const id = submitted();
		s.db
			.insert(grantAssessment)
			.values({
				applicationId: id,
				assessorId: s.assessor.userId,
				scores: '[3,4]',
				completedAt: s.now,
				updatedAt: s.now
			})
			.run();
		reopenApplication(s.db, s.handler, id, 'Säännöt puuttuvat liitteestä', s.now);
		expect(row(id)).toMatchObject({ status: 'draft', submittedAt: null });
		const audit = s.db.select().from(auditEvent).all();
		expect(audit).toMatchObject([
			{
				action: 'grantApplication.reopened',
				targetType: 'grantApplication',
				targetId: id,
				userId: s.handler.userId,
				summary: 'Säännöt puuttuvat liitteestä'
			}
		]);
		expect(notified(s.applicant.userId, 'grant_application_changed')).toHaveLength(1);
		expect(notified(s.colleague.userId, 'grant_application_changed')).toHaveLength(1);
		const page = applicationPage(s.db, s.applicant, id, s.now);
		expect(page.canEdit).toBe(true);
		expect(page.messages?.map((m) => m.text)).toEqual(['Säännöt puuttuvat liitteestä']);
		// The assessment begins again on what the NGO sends next.
		expect(s.db.select().from(grantAssessment).get()!.completedAt).toBeNull();
	});

	it('is the handlers’ alone, and only while the call is open', () => {
		const id = submitted();
		for (const who of [s.applicant, s.assessor])
			expect(refusal(() => reopenApplication(s.db, who, id, 'syy', s.now)).code).toBe('forbidden');
		expect(refusal(() => reopenApplication(s.db, s.otherNgo, id, 'syy', s.now)).code).toBe(
			'not_found'
		);
		expect(
			refusal(() => reopenApplication(s.db, s.coordinator, id, 'syy', s.afterDeadline)).code
		).toBe('conflict');
		expect(row(id).status).toBe('submitted');
	});
});

describe('the eligibility check', () => {
	it('marks an application ineligible with its reason, and undoes it, logged', () => {
		const id = submitted();
		checkEligibility(
			s.db,
			s.handler,
			id,
			{ verdict: 'ineligible', note: 'Toiminta ei ole alueella' },
			s.afterDeadline
		);
		expect(row(id)).toMatchObject({
			status: 'ineligible',
			eligibilityNote: 'Toiminta ei ole alueella'
		});
		expect(notified(s.applicant.userId, 'grant_application_changed')).toHaveLength(1);
		checkEligibility(s.db, s.coordinator, id, { verdict: 'unchecked', note: '' }, s.afterDeadline);
		expect(row(id)).toMatchObject({ status: 'submitted', eligibilityCheckedAt: null });
		checkEligibility(s.db, s.handler, id, { verdict: 'eligible', note: '' }, s.afterDeadline);
		expect(row(id)).toMatchObject({ status: 'submitted', eligibilityCheckedAt: s.afterDeadline });
		expect(
			s.db
				.select()
				.from(auditEvent)
				.all()
				.map((e) => e.summary)
		).toEqual(['ineligible: Toiminta ei ole alueella', 'unchecked', 'eligible']);
	});

	it('is the handlers’, until the decision', () => {
		const id = submitted();
		for (const who of [s.applicant, s.assessor, s.municipal])
			expect(
				refusal(() => checkEligibility(s.db, who, id, { verdict: 'eligible', note: '' }, s.now))
					.code
			).toBe(who === s.municipal ? 'not_found' : 'forbidden');
		s.db.update(grantCall).set({ decidedAt: s.now }).where(eq(grantCall.id, s.call.id)).run();
		expect(
			refusal(() => checkEligibility(s.db, s.handler, id, { verdict: 'eligible', note: '' }, s.now))
				.code
		).toBe('conflict');
	});
});

describe('messages', () => {
	it('go between the NGO’s people and the handlers, each side notified', () => {
		const id = submitted();
		postMessage(s.db, s.applicant, id, 'Lisäsimme toimintasuunnitelman.', s.now);
		expect(notified(s.handler.userId, 'grant_message')).toHaveLength(1);
		expect(notified(s.coordinator.userId, 'grant_message')).toHaveLength(1);
		expect(notified(s.colleague.userId, 'grant_message')).toHaveLength(0);
		postMessage(s.db, s.handler, id, 'Kiitos, vastaanotettu.', s.now);
		expect(notified(s.applicant.userId, 'grant_message')).toHaveLength(1);
		expect(notified(s.colleague.userId, 'grant_message')).toHaveLength(1);
		const page = applicationPage(s.db, s.colleague, id, s.now);
		expect(page.messages?.map((m) => [m.text, m.fromApplicant])).toEqual([
			['Lisäsimme toimintasuunnitelman.', true],
			['Kiitos, vastaanotettu.', false]
		]);
	});

	it('are not the assessors’ to read or write, and another NGO’s thread is not found', () => {
		const id = submitted();
		expect(applicationPage(s.db, s.assessor, id, s.now).messages).toBeNull();
		expect(refusal(() => postMessage(s.db, s.assessor, id, 'Hei', s.now)).code).toBe('forbidden');
		expect(refusal(() => postMessage(s.db, s.otherNgo, id, 'Hei', s.now)).code).toBe('not_found');
	});
});

describe('who sees an application', () => {
	it('shows a submitted one to its NGO, the call’s handlers and assessors; to nobody else', () => {
		const id = submitted();
		for (const who of [s.applicant, s.colleague, s.handler, s.coordinator, s.assessor, s.admin])
			expect(applicationPage(s.db, who, id, s.now).application.id).toBe(id);
		for (const who of [s.otherNgo, s.municipal, s.foreignNgo])
			expect(refusal(() => applicationPage(s.db, who, id, s.now)).code).toBe('not_found');
	});

	it('gives each role its own flags', () => {
		const id = submitted();
		const flags = (who: typeof s.applicant) => {
			const page = applicationPage(s.db, who, id, s.now);
			return [page.canEdit, page.canWithdraw, page.canHandle, page.canMessage];
		};
		expect(flags(s.applicant)).toEqual([false, true, false, true]);
		expect(flags(s.handler)).toEqual([false, false, true, true]);
		expect(flags(s.assessor)).toEqual([false, false, false, false]);
	});

	it('keeps an application inserted as draft from the handler even after the call closes', () => {
		const id = insertApplication(s.db, s.call.id, s.ngoId, s.applicant.userId, {
			budget: JSON.stringify(EMPTY_BUDGET)
		}).id;
		expect(refusal(() => applicationPage(s.db, s.handler, id, s.afterDeadline)).code).toBe(
			'not_found'
		);
	});
});
