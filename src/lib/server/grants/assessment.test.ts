import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { grantApplication, auditEvent, organisationPerson } from '../db/schema';
import { refusal } from '../testing/fixtures';
import { insertApplication } from '../testing/grant-fixtures';
import { grantScene, type GrantScene } from '../testing/grant-scene';
import { applicationPage } from './application-page';
import { checkEligibility } from './applications';
import { confirmNotDisqualified, declareConflict, saveAssessment } from './assessment';
import { callPage } from './views';

let s: GrantScene;
let id: number;
beforeEach(() => {
	s = grantScene();
	id = insertApplication(s.db, s.call.id, s.ngoId, s.applicant.userId, {
		status: 'submitted',
		submittedAt: s.now
	}).id;
});

const status = () =>
	s.db.select().from(grantApplication).where(eq(grantApplication.id, id)).get()!.status;

describe('assessing', () => {
	it('lists on the call page what a named assessor has to assess, and where each stands', () => {
		const draftId = insertApplication(s.db, s.call.id, s.otherNgoId, s.applicant.userId).id;
		const queue = () => callPage(s.db, s.assessor, s.call.id, s.now).toAssess;
		expect(queue().map((a) => [a.id, a.own])).toEqual([[id, 'todo']]);
		expect(queue().map((a) => a.id)).not.toContain(draftId);
		saveAssessment(s.db, s.assessor, id, { intent: 'save', comment: '', scores: [4, null] }, s.now);
		expect(queue()[0]!.own).toBe('draft');
		saveAssessment(
			s.db,
			s.assessor,
			id,
			{ intent: 'complete', comment: '', scores: [4, 3] },
			s.now
		);
		expect(queue()[0]!.own).toBe('done');
		declareConflict(
			s.db,
			s.secondAssessor,
			id,
			{ ground: 'position', specification: 'Hallituksen jäsen' },
			s.now
		);
		expect(callPage(s.db, s.secondAssessor, s.call.id, s.now).toAssess[0]!.own).toBe('conflict');
		expect(callPage(s.db, s.applicant, s.call.id, s.now).toAssess).toEqual([]);
	});

	it('saves a draft, then completes it for good', () => {
		saveAssessment(
			s.db,
			s.assessor,
			id,
			{ intent: 'save', comment: 'Kesken', scores: [4, null] },
			s.afterDeadline
		);
		expect(applicationPage(s.db, s.assessor, id, s.now).assessment.own).toMatchObject({
			scores: [4, null],
			comment: 'Kesken',
			completedAt: null
		});
		saveAssessment(
			s.db,
			s.assessor,
			id,
			{ intent: 'complete', comment: 'Hyvä', scores: [4, 3] },
			s.now
		);
		expect(
			refusal(() =>
				saveAssessment(s.db, s.assessor, id, { intent: 'save', comment: '', scores: [1, 1] }, s.now)
			).code
		).toBe('conflict');
	});

	it('completes only with a score for every criterion, each missing one named', () => {
		const error = refusal(() =>
			saveAssessment(s.db, s.assessor, id, { intent: 'complete', comment: '', scores: [5] }, s.now)
		);
		expect(error.code).toBe('invalid');
		expect(error.issues).toEqual({ 'score.1': 'grantAssessment.scoreMissing' });
		expect(applicationPage(s.db, s.assessor, id, s.now).assessment.own).toBeNull();
	});

	it('shows the others’ scores only once one’s own are complete; the handler sees them all', () => {
		saveAssessment(
			s.db,
			s.secondAssessor,
			id,
			{ intent: 'complete', comment: 'Selkeä', scores: [2, 5] },
			s.now
		);
		expect(applicationPage(s.db, s.assessor, id, s.now).assessment.others).toBeNull();
		expect(applicationPage(s.db, s.assessor, id, s.now).assessment.mean).toBeNull();
		const handlerView = applicationPage(s.db, s.handler, id, s.now).assessment;
		expect(handlerView.others).toMatchObject([{ scores: [2, 5], weighted: 3 }]);
		saveAssessment(
			s.db,
			s.assessor,
			id,
			{ intent: 'complete', comment: '', scores: [5, 5] },
			s.now
		);
		const own = applicationPage(s.db, s.assessor, id, s.now).assessment;
		expect(own.others).toMatchObject([{ scores: [2, 5], comment: 'Selkeä' }]);
		expect(own.mean).toBe(4);
	});

	it('is the named assessors’ alone, while the application is in assessment', () => {
		for (const who of [s.handler, s.coordinator, s.applicant, s.admin])
			expect(
				refusal(() =>
					saveAssessment(s.db, who, id, { intent: 'save', comment: '', scores: [] }, s.now)
				).code
			).toBe('forbidden');
		expect(
			refusal(() =>
				saveAssessment(s.db, s.otherNgo, id, { intent: 'save', comment: '', scores: [] }, s.now)
			).code
		).toBe('not_found');
		checkEligibility(s.db, s.handler, id, { verdict: 'ineligible', note: 'Ei ehtoja' }, s.now);
		expect(
			refusal(() =>
				saveAssessment(s.db, s.assessor, id, { intent: 'save', comment: '', scores: [] }, s.now)
			).code
		).toBe('forbidden');
	});
});

describe('a conflict of interest', () => {
	it('bars the assessor from the application for good, and the page says so', () => {
		saveAssessment(s.db, s.assessor, id, { intent: 'save', comment: '', scores: [3, 3] }, s.now);
		declareConflict(
			s.db,
			s.assessor,
			id,
			{ ground: 'position', specification: 'Olen yhdistyksen hallituksessa' },
			s.now
		);
		expect(
			refusal(() =>
				saveAssessment(
					s.db,
					s.assessor,
					id,
					{ intent: 'complete', comment: '', scores: [3, 3] },
					s.now
				)
			).code
		).toBe('forbidden');
		expect(
			refusal(() =>
				declareConflict(
					s.db,
					s.assessor,
					id,
					{ ground: 'other', specification: 'uudestaan' },
					s.now
				)
			).code
		).toBe('forbidden');
		const page = applicationPage(s.db, s.assessor, id, s.now).assessment;
		expect(page).toMatchObject({ disqualified: true, canAssess: false, others: null });
		expect(page.own).toMatchObject({
			conflictGround: 'position',
			conflictSpecification: 'Olen yhdistyksen hallituksessa'
		});
		expect(s.db.select().from(auditEvent).get()).toMatchObject({
			action: 'grantAssessment.conflictDeclared',
			targetId: id
		});
	});

	it('leaves a score given before out of the mean', () => {
		saveAssessment(
			s.db,
			s.assessor,
			id,
			{ intent: 'complete', comment: '', scores: [0, 0] },
			s.now
		);
		declareConflict(
			s.db,
			s.assessor,
			id,
			{ ground: 'close_relation', specification: 'Sukulainen hakijan hallituksessa' },
			s.now
		);
		saveAssessment(
			s.db,
			s.secondAssessor,
			id,
			{ intent: 'complete', comment: '', scores: [5, 2] },
			s.now
		);
		expect(applicationPage(s.db, s.handler, id, s.now).assessment.mean).toBe(4);
	});
});

describe('assessed', () => {
	it('once every named assessor has completed or declared a conflict', () => {
		saveAssessment(
			s.db,
			s.assessor,
			id,
			{ intent: 'complete', comment: '', scores: [4, 4] },
			s.now
		);
		expect(status()).toBe('submitted');
		saveAssessment(
			s.db,
			s.secondAssessor,
			id,
			{ intent: 'save', comment: '', scores: [4, 4] },
			s.now
		);
		expect(status()).toBe('submitted');
		declareConflict(s.db, s.secondAssessor, id, { ground: 'interest', specification: '' }, s.now);
		expect(status()).toBe('assessed');
		expect(applicationPage(s.db, s.handler, id, s.now).assessment).toMatchObject({
			done: 2,
			total: 2
		});
	});

	it('stays ineligible when the handler found it so, and returns to assessed when undone', () => {
		checkEligibility(s.db, s.handler, id, { verdict: 'ineligible', note: 'Ei ehtoja' }, s.now);
		checkEligibility(s.db, s.handler, id, { verdict: 'unchecked', note: '' }, s.now);
		saveAssessment(
			s.db,
			s.assessor,
			id,
			{ intent: 'complete', comment: '', scores: [4, 4] },
			s.now
		);
		saveAssessment(
			s.db,
			s.secondAssessor,
			id,
			{ intent: 'complete', comment: '', scores: [1, 4] },
			s.now
		);
		expect(status()).toBe('assessed');
		checkEligibility(s.db, s.handler, id, { verdict: 'ineligible', note: 'Ei ehtoja' }, s.now);
		expect(status()).toBe('ineligible');
		checkEligibility(s.db, s.handler, id, { verdict: 'eligible', note: '' }, s.now);
		expect(status()).toBe('assessed');
	});
});

describe('an assessor tied to the applicant', () => {
	const onTheBoard = () =>
		s.db
			.insert(organisationPerson)
			.values({
				organisationId: s.ngoId,
				name: 'Arvioija',
				role: 'board_member',
				userId: s.assessor.userId
			})
			.run();
	const score = () =>
		saveAssessment(s.db, s.assessor, id, { intent: 'save', comment: '', scores: [3, 3] }, s.now);

	it('is warned, and scores only after confirming not to be disqualified, which is logged', () => {
		onTheBoard();
		expect(applicationPage(s.db, s.assessor, id, s.now).assessment.tie).toBe('board');
		expect(refusal(score).messageKey).toBe('disqualification.mustConfirm');
		confirmNotDisqualified(s.db, s.assessor, id, s.now);
		score();
		expect(applicationPage(s.db, s.assessor, id, s.now).assessment.independenceConfirmed).toBe(
			true
		);
		expect(
			s.db
				.select()
				.from(auditEvent)
				.all()
				.map((e) => e.action)
		).toContain('grantAssessment.notDisqualifiedConfirmed');
	});

	it('is not asked to confirm without a tie, and cannot confirm one that is not there', () => {
		expect(applicationPage(s.db, s.assessor, id, s.now).assessment.tie).toBeNull();
		score();
		expect(refusal(() => confirmNotDisqualified(s.db, s.assessor, id, s.now)).messageKey).toBe(
			'disqualification.noTie'
		);
	});
});
