import { beforeEach, describe, expect, it } from 'vitest';
import { grantAssessment } from '../db/schema';
import { refusal } from '../testing/fixtures';
import { insertApplication } from '../testing/grant-fixtures';
import { grantScene, type GrantScene } from '../testing/grant-scene';
import { applicationsForApi } from './applications-api';
import { handlerList } from './handler-list';

let s: GrantScene;
let ids: { draft: number; first: number; second: number; granted: number };
beforeEach(() => {
	s = grantScene();
	const app = (organisationId: number, overrides = {}) =>
		insertApplication(s.db, s.call.id, organisationId, s.applicant.userId, overrides).id;
	ids = {
		draft: app(s.ngoId),
		first: app(s.ngoId, {
			status: 'submitted',
			amountRequestedCents: 300_000,
			activityClassId: s.classId
		}),
		second: app(s.otherNgoId, { status: 'assessed', amountRequestedCents: 900_050 }),
		granted: app(s.otherNgoId, {
			status: 'granted',
			amountRequestedCents: 100_000,
			amountGrantedCents: 80_000
		})
	};
	const assess = (applicationId: number, assessorId: number, scores: number[]) =>
		s.db
			.insert(grantAssessment)
			.values({
				applicationId,
				assessorId,
				scores: JSON.stringify(scores),
				completedAt: s.now,
				updatedAt: s.now
			})
			.run();
	assess(ids.first, s.assessor.userId, [2, 2]);
	assess(ids.second, s.assessor.userId, [5, 5]);
	assess(ids.second, s.secondAssessor.userId, [4, 1]);
});

describe('the handler’s list', () => {
	it('lists every sent application with its assessments and mean score', () => {
		const list = handlerList(s.db, s.handler, s.call.id, 'organisation', s.now);
		expect(list.assessorCount).toBe(2);
		expect(list.applications.map((a) => a.id)).toEqual([ids.second, ids.granted, ids.first]);
		expect(list.applications.find((a) => a.id === ids.first)).toMatchObject({
			organisationName: 'Mielenterveysyhdistys Tuki ry',
			activityClassName: 'Mielenterveys- ja päihdetyö',
			amountRequestedCents: 300_000,
			status: 'submitted',
			assessmentsDone: 1,
			meanScore: 2
		});
		expect(list.applications.find((a) => a.id === ids.second)).toMatchObject({
			assessmentsDone: 2,
			meanScore: 4
		});
	});

	it('orders by score and by amount, highest first', () => {
		const order = (by: 'score' | 'amount') =>
			handlerList(s.db, s.coordinator, s.call.id, by, s.now).applications.map((a) => a.id);
		expect(order('score')).toEqual([ids.second, ids.first, ids.granted]);
		expect(order('amount')).toEqual([ids.second, ids.first, ids.granted]);
	});

	it('is the call’s handlers’ only', () => {
		for (const who of [s.applicant, s.assessor, s.municipal])
			expect(refusal(() => handlerList(s.db, who, s.call.id, 'score', s.now)).code).toBe(
				'forbidden'
			);
		expect(refusal(() => handlerList(s.db, s.foreignNgo, s.call.id, 'score', s.now)).code).toBe(
			'not_found'
		);
	});
});

describe('GET /api/grants/applications', () => {
	it('gives an NGO its own applications, drafts too, in the contract’s shape', () => {
		expect(applicationsForApi(s.db, s.applicant, null, s.now)).toEqual([
			{
				id: ids.draft,
				callId: s.call.id,
				organisationId: s.ngoId,
				amountRequestedEur: 5000,
				status: 'draft',
				channel: 'online',
				amountGrantedEur: null,
				decisionMeetingId: null
			},
			{
				id: ids.first,
				callId: s.call.id,
				organisationId: s.ngoId,
				amountRequestedEur: 3000,
				status: 'submitted',
				channel: 'online',
				amountGrantedEur: null,
				decisionMeetingId: null
			}
		]);
		expect(applicationsForApi(s.db, s.otherNgo, s.call.id, s.now)).toMatchObject([
			{ id: ids.second, amountRequestedEur: 9000.5 },
			{ id: ids.granted, amountGrantedEur: 800 }
		]);
	});

	it('gives a handler every sent application of the calls they handle, no drafts', () => {
		const sent = [ids.first, ids.second, ids.granted];
		for (const who of [s.handler, s.coordinator]) {
			expect(applicationsForApi(s.db, who, null, s.now).map((a) => a.id)).toEqual(sent);
			expect(applicationsForApi(s.db, who, s.call.id, s.now).map((a) => a.id)).toEqual(sent);
		}
	});

	it('gives nothing to who neither applies nor handles, and not found for a call they cannot see', () => {
		expect(applicationsForApi(s.db, s.assessor, null, s.now)).toEqual([]);
		expect(applicationsForApi(s.db, s.municipal, s.call.id, s.now)).toEqual([]);
		expect(applicationsForApi(s.db, s.foreignNgo, null, s.now)).toEqual([]);
		expect(refusal(() => applicationsForApi(s.db, s.foreignNgo, s.call.id, s.now)).code).toBe(
			'not_found'
		);
	});
});
