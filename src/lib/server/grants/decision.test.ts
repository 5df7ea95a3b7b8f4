import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainText, readItems, textOf } from '../../documents/doc-schema';
import { checklistOf } from '../../domain/grant-followup';
import type { Actor } from '../../domain/policy';
import { listAuditEvents } from '../audit/log';
import { calendarEntries, calendarYear } from '../calendar/year';
import { loadDoc } from '../collab/store';
import type { Db } from '../db/client';
import {
	attachment,
	grantApplication,
	grantAssessment,
	grantCall,
	grantInstalment,
	grantReport,
	membership,
	notification
} from '../db/schema';
import { createTestDb } from '../db/testing';
import {
	cancelMeeting,
	scheduleMeeting,
	sendMinutesToReview,
	startMeeting
} from '../meetings/service';
import { checkEligibility, withdrawApplication } from './applications';
import { changeCallClosing } from './calls';
import { approveMinutes } from '../records/signoff';
import { insertApplication, insertBasket, insertCall } from '../testing/grant-fixtures';
import {
	actorOf,
	insertActor,
	insertBody,
	insertOrganisation,
	insertRegion,
	insertUser,
	refusal
} from '../testing/fixtures';
import { decisionView, recordDecision } from './decision';
import { checkReport, submitReport } from './followup';
import { grantPage, markInstalmentPaid, readableInstalments } from './grant';
import { remindOfGrantReports } from './jobs';
import { decisionLetter, renderDecisionLetterPdf } from './letter';
import { proposalView, putProposalOnAgenda, saveProposal } from './proposal';

const NOW = new Date('2026-10-15T09:00:00Z');
const MEETING_DAY = new Date('2026-11-02T10:00:00Z');

describe('grant proposal, decision and what follows', () => {
	let db: Db;
	let dir: string;
	let coordinator: Actor;
	let chair: Actor;
	let secretary: Actor;
	let ngoA: Actor;
	let ngoB: Actor;
	let bodyId: number;
	let otherBodyId: number;
	let callId: number;
	let appA: number;
	let appB: number;
	let draft: number;
	let meetingId: number;

	beforeEach(() => {
		db = createTestDb();
		dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-avustukset-'));
		const r = insertRegion(db, 'av');
		coordinator = insertActor(db, r.countyId, 'koord@example.fi', 'coordinator');
		bodyId = insertBody(db, r.regionId, 'strategic');
		otherBodyId = insertBody(db, r.regionId, 'forum');
		const member = (email: string, role: 'chair' | 'secretary') => {
			const u = insertUser(db, r.countyId, email);
			db.insert(membership).values({ bodyId, userId: u.id, role }).run();
			return actorOf(db, u.id);
		};
		chair = member('pj@example.fi', 'chair');
		secretary = member('siht@example.fi', 'secretary');
		const orgA = insertOrganisation(db, r.regionId, 'Mielenterveysyhdistys Tuki ry', 'ngo');
		const orgB = insertOrganisation(db, r.regionId, 'Perheliitto ry', 'ngo');
		ngoA = insertActor(db, orgA, 'tuki@example.fi', 'member');
		ngoB = insertActor(db, orgB, 'perhe@example.fi', 'member');
		const basketId = insertBasket(db, r.regionId, 'operating', 2027, 1_000_000);
		const call = insertCall(db, {
			regionId: r.regionId,
			basketId,
			decidingBodyId: bodyId,
			createdBy: coordinator.userId,
			opensAt: new Date('2026-09-01T06:00:00Z'),
			closesAt: new Date('2026-10-01T13:00:00Z')
		});
		callId = call.id;
		db.update(grantCall)
			.set({
				conditions: 'Järjestön palvelut on kuvattu Lähellä.fi-palvelussa.',
				paymentSchedule: JSON.stringify([
					{ dueOn: '2027-02-15', percent: 60 },
					{ dueOn: '2027-08-15', percent: 40 }
				])
			})
			.where(eq(grantCall.id, callId))
			.run();
		appA = insertApplication(db, callId, orgA, ngoA.userId, {
			status: 'assessed',
			title: 'Vertaistukiryhmät',
			amountRequestedCents: 600_000
		}).id;
		appB = insertApplication(db, callId, orgB, ngoB.userId, {
			status: 'submitted',
			title: 'Perhekahvilat',
			amountRequestedCents: 500_000
		}).id;
		draft = insertApplication(db, callId, orgB, ngoB.userId, { title: 'Luonnos' }).id;
		meetingId = scheduleMeeting(db, secretary, bodyId, {
			title: '',
			startsAt: MEETING_DAY,
			endsAt: new Date(MEETING_DAY.getTime() + 2 * 3_600_000),
			place: '',
			onlineUrl: ''
		}).id;
	});

	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	const propose = (a: number, b: number) =>
		saveProposal(
			db,
			coordinator,
			callId,
			[
				{ applicationId: appA, cents: a, reason: 'Vakiintunutta toimintaa' },
				{ applicationId: appB, cents: b, reason: 'Uusi avaus' }
			],
			NOW
		);

	const toAgenda = (confirm = true) =>
		putProposalOnAgenda(db, coordinator, callId, { meetingId, confirmed: confirm }, NOW, dir);

	/** The proposal on the agenda, the meeting started: the body decides A as proposed and B lower. */
	const decideInMeeting = async () => {
		propose(600_000, 400_000);
		await toAgenda();
		startMeeting(db, secretary, meetingId, MEETING_DAY);
		recordDecision(
			db,
			secretary,
			callId,
			[
				{ applicationId: appA, cents: 600_000, grounds: '' },
				{ applicationId: appB, cents: 300_000, grounds: 'Toimintaa on jo kunnan tuella.' }
			],
			MEETING_DAY
		);
	};

	const approve = () => {
		sendMinutesToReview(db, secretary, meetingId, MEETING_DAY, MEETING_DAY);
		approveMinutes(db, chair, meetingId, MEETING_DAY);
		approveMinutes(db, secretary, meetingId, MEETING_DAY);
	};

	it('lists the applications that go to the decision and sums the proposal against the appropriation, warning beyond it', () => {
		propose(600_000, 500_000);
		const view = proposalView(db, coordinator, callId, NOW);
		expect(view.applications.map((a) => a.id)).toEqual([appA, appB]);
		expect(view.applications.map((a) => a.id)).not.toContain(draft);
		expect(view.totals).toEqual({
			totalCents: 1_100_000,
			appropriationCents: 1_000_000,
			remainingCents: -100_000,
			overAppropriation: true
		});
		expect(view.meetings.map((m) => m.id)).toEqual([meetingId]);
		propose(600_000, 0);
		expect(proposalView(db, coordinator, callId, NOW).totals.overAppropriation).toBe(false);
	});

	it('shows the mean of the completed, unconflicted assessments, a draft left half scored aside', () => {
		const assessor = insertActor(db, coordinator.organisationId, 'arvioija@example.fi', 'member');
		const drafting = insertActor(db, coordinator.organisationId, 'kesken@example.fi', 'member');
		db.insert(grantAssessment)
			.values([
				{ applicationId: appA, assessorId: drafting.userId, scores: '[1,null]', updatedAt: NOW },
				{
					applicationId: appA,
					assessorId: assessor.userId,
					scores: '[4,1]',
					completedAt: NOW,
					updatedAt: NOW
				},
				{
					applicationId: appA,
					assessorId: coordinator.userId,
					conflictDeclared: true,
					updatedAt: NOW
				}
			])
			.run();
		const view = proposalView(db, coordinator, callId, NOW);
		expect(view.applications.find((a) => a.id === appA)?.meanScore).toBe(3);
		expect(view.applications.find((a) => a.id === appB)?.meanScore).toBeNull();
	});

	it('lets only the handlers propose: an NGO is refused and an application of another call is not found', () => {
		expect(refusal(() => proposalView(db, ngoA, callId, NOW)).code).toBe('forbidden');
		expect(
			refusal(() =>
				saveProposal(db, coordinator, callId, [{ applicationId: draft, cents: 1, reason: '' }], NOW)
			).code
		).toBe('not_found');
	});

	it('puts the proposal on the agenda as one item, over the appropriation only when confirmed', async () => {
		propose(600_000, 500_000);
		const asked = await toAgenda(false).catch((e) => e);
		expect([asked.code, asked.issues]).toEqual([
			'conflict',
			{ confirm: 'grantDecisions.agenda.confirmOver' }
		]);
		const { itemKey } = await toAgenda(true);
		const agenda = loadDoc(db, `agenda:${meetingId}`)!.doc;
		const item = readItems(agenda).find((i) => i.id === itemKey)!;
		expect(item.title).toBe('Järjestöavustusten myöntäminen: Toiminta-avustukset');
		const proposal = plainText(textOf(agenda, 'proposal', itemKey));
		expect(proposal).toContain(
			'Mielenterveysyhdistys Tuki ry: Vertaistukiryhmät, 6\u00a0000\u00a0€'
		);
		expect(proposal).toContain('Talousarvion määräraha vuodelle 2027 on 10\u00a0000\u00a0€');
		expect(proposal).toContain('Esitys ylittää määrärahan 1\u00a0000\u00a0€');
		expect(proposal).toContain('Esitys: Järjestöavustukset myönnetään');
		// Before the standard closing items.
		expect(readItems(agenda).at(-1)?.title).not.toBe(item.title);
		const call = db.select().from(grantCall).where(eq(grantCall.id, callId)).get()!;
		expect([call.decisionMeetingId, call.decisionItemKey]).toEqual([meetingId, itemKey]);
		// Once on the agenda, the proposal stays as it went there.
		expect(refusal(() => propose(1, 1)).messageKey).toBe('grantDecisions.proposal.onAgenda');
	});

	it('keeps the applications as the agenda has them, refuses a second item, and gives the proposal back when the meeting is cancelled', async () => {
		propose(600_000, 500_000);
		await toAgenda();
		const onAgenda = 'grantDecisions.proposal.onAgenda';
		expect(refusal(() => withdrawApplication(db, ngoA, appA, NOW)).messageKey).toBe(onAgenda);
		expect(
			refusal(() =>
				checkEligibility(db, coordinator, appB, { verdict: 'ineligible', note: 'x' }, NOW)
			).messageKey
		).toBe(onAgenda);
		expect(
			refusal(() => changeCallClosing(db, coordinator, callId, new Date('2026-12-01'), NOW))
				.messageKey
		).toBe(onAgenda);
		expect((await toAgenda().catch((e) => e)).messageKey).toBe(onAgenda);
		const items = () =>
			readItems(loadDoc(db, `agenda:${meetingId}`)!.doc).filter((i) =>
				i.title.startsWith('Järjestöavustusten myöntäminen')
			);
		expect(items()).toHaveLength(1);

		cancelMeeting(db, secretary, meetingId, { confirmed: true });
		propose(550_000, 450_000);
		const next = scheduleMeeting(db, secretary, bodyId, {
			title: '',
			startsAt: new Date(MEETING_DAY.getTime() + 7 * 86_400_000),
			endsAt: new Date(MEETING_DAY.getTime() + 7 * 86_400_000 + 3_600_000),
			place: '',
			onlineUrl: ''
		}).id;
		await putProposalOnAgenda(
			db,
			coordinator,
			callId,
			{ meetingId: next, confirmed: true },
			NOW,
			dir
		);
		expect(
			db.select().from(grantCall).where(eq(grantCall.id, callId)).get()!.decisionMeetingId
		).toBe(next);
	});

	it('attaches the assessments to the item as a non-public file where there are any', async () => {
		db.insert(grantAssessment)
			.values({
				applicationId: appA,
				assessorId: coordinator.userId,
				scores: '[3,3]',
				completedAt: NOW,
				updatedAt: NOW
			})
			.run();
		propose(500_000, 400_000);
		const { itemKey } = await toAgenda(false);
		const files = db.select().from(attachment).where(eq(attachment.meetingId, meetingId)).all();
		expect(files).toMatchObject([
			{ itemKey, public: false, filename: 'arvioinnit-2027.pdf', contentType: 'application/pdf' }
		]);
	});

	it('refuses the agenda before the call closes and a proposal not complete; another body’s meeting is not found', async () => {
		saveProposal(db, coordinator, callId, [{ applicationId: appA, cents: 1, reason: '' }], NOW);
		expect((await toAgenda().catch((e) => e)).messageKey).toBe('grantDecisions.agenda.incomplete');
		propose(1, 1);
		const early = await putProposalOnAgenda(
			db,
			coordinator,
			callId,
			{ meetingId, confirmed: false },
			new Date('2026-09-15T09:00:00Z'),
			dir
		).catch((e) => e);
		expect(early.messageKey).toBe('grantDecisions.agenda.notClosed');
		const other = scheduleMeeting(db, coordinator, otherBodyId, {
			title: '',
			startsAt: MEETING_DAY,
			endsAt: new Date(MEETING_DAY.getTime() + 3_600_000),
			place: '',
			onlineUrl: ''
		}).id;
		const wrong = await putProposalOnAgenda(
			db,
			coordinator,
			callId,
			{ meetingId: other, confirmed: false },
			NOW,
			dir
		).catch((e) => e);
		expect(wrong.code).toBe('not_found');
	});

	it('writes the decision into the minutes: as proposed, or each amount with the grounds of a change', async () => {
		await decideInMeeting();
		const call = db.select().from(grantCall).where(eq(grantCall.id, callId)).get()!;
		const decision = () =>
			plainText(
				textOf(loadDoc(db, `minutes:${meetingId}`)!.doc, 'decision', call.decisionItemKey!)
			);
		expect(decision()).toContain('Päätös: Toimielin myönsi avustukset seuraavasti:');
		expect(decision()).toContain(
			'Perheliitto ry: Perhekahvilat, 3\u00a0000\u00a0€. Perustelu: Toimintaa on jo kunnan tuella.'
		);
		recordDecision(
			db,
			secretary,
			callId,
			[
				{ applicationId: appA, cents: 600_000, grounds: '' },
				{ applicationId: appB, cents: 400_000, grounds: '' }
			],
			MEETING_DAY
		);
		expect(decision()).toBe('Päätös: Toimielin myönsi avustukset esityksen mukaisesti.');
		expect(decisionView(db, secretary, callId, MEETING_DAY).canRecord).toBe(true);
		// Nothing is settled before the minutes are approved.
		const a = db.select().from(grantApplication).where(eq(grantApplication.id, appA)).get()!;
		expect([a.status, a.amountGrantedCents, a.decidedCents]).toEqual(['assessed', null, 600_000]);
	});

	it('lets only the minutes’ editors record the decision; an NGO does not find it', async () => {
		await decideInMeeting();
		expect(refusal(() => decisionView(db, ngoA, callId, MEETING_DAY)).code).toBe('not_found');
		expect(
			refusal(() =>
				recordDecision(db, ngoA, callId, [{ applicationId: appA, cents: 1, grounds: '' }], NOW)
			).code
		).toBe('not_found');
		expect(
			refusal(() =>
				recordDecision(db, secretary, callId, [{ applicationId: appA, cents: 1, grounds: '' }])
			).issues
		).toEqual({ [`amount-${appB}`]: 'validation.required' });
	});

	it('settles the decision when the minutes are approved: outcomes, instalments, reports, notices and the audit log', async () => {
		await decideInMeeting();
		approve();
		const apps = db
			.select()
			.from(grantApplication)
			.where(eq(grantApplication.callId, callId))
			.all();
		const a = apps.find((x) => x.id === appA)!;
		const b = apps.find((x) => x.id === appB)!;
		expect([a.status, a.amountGrantedCents, a.decisionMeetingId]).toEqual([
			'granted',
			600_000,
			meetingId
		]);
		expect([b.status, b.amountGrantedCents]).toEqual(['partly_granted', 300_000]);
		expect(apps.find((x) => x.id === draft)?.status).toBe('draft');
		expect(db.select().from(grantCall).where(eq(grantCall.id, callId)).get()!.decidedAt).toEqual(
			MEETING_DAY
		);
		expect(
			db
				.select({ dueOn: grantInstalment.dueOn, amountCents: grantInstalment.amountCents })
				.from(grantInstalment)
				.where(eq(grantInstalment.applicationId, appB))
				.all()
		).toEqual([
			{ dueOn: '2027-02-15', amountCents: 180_000 },
			{ dueOn: '2027-08-15', amountCents: 120_000 }
		]);
		expect(
			db
				.select({ kind: grantReport.kind, dueOn: grantReport.dueOn, status: grantReport.status })
				.from(grantReport)
				.where(eq(grantReport.applicationId, appA))
				.all()
		).toEqual([{ kind: 'final', dueOn: '2028-01-31', status: 'due' }]);
		const notices = db
			.select()
			.from(notification)
			.where(eq(notification.kind, 'grant_decided'))
			.all();
		expect(notices.map((n) => [n.userId, n.link])).toEqual([
			[ngoA.userId, `/grants/applications/${appA}/grant`],
			[ngoB.userId, `/grants/applications/${appB}/grant`]
		]);
		expect(
			listAuditEvents(db, coordinator, coordinator.regionId)
				.filter((e) => e.action.startsWith('grant.'))
				.map((e) => e.action)
				.sort()
		).toEqual([
			'grant.decided',
			'grant.decided',
			'grant.decisionRecorded',
			'grant.proposalOnAgenda'
		]);
		expect(decisionView(db, secretary, callId, MEETING_DAY).canRecord).toBe(false);
	});

	it('gives the applicant a decision letter with the amount, the payments, the reports and the appeal instructions', async () => {
		await expect(async () => decisionLetter(db, ngoA, appA, NOW)).rejects.toMatchObject({
			code: 'not_found'
		});
		await decideInMeeting();
		approve();
		const letter = decisionLetter(db, ngoB, appB, MEETING_DAY);
		const text = (
			await extractText(new Uint8Array(await renderDecisionLetterPdf(letter)))
		).text.join('\n');
		expect(text).toContain('Perheliitto ry');
		expect(text).toMatch(/Myönnetty avustus: 3\s000\s€/);
		expect(text).toContain('osittain');
		expect(text).toContain('Toimintaa on jo kunnan tuella.');
		expect(text).toContain('Lähellä.fi');
		expect(text).toMatch(/15\.2\.2027: 1\s800\s€/);
		expect(text).toContain('Käyttöselvitys (loppuraportti) viimeistään 31.1.2028');
		expect(text).toContain('Oikaisuvaatimusohje');
		expect(text).toContain('14 päivän kuluessa');
		// Another NGO's letter does not exist for them; the handler reads it.
		expect(refusal(() => decisionLetter(db, ngoA, appB, MEETING_DAY)).code).toBe('not_found');
		expect(decisionLetter(db, coordinator, appB, MEETING_DAY).grantedCents).toBe(300_000);
	});

	it('puts the payment dates on the calendar and the organisation page of those who read the application', async () => {
		await decideInMeeting();
		approve();
		const payments = (actor: Actor) =>
			calendarEntries(calendarYear(db, actor, actor.regionId, 2027))
				.filter((e) => e.type === 'grant' && e.grantKind === 'instalment')
				.map((e) => [e.startsOn, e.href]);
		expect(payments(ngoA)).toEqual([
			['2027-02-15', `/grants/applications/${appA}/grant`],
			['2027-08-15', `/grants/applications/${appA}/grant`]
		]);
		expect(payments(coordinator)).toHaveLength(4);
		expect(payments(chair)).toEqual([]);
		const onPage = (actor: Actor, organisationId: number) =>
			readableInstalments(db, actor, { regionId: actor.regionId, organisationId }).map(
				(i) => i.amountCents
			);
		expect(onPage(ngoA, ngoA.organisationId)).toEqual([360_000, 240_000]);
		expect(onPage(ngoB, ngoA.organisationId)).toEqual([]);
	});

	it('lets the handler mark an instalment paid, and nobody else', async () => {
		await decideInMeeting();
		approve();
		const [first] = grantPage(db, ngoA, appA, MEETING_DAY).instalments;
		expect(first.canMarkPaid).toBe(false);
		expect(refusal(() => markInstalmentPaid(db, ngoA, appA, first.id)).code).toBe('forbidden');
		expect(refusal(() => markInstalmentPaid(db, ngoB, appA, first.id)).code).toBe('not_found');
		markInstalmentPaid(db, coordinator, appA, first.id, MEETING_DAY);
		expect(grantPage(db, coordinator, appA, MEETING_DAY).instalments[0].paidAt).toEqual(
			MEETING_DAY
		);
		expect(refusal(() => markInstalmentPaid(db, coordinator, appA, first.id)).code).toBe(
			'conflict'
		);
		expect(
			listAuditEvents(db, coordinator, coordinator.regionId).some(
				(e) => e.action === 'grant.instalmentPaid' && e.targetId === appA
			)
		).toBe(true);
	});

	it('reminds of a report as its date nears, not again within a week, and never of an accepted one', async () => {
		await decideInMeeting();
		approve();
		const reminders = () =>
			db.select().from(notification).where(eq(notification.kind, 'grant_report_due')).all().length;
		remindOfGrantReports(db, new Date('2028-01-01T08:00:00Z'));
		expect(reminders()).toBe(0);
		remindOfGrantReports(db, new Date('2028-01-20T08:00:00Z'));
		expect(reminders()).toBe(2);
		remindOfGrantReports(db, new Date('2028-01-25T08:00:00Z'));
		expect(reminders()).toBe(2);
		const [report] = grantPage(db, ngoA, appA, MEETING_DAY).reports;
		submitReport(
			db,
			ngoA,
			appA,
			report.id,
			{ answers: ['Tehty', '40', '', 'yes'], usedCents: 600_000 },
			MEETING_DAY
		);
		const colleague = insertActor(
			db,
			coordinator.organisationId,
			'koord2@example.fi',
			'coordinator'
		);
		for (const [part, checker] of [
			['content', coordinator],
			['finance', colleague]
		] as const)
			checkReport(
				db,
				checker,
				appA,
				report.id,
				{ part, outcome: 'passed', items: [...checklistOf(part, true)], note: '', deadline: null },
				MEETING_DAY
			);
		remindOfGrantReports(db, new Date('2028-02-05T08:00:00Z'));
		// Only B's report, now overdue, is reminded of again.
		expect(reminders()).toBe(3);
		expect(grantPage(db, ngoB, appB, new Date('2028-02-05T08:00:00Z')).reports[0].overdue).toBe(
			true
		);
	});
});
