import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { checklistOf, type CheckPart } from '../../domain/grant-followup';
import type { Actor } from '../../domain/policy';
import { listAuditEvents } from '../audit/log';
import type { Db } from '../db/client';
import {
	grantCall,
	grantInstalment,
	grantReport,
	notification,
	organisationProfile
} from '../db/schema';
import { createTestDb } from '../db/testing';
import { insertApplication, insertBasket, insertCall } from '../testing/grant-fixtures';
import {
	insertActor,
	insertBody,
	insertOrganisation,
	insertRegion,
	refusal
} from '../testing/fixtures';
import { notificationsPage } from '../notifications/views';
import { setPreferredLanguage } from '../users/account';
import { applicationForApi } from './applications-api';
import { grantFigures } from './figures';
import { checkReport, grantFollowup, respondToGrant, submitReport } from './followup';
import { grantPage } from './grant';

const DECIDED = new Date('2026-12-10T12:00:00Z');
const LATER = new Date('2027-03-01T09:00:00Z');
const NOT_DRAWN = () => 0.5;

describe('after the grant decision', () => {
	let db: Db;
	let coordinator: Actor;
	let handler: Actor;
	let ngo: Actor;
	let colleague: Actor;
	let otherNgo: Actor;
	let appId: number;
	let reportId: number;

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'jatko');
		coordinator = insertActor(db, r.countyId, 'koord@example.fi', 'coordinator');
		handler = insertActor(db, r.countyId, 'kasittelija@example.fi', 'member');
		const orgId = insertOrganisation(db, r.regionId, 'Kyläyhdistys ry', 'ngo');
		ngo = insertActor(db, orgId, 'pj@kyla.example', 'member');
		colleague = insertActor(db, orgId, 'siht@kyla.example', 'member');
		otherNgo = insertActor(
			db,
			insertOrganisation(db, r.regionId, 'Toinen ry', 'ngo'),
			'toinen@example.fi',
			'member'
		);
		const call = insertCall(db, {
			regionId: r.regionId,
			basketId: insertBasket(db, r.regionId, 'operating', 2027, 1_000_000),
			decidingBodyId: insertBody(db, r.regionId, 'strategic'),
			createdBy: coordinator.userId,
			opensAt: new Date('2026-09-01T06:00:00Z'),
			closesAt: new Date('2026-10-01T13:00:00Z'),
			staff: [{ userId: handler.userId, duty: 'handler' }]
		});
		db.update(grantCall).set({ decidedAt: DECIDED }).where(eq(grantCall.id, call.id)).run();
		appId = insertApplication(db, call.id, orgId, ngo.userId, {
			status: 'granted',
			amountRequestedCents: 600_000,
			amountGrantedCents: 600_000,
			decidedAt: DECIDED
		}).id;
		db.insert(grantInstalment)
			.values({ applicationId: appId, dueOn: '2027-02-15', amountCents: 600_000 })
			.run();
		reportId = db
			.insert(grantReport)
			.values({ applicationId: appId, kind: 'final', dueOn: '2028-01-31' })
			.returning()
			.get().id;
	});

	const notified = (userId: number, kind: string) =>
		db
			.select()
			.from(notification)
			.where(
				and(eq(notification.userId, userId), eq(notification.kind, kind as 'grant_acceptance'))
			)
			.all();
	const audited = (action: string) =>
		listAuditEvents(db, coordinator, coordinator.regionId).filter((e) => e.action === action);

	it('lets the recipient’s people accept the grant once; the handlers are told and it is logged', () => {
		expect(grantFollowup(db, ngo, appId, DECIDED).acceptance.canRespond).toBe(true);
		expect(grantFollowup(db, handler, appId, DECIDED).acceptance.canRespond).toBe(false);
		expect(
			refusal(() => respondToGrant(db, handler, appId, { accept: true, reason: '' }, DECIDED)).code
		).toBe('forbidden');
		expect(
			refusal(() => respondToGrant(db, otherNgo, appId, { accept: true, reason: '' }, DECIDED)).code
		).toBe('not_found');
		respondToGrant(db, colleague, appId, { accept: true, reason: '' }, DECIDED);
		expect(grantFollowup(db, ngo, appId, DECIDED).acceptance).toMatchObject({
			state: 'accepted',
			canRespond: false
		});
		expect(
			refusal(() => respondToGrant(db, ngo, appId, { accept: false, reason: 'x' }, DECIDED)).code
		).toBe('conflict');
		expect(notified(handler.userId, 'grant_acceptance')).toHaveLength(1);
		expect(notified(coordinator.userId, 'grant_acceptance')).toHaveLength(1);
		expect(audited('grant.accepted')).toHaveLength(1);
	});

	it('takes a refusal only with its reason, and frees the money in the figures', () => {
		const error = refusal(() => respondToGrant(db, ngo, appId, { accept: false, reason: '' }));
		expect(error.code).toBe('invalid');
		expect(error.issues).toEqual({ reason: 'grantFollowup.acceptance.reasonRequired' });
		expect(grantFigures(db, 'jatko', 2027).totals.grantedCents).toBe(600_000);
		respondToGrant(db, ngo, appId, { accept: false, reason: 'Hanke ei toteudu.' }, DECIDED);
		expect(grantFigures(db, 'jatko', 2027).totals).toMatchObject({ grantedCents: 0, granted: 0 });
		const page = grantPage(db, ngo, appId, DECIDED);
		expect(page.instalments).toEqual([]);
		expect(page.reports).toEqual([]);
		expect(audited('grant.refused')[0]!.summary).toContain('Hanke ei toteudu.');
	});

	const submit = (at = LATER, draw = NOT_DRAWN) =>
		submitReport(
			db,
			ngo,
			appId,
			reportId,
			{ answers: ['Tehty', '40', '', 'yes'], usedCents: 600_000 },
			at,
			draw
		);
	const pass = (checker: Actor, part: CheckPart, closer = false) =>
		checkReport(
			db,
			checker,
			appId,
			reportId,
			{
				part,
				outcome: 'passed',
				items: [...checklistOf(part, closer)],
				note: '',
				deadline: null
			},
			LATER
		);

	it('draws the closer check at the first submission, logs the rule and the pick, and tells the handlers', () => {
		submit(LATER, () => 0.05);
		expect(grantFollowup(db, handler, appId, LATER).reviews[reportId]!.closerCheck).toEqual([
			'random'
		]);
		// The recipient does not see the pick.
		expect(grantFollowup(db, ngo, appId, LATER).reviews[reportId]!.closerCheck).toEqual([]);
		expect(audited('grant.reportCloserCheck')[0]!.summary).toContain('arvottu 0.050');
		expect(notified(handler.userId, 'grant_report_submitted')).toHaveLength(1);
		// A closer check asks for more in each part.
		const parts = grantFollowup(db, handler, appId, LATER).reviews[reportId]!.parts;
		expect(parts.map((p) => p.checklist)).toEqual([
			checklistOf('content', true),
			checklistOf('finance', true)
		]);
		expect(refusal(() => pass(handler, 'content')).issues).toEqual({
			items: 'grantFollowup.check.itemsMissing'
		});
	});

	it('takes the answers to the call’s questions for its round; a missing required answer changes nothing', () => {
		const refused = refusal(() =>
			submitReport(
				db,
				ngo,
				appId,
				reportId,
				{ answers: ['', 'paljon', '', 'yes'], usedCents: 600_000 },
				LATER,
				NOT_DRAWN
			)
		);
		expect(refused).toMatchObject({
			code: 'invalid',
			issues: {
				'answer.0': 'grantReports.answer.required',
				'answer.1': 'grantReports.answer.number'
			}
		});
		expect(grantPage(db, ngo, appId, LATER).reports[0]).toMatchObject({
			status: 'due',
			answers: []
		});
		expect(audited('grant.reportCloserCheck')).toHaveLength(0);
		// The call asks its own questions: here one, in the final report only.
		db.update(grantCall)
			.set({
				reportQuestions: JSON.stringify([
					{ text: 'Montako kävijää?', kind: 'number', required: true, asked: 'final' },
					{ text: 'Väliarvio', kind: 'text', required: true, asked: 'interim' }
				])
			})
			.run();
		submitReport(db, ngo, appId, reportId, { answers: ['1 250'], usedCents: 1 }, LATER, NOT_DRAWN);
		// The checkers read the answers with their questions.
		expect(grantPage(db, handler, appId, LATER).reports[0]!.answers).toEqual([
			{ question: 'Montako kävijää?', kind: 'number', value: 1250 }
		]);
	});

	it('accepts a report when two different people pass its two parts', () => {
		submit();
		pass(handler, 'content');
		expect(grantPage(db, ngo, appId, LATER).reports[0]!.status).toBe('submitted');
		const same = refusal(() => pass(handler, 'finance'));
		expect([same.code, same.messageKey]).toEqual(['conflict', 'grantFollowup.check.samePerson']);
		expect(grantFollowup(db, handler, appId, LATER).reviews[reportId]!.parts[1]).toMatchObject({
			checklist: null,
			blocked: 'samePerson'
		});
		expect(refusal(() => pass(coordinator, 'content')).messageKey).toBe(
			'grantFollowup.check.alreadyChecked'
		);
		expect(refusal(() => pass(ngo, 'finance')).code).toBe('forbidden');
		pass(coordinator, 'finance');
		expect(grantPage(db, ngo, appId, LATER).reports[0]!.status).toBe('accepted');
		expect(audited('grant.reportAccepted')).toHaveLength(1);
		expect(audited('grant.reportChecked')).toHaveLength(2);
	});

	it('returns a report with a request and a deadline; resubmitted, it is checked afresh, and counts as an earlier problem', () => {
		submit();
		pass(coordinator, 'finance');
		const returnWith = (note: string, deadline: string | null) =>
			checkReport(
				db,
				handler,
				appId,
				reportId,
				{ part: 'content', outcome: 'returned', items: [], note, deadline },
				LATER
			);
		expect(refusal(() => returnWith('', null)).issues).toEqual({
			note: 'grantReports.requestRequired',
			deadline: 'grantFollowup.check.deadlineRequired'
		});
		expect(refusal(() => returnWith('Lisää osallistujamäärät.', '2027-03-01')).issues).toEqual({
			deadline: 'grantFollowup.check.deadlineFuture'
		});
		returnWith('Lisää osallistujamäärät.', '2027-03-20');
		expect(grantPage(db, ngo, appId, LATER).reports[0]).toMatchObject({
			status: 'returned',
			dueOn: '2027-03-20',
			handlerNote: 'Lisää osallistujamäärät.',
			canSubmit: true
		});
		expect(notified(ngo.userId, 'grant_report_due')).toHaveLength(1);
		expect(audited('grant.reportReturned')[0]!.summary).toContain('2027-03-20');
		// The form asks the call's final-report questions again, filled with the first round's answers.
		expect(
			grantPage(db, ngo, appId, LATER).reports[0]!.questions.map((q) => [q.kind, q.earlier])
		).toEqual([
			['text', 'Tehty'],
			['number', '40'],
			['text', ''],
			['yesno', 'yes']
		]);

		submit(new Date('2027-03-10T09:00:00Z'));
		expect(notified(handler.userId, 'grant_report_submitted')).toHaveLength(2);
		// A new round: both parts wait again, and whoever returned it may now check the finance.
		const parts = grantFollowup(db, handler, appId, LATER).reviews[reportId]!.parts;
		expect(parts.map((p) => p.check)).toEqual([null, null]);
		pass(handler, 'finance');
		pass(coordinator, 'content');
		expect(grantPage(db, ngo, appId, LATER).reports[0]!.status).toBe('accepted');
		// The closer check was drawn once, at the first submission.
		expect(audited('grant.reportCloserCheck')).toHaveLength(1);
		// The organisation's next report is checked more closely for the return.
		const next = db
			.insert(grantReport)
			.values({ applicationId: appId, kind: 'interim', dueOn: '2027-06-30' })
			.returning()
			.get().id;
		submitReport(
			db,
			ngo,
			appId,
			next,
			{ answers: ['Väli', '5', 'yes'], usedCents: 1 },
			LATER,
			NOT_DRAWN
		);
		expect(grantFollowup(db, handler, appId, LATER).reviews[next]!.closerCheck).toEqual([
			'earlierProblems'
		]);
	});

	it('tells a Swedish-speaking NGO’s people of a returned report in Swedish, unless one chose Finnish', () => {
		db.update(organisationProfile)
			.set({ language: 'sv' })
			.where(eq(organisationProfile.organisationId, ngo.organisationId))
			.run();
		setPreferredLanguage(db, colleague, 'fi');
		submit();
		pass(coordinator, 'finance');
		checkReport(
			db,
			handler,
			appId,
			reportId,
			{
				part: 'content',
				outcome: 'returned',
				items: [],
				note: 'Lägg till siffror.',
				deadline: '2027-03-20'
			},
			LATER
		);
		const returned = (reader: Actor) =>
			notificationsPage(db, reader).notifications.find((n) => n.kind === 'grant_report_due')!;
		expect(returned(ngo)).toMatchObject({
			language: 'sv',
			text: 'Redovisningen av understödet (Kyläyhdistys ry, ”Toiminta-avustukset”) ska lämnas senast 20.3.2027.'
		});
		expect(returned(colleague)).toMatchObject({
			language: 'fi',
			text: 'Avustuksen käyttöselvitys (Kyläyhdistys ry, ”Toiminta-avustukset”) on jätettävä viimeistään 20.3.2027.'
		});
	});

	it('gives the acceptance and the reports in the API, to those who may read the application', () => {
		respondToGrant(db, ngo, appId, { accept: true, reason: '' }, DECIDED);
		expect(applicationForApi(db, handler, appId, LATER)).toMatchObject({
			id: appId,
			acceptance: 'accepted',
			reports: [{ kind: 'final', dueOn: '2028-01-31', status: 'due' }]
		});
		expect(refusal(() => applicationForApi(db, otherNgo, appId, LATER)).code).toBe('not_found');
	});
});
