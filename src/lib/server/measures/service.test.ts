import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendParagraphs, plainText, readItems, textOf } from '../../documents/doc-schema';
import type { Actor } from '../../domain/policy';
import { changeLiveDoc, loadDoc } from '../collab/store';
import type { Db } from '../db/client';
import { body, membership, notification } from '../db/schema';
import { createTestDb } from '../db/testing';
import { listItems } from '../meetings/rows';
import { scheduleMeeting, sendMinutesToReview, startMeeting } from '../meetings/service';
import {
	actorOf,
	insertActor,
	insertOrganisation,
	insertRegion,
	insertUser,
	refusal
} from '../testing/fixtures';
import { measuresForApi } from './api';
import { addEvaluationItem } from './evaluation';
import {
	getOrganisationCommitments,
	getOwnCommitments,
	listBudgetMeasures,
	listMeasures
} from './lists';
import { decidedItems } from './rows';
import { getMeasure, measurePage, newMeasurePage } from './views';
import {
	assertMayFollowUp,
	authorizeMeasureCorrection,
	authorizeRecording,
	recordMeasure,
	updateMeasureDetails,
	updateMeasureStatus,
	type MeasureInput
} from './service';

const slot = (iso: string) => ({
	title: '',
	startsAt: new Date(`${iso}T10:00:00Z`),
	endsAt: new Date(`${iso}T12:00:00Z`),
	place: 'Teams',
	onlineUrl: ''
});

describe('goals and measures', () => {
	let db: Db;
	let regionId: number;
	let countyId: number;
	let liperiId: number;
	let joensuuId: number;
	let ngoId: number;
	let bodyId: number;
	let coordinator: Actor;
	let secretary: Actor;
	let member: Actor;
	let ngoSecretary: Actor;
	let director: Actor;
	let joensuuPerson: Actor;
	let outsider: Actor;
	let meetingId: number;
	let itemKey: string;

	const input = (over: Partial<MeasureInput> = {}): MeasureInput => ({
		kind: 'measure',
		parentId: null,
		title: 'Liikkumisen edistäminen kouluissa',
		description: '',
		ownerOrganisationIds: [liperiId, joensuuId],
		responsibleUserId: null,
		responsibleName: 'sivistysjohtajat',
		budgetYear: 2026,
		amountEuros: 20000,
		needsNextYearBudget: false,
		dueDate: '2026-10-31',
		indicatorIds: [],
		...over
	});
	const record = (over: Partial<MeasureInput> = {}, by = coordinator) =>
		recordMeasure(db, by, { meetingId, itemKey }, input(over), new Date('2026-03-05T10:00:00Z'));

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'pk');
		regionId = r.regionId;
		countyId = r.countyId;
		liperiId = r.municipalityId;
		joensuuId = insertOrganisation(db, regionId, 'Joensuun kaupunki', 'municipality');
		ngoId = insertOrganisation(db, regionId, 'Yhdistys ry', 'ngo');
		bodyId = db
			.insert(body)
			.values({
				regionId,
				name: 'HYTE-neuvottelut',
				level: 'strategic',
				cadenceMin: 1,
				cadenceMax: 2,
				membersCoEditMinutes: false
			})
			.returning()
			.get().id;
		const add = (email: string, role: 'secretary' | 'member', orgId: number) => {
			const u = insertUser(db, orgId, email);
			db.insert(membership).values({ bodyId, userId: u.id, role }).run();
			return actorOf(db, u.id);
		};
		secretary = add('sihteeri@example.fi', 'secretary', countyId);
		member = add('jasen@example.fi', 'member', countyId);
		ngoSecretary = add('jarjesto@example.fi', 'secretary', ngoId);
		coordinator = insertActor(db, countyId, 'koordinaattori@example.fi', 'coordinator');
		director = insertActor(db, liperiId, 'kunnanjohtaja@example.fi', 'member');
		joensuuPerson = insertActor(db, joensuuId, 'joensuu@example.fi', 'member');
		const other = insertRegion(db, 'muu');
		outsider = insertActor(db, other.municipalityId, 'muu@example.fi', 'coordinator');

		meetingId = scheduleMeeting(db, secretary, bodyId, slot('2026-03-01')).id;
		startMeeting(db, secretary, meetingId, new Date('2026-03-01T10:00:00Z'));
		const items = readItems(loadDoc(db, `minutes:${meetingId}`)!.doc);
		itemKey = items[2].id;
		changeLiveDoc(db, `minutes:${meetingId}`, (doc) =>
			appendParagraphs(textOf(doc, 'decision', itemKey), 'Sovittiin liikkumisen edistämisestä.')
		);
	});

	const settle = () =>
		sendMinutesToReview(db, secretary, meetingId, new Date('2026-03-01T12:00:00Z'));

	describe('recording from the minutes', () => {
		it('records a measure from a decided item once the minutes are settled', () => {
			expect(refusal(() => record()).messageKey).toBe('measures.minutesNotSettled');
			settle();
			expect(decidedItems(db, meetingId).map((i) => i.key)).toEqual([itemKey]);
			const created = record({}, secretary);
			const { measure, source } = getMeasure(db, director, created.id, '2026-03-05');
			expect(measure).toMatchObject({
				status: 'not_started',
				owners: [{ name: 'Joensuun kaupunki' }, { name: 'Kunta pk' }],
				responsible: 'sivistysjohtajat',
				overdue: false
			});
			expect(source).toMatchObject({
				meetingId,
				itemKey,
				itemNumber: 3,
				bodyName: 'HYTE-neuvottelut'
			});
		});

		it('leaves recording to coordinators and the body’s officers, not members or NGOs', () => {
			settle();
			expect(refusal(() => record({}, member)).code).toBe('forbidden');
			expect(refusal(() => record({}, ngoSecretary)).code).toBe('forbidden');
			expect(refusal(() => record({}, director)).code).toBe('forbidden');
			expect(refusal(() => record({}, outsider)).code).toBe('forbidden');
		});

		it('names the field that is wrong: no owners, an owner or a goal from elsewhere', () => {
			settle();
			const foreign = insertRegion(db, 'x').municipalityId;
			expect(refusal(() => record({ ownerOrganisationIds: [] })).issues).toEqual({
				ownerOrganisationIds: 'measures.ownersRequired'
			});
			expect(
				refusal(() => record({ ownerOrganisationIds: [liperiId, foreign] })).issues
			).toHaveProperty('ownerOrganisationIds');
			const measureAsParent = record();
			expect(refusal(() => record({ parentId: measureAsParent.id })).issues).toEqual({
				parentId: 'measures.parentInvalid'
			});
			const goal = record({ kind: 'goal', title: 'Lasten liikkuminen lisääntyy' });
			expect(record({ parentId: goal.id }).parentId).toBe(goal.id);
			expect(
				refusal(() =>
					recordMeasure(db, coordinator, { meetingId, itemKey: 'no-such-item' }, input())
				).code
			).toBe('not_found');
		});

		it('lets the recorders correct the details, owners included', () => {
			settle();
			const created = record();
			updateMeasureDetails(
				db,
				secretary,
				created.id,
				input({ title: 'Korjattu otsikko', ownerOrganisationIds: [countyId] })
			);
			const { measure } = getMeasure(db, coordinator, created.id);
			expect(measure.title).toBe('Korjattu otsikko');
			expect(measure.owners.map((o) => o.id)).toEqual([countyId]);
			expect(refusal(() => updateMeasureDetails(db, director, created.id, input())).code).toBe(
				'forbidden'
			);
		});
	});

	describe('who may act, decided before the form is read', () => {
		it('refuses those who may not record, correct or follow up, and a meeting that does not exist', () => {
			settle();
			const created = record();
			expect(refusal(() => authorizeRecording(db, member, meetingId)).code).toBe('forbidden');
			expect(refusal(() => authorizeRecording(db, outsider, meetingId)).code).toBe('forbidden');
			expect(refusal(() => authorizeRecording(db, coordinator, 999_999)).code).toBe('not_found');
			expect(refusal(() => authorizeMeasureCorrection(db, director, created.id)).code).toBe(
				'forbidden'
			);
			expect(refusal(() => assertMayFollowUp(db, outsider, created.id)).code).toBe('forbidden');
			expect(() => assertMayFollowUp(db, director, created.id)).not.toThrow();
		});

		it('gives each page the permissions of its reader, from the policy', () => {
			settle();
			const created = record();
			const owner = measurePage(db, director, created.id);
			expect(owner.edit).toBeNull();
			expect(owner.statusOptions).toContain('in_progress');
			const recorder = measurePage(db, secretary, created.id);
			expect(recorder.edit?.values.ownerOrganisationIds.sort()).toEqual(
				[liperiId, joensuuId].sort()
			);
			// Another region's measure is not found at all (regions/isolation.test.ts).
			expect(refusal(() => measurePage(db, outsider, created.id)).code).toBe('not_found');
			expect(newMeasurePage(db, secretary, meetingId, itemKey).item?.key).toBe(itemKey);
			expect(refusal(() => newMeasurePage(db, secretary, meetingId, 'no-such-item')).code).toBe(
				'not_found'
			);
			expect(refusal(() => newMeasurePage(db, member, meetingId, itemKey)).code).toBe('forbidden');
		});
	});

	describe('follow-up', () => {
		let id: number;
		beforeEach(() => {
			settle();
			id = record().id;
		});
		const update = (
			who: Actor,
			status: Parameters<typeof updateMeasureStatus>[3]['status'],
			comment = '',
			at = '2026-04-01T09:00:00Z'
		) => updateMeasureStatus(db, who, id, { status, comment }, new Date(at));

		it('lets an owner organisation’s people update, keeping who and when, and tells the other owners', () => {
			update(director, 'in_progress', 'Liikuntatunnit lisätty syksyn lukujärjestykseen.');
			update(
				joensuuPerson,
				'in_progress',
				'Joensuussa käynnistyy elokuussa.',
				'2026-05-01T09:00:00Z'
			);
			const { measure, history } = getMeasure(db, coordinator, id);
			expect(measure.status).toBe('in_progress');
			expect(history.map((h) => [h.userName, h.status, h.createdAt.toISOString()])).toEqual([
				['joensuu', 'in_progress', '2026-05-01T09:00:00.000Z'],
				['kunnanjohtaja', 'in_progress', '2026-04-01T09:00:00.000Z']
			]);
			const told = db
				.select()
				.from(notification)
				.where(eq(notification.kind, 'measure_updated'))
				.all();
			// The first update told Joensuu's person, the second Liperi's director; nobody hears of their own update.
			expect(told.map((n) => n.userId).sort()).toEqual(
				[director.userId, joensuuPerson.userId].sort()
			);
			expect(told[0].link).toBe(`/measures/${id}`);
		});

		it('refuses people outside the owner organisations, coordinators aside', () => {
			expect(refusal(() => update(member, 'in_progress', 'x')).code).toBe('forbidden');
			expect(refusal(() => update(ngoSecretary, 'in_progress', 'x')).code).toBe('forbidden');
			expect(refusal(() => update(outsider, 'in_progress', 'x')).code).toBe('forbidden');
			update(coordinator, 'in_progress', 'Koordinaattori kirjasi tilanteen.');
			expect(getMeasure(db, coordinator, id).measure.status).toBe('in_progress');
		});

		it('lets the owners and the recorders reopen a closed measure, nobody else, and refuses moves off the graph', () => {
			update(director, 'done', 'Valmis.');
			expect(refusal(() => update(outsider, 'in_progress', 'Jatkuu.')).code).toBe('forbidden');
			expect(refusal(() => update(secretary, 'not_started', 'Alusta.')).issues).toEqual({
				status: 'measures.cannotMove'
			});
			update(director, 'in_progress', 'Jatkuu sittenkin.');
			update(director, 'dropped', 'Luovuttiin.');
			update(secretary, 'in_progress', 'Avattu uudelleen: työ jatkuu.');
			expect(getMeasure(db, director, id).measure.status).toBe('in_progress');
		});

		it('needs a comment when the status stays the same', () => {
			expect(refusal(() => update(director, 'not_started', '')).issues).toEqual({
				comment: 'measures.commentRequired'
			});
			update(director, 'not_started', 'Aloitus siirtyy syksyyn.');
			expect(getMeasure(db, director, id).history).toHaveLength(1);
		});

		it('marks an open measure past its due date as overdue, a done one not', () => {
			expect(listMeasures(db, director, { regionId }, '2026-11-01')[0].overdue).toBe(true);
			update(director, 'done', 'Valmis.');
			expect(listMeasures(db, director, { regionId }, '2026-11-01')[0].overdue).toBe(false);
		});
	});

	describe('lists', () => {
		beforeEach(settle);

		it('shows an organisation’s commitments across years, and only to its region', () => {
			record({ budgetYear: 2025 });
			record({ budgetYear: 2026, ownerOrganisationIds: [joensuuId] });
			record({ budgetYear: 2027, ownerOrganisationIds: [liperiId, countyId] });
			const { measures } = getOrganisationCommitments(db, director, liperiId);
			expect(measures.map((m) => m.budgetYear)).toEqual([2027, 2025]);
			expect(refusal(() => getOrganisationCommitments(db, outsider, liperiId)).code).toBe(
				'forbidden'
			);
			expect(listMeasures(db, outsider, {})).toEqual([]);
		});

		it('gives an owner’s people their organisation’s open commitments of every year, last year’s overdue one first', () => {
			record({ budgetYear: 2026, dueDate: '2026-12-15', title: 'Tämän vuoden' });
			record({ budgetYear: 2025, dueDate: '2026-02-28', title: 'Viime vuoden myöhässä' });
			const done = record({ budgetYear: 2025, title: 'Valmis jo' });
			updateMeasureStatus(
				db,
				director,
				done.id,
				{ status: 'done', comment: 'Valmis.' },
				new Date('2026-04-01T09:00:00Z')
			);
			record({ budgetYear: 2026, ownerOrganisationIds: [joensuuId], title: 'Joensuun oma' });
			const own = getOwnCommitments(db, director, '2026-11-01');
			expect(own.organisation.id).toBe(liperiId);
			expect(own.measures.map((m) => [m.title, m.overdue])).toEqual([
				['Viime vuoden myöhässä', true],
				['Tämän vuoden', false]
			]);
		});

		it('lists for a year’s budget the measures of the year before that need money in next year’s budget', () => {
			// Measures of 2026 that need money in next year's budget: the list for the 2027 budget.
			const needed = record({
				budgetYear: 2026,
				needsNextYearBudget: true,
				title: 'Tarvitsee rahaa'
			});
			record({ budgetYear: 2026, needsNextYearBudget: false, title: 'Ei rahaa' });
			record({
				budgetYear: 2027,
				needsNextYearBudget: true,
				title: 'Vasta vuoden 2028 talousarvioon'
			});
			const dropped = record({ budgetYear: 2026, needsNextYearBudget: true, title: 'Luovuttu' });
			updateMeasureStatus(db, coordinator, dropped.id, {
				status: 'dropped',
				comment: 'Ei rahoitusta.'
			});
			expect(listBudgetMeasures(db, director, regionId, 2027).map((m) => m.id)).toEqual([
				needed.id
			]);
			expect(refusal(() => listBudgetMeasures(db, outsider, regionId, 2027)).code).toBe(
				'forbidden'
			);
		});

		it('gives the integration API the contract’s fields, per year', () => {
			const created = record();
			updateMeasureStatus(
				db,
				director,
				created.id,
				{ status: 'in_progress', comment: 'Käynnissä.' },
				new Date('2026-04-01T09:00:00Z')
			);
			record({ budgetYear: 2027 });
			const rows = measuresForApi(db, joensuuPerson, 2026, 'https://x.example');
			expect(rows).toEqual([
				expect.objectContaining({
					id: created.id,
					title: 'Liikkumisen edistäminen kouluissa',
					ownerOrganisationIds: expect.arrayContaining([liperiId, joensuuId]),
					bodyId,
					sourceMeetingId: meetingId,
					budgetYear: 2026,
					dueDate: '2026-10-31',
					status: 'in_progress',
					lastUpdate: {
						status: 'in_progress',
						comment: 'Käynnissä.',
						by: 'kunnanjohtaja',
						at: '2026-04-01T09:00:00.000Z'
					}
				})
			]);
		});
	});

	describe('evaluation of last year', () => {
		let evaluationMeetingId: number;
		beforeEach(() => {
			settle();
			evaluationMeetingId = scheduleMeeting(db, secretary, bodyId, slot('2027-02-10')).id;
		});

		const proposalOf = (key: string) =>
			plainText(textOf(loadDoc(db, `agenda:${evaluationMeetingId}`)!.doc, 'proposal', key));

		it('adds a snapshot item after the opening items that later updates do not change', () => {
			const first = record({ title: 'Koulujen liikuntatunnit' });
			record({ title: 'Ensi vuoden asia', budgetYear: 2027 });
			updateMeasureStatus(
				db,
				director,
				first.id,
				{ status: 'in_progress', comment: 'Puolivälissä.' },
				new Date('2026-09-01T09:00:00Z')
			);
			const key = addEvaluationItem(
				db,
				secretary,
				evaluationMeetingId,
				{ scope: 'region', year: 2026 },
				new Date('2027-01-15T10:00:00Z')
			);

			const items = listItems(db, [evaluationMeetingId]);
			expect(items[2]).toMatchObject({
				key,
				title: 'Edellisen vuoden arviointi: tavoitteet ja toimenpiteet 2026'
			});
			const snapshot = proposalOf(key);
			expect(snapshot).toContain('Yhteensä 1: käynnissä 1 (myöhässä 1)');
			expect(snapshot).toContain(
				'Koulujen liikuntatunnit – tila: käynnissä – MYÖHÄSSÄ, määräpäivä 31.10.2026'
			);
			expect(snapshot).toContain('”Puolivälissä.”');
			expect(snapshot).not.toContain('Ensi vuoden asia');

			updateMeasureStatus(db, director, first.id, { status: 'done', comment: 'Valmis.' });
			updateMeasureDetails(db, coordinator, first.id, { ...input({ title: 'Uusi nimi' }) });
			expect(proposalOf(key)).toBe(snapshot);
		});

		it('is for those who prepare the agenda, while it is still being prepared', () => {
			expect(
				refusal(() =>
					addEvaluationItem(db, member, evaluationMeetingId, { scope: 'body', year: 2026 })
				).code
			).toBe('forbidden');
			startMeeting(db, secretary, evaluationMeetingId, new Date(), { confirmed: true });
			expect(
				refusal(() =>
					addEvaluationItem(db, secretary, evaluationMeetingId, { scope: 'body', year: 2026 })
				).messageKey
			).toBe('measures.evaluation.agendaClosed');
		});
	});
});
