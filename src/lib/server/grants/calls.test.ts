import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../domain/policy';
import type { CallInput } from '../../schemas/grant-calls';
import { calendarEntries, calendarYear } from '../calendar/year';
import type { Db } from '../db/client';
import {
	auditEvent,
	grantAppropriation,
	grantBasket,
	grantCall,
	grantCallStaff,
	notification
} from '../db/schema';
import { createTestDb } from '../db/testing';
import {
	insertActor,
	insertBody,
	insertOrganisation,
	insertRegion,
	refusal
} from '../testing/fixtures';
import { insertActivityClass, insertBasket, insertCall } from '../testing/grant-fixtures';
import {
	addActivityClass,
	moveActivityClass,
	listActivityClasses,
	removeActivityClass
} from './activity-classes';
import { createBasket, setAppropriation, updateBasket } from './baskets';
import { changeCallClosing, createCall, publishCall, updateCall } from './calls';
import { grantsOverview } from './overview';
import { callPage, editCallPage, newCallPage } from './views';
import { DEFAULT_REPORT_QUESTIONS } from '../../domain/grant-report-questions';

const testDb = vi.hoisted(() => ({ current: undefined as Db | undefined }));
vi.mock('../db/instance', () => ({ getDb: () => testDb.current! }));

const { GET } = await import('../../../routes/api/grants/calls/+server');

const NOW = new Date('2026-09-01T09:00:00Z');

describe('grant calls', () => {
	let db: Db;
	let coordinator: Actor;
	let municipal: Actor;
	let ngo: Actor;
	let otherCoordinator: Actor;
	let otherNgo: Actor;
	let basketId: number;
	let bodyId: number;
	let classId: number;

	const input = (overrides: Partial<CallInput> = {}): CallInput => ({
		basketId,
		budgetYear: 2027,
		title: 'Toiminta-avustukset 2027',
		instructions: 'Hae syyskuun aikana.',
		conditions: 'Palvelut on kuvattu Lähellä.fi-palvelussa tai PTV:ssä.',
		criteria: [
			{ row: 1, name: 'Vaikuttavuus', weight: '60' },
			{ row: 2, name: 'Kustannukset', weight: '40' }
		],
		classIds: [classId],
		requiredAttachments: ['statutes', 'financial_statements'],
		schedule: [
			{ row: 1, dueOn: '2027-06-01', percent: '40' },
			{ row: 2, dueOn: '2027-02-01', percent: '60' }
		],
		reportDueOn: '2028-03-31',
		reportQuestions: [
			{ row: 1, text: 'Mitä tehtiin?', kind: 'text', asked: 'both', required: true },
			{ row: 3, text: 'Montako osallistui?', kind: 'number', asked: 'final', required: false }
		],
		paymentType: 'scheduled',
		costCentre: '4410',
		account: '6850',
		opensAt: new Date('2026-09-01T05:00:00Z'),
		closesAt: new Date('2026-09-30T13:00:00Z'),
		decidingBodyId: bodyId,
		handlerIds: [municipal.userId],
		assessorIds: [municipal.userId],
		...overrides
	});

	beforeEach(() => {
		db = createTestDb();
		testDb.current = db;
		const r = insertRegion(db, 'pk');
		coordinator = insertActor(db, r.countyId, 'k@example.fi', 'coordinator');
		municipal = insertActor(db, r.municipalityId, 'kunta@example.fi', 'member');
		ngo = insertActor(
			db,
			insertOrganisation(db, r.regionId, 'Mielenvireä ry', 'ngo'),
			'ngo@example.fi',
			'member'
		);
		const other = insertRegion(db, 'ks');
		otherCoordinator = insertActor(db, other.countyId, 'k2@example.fi', 'coordinator');
		otherNgo = insertActor(
			db,
			insertOrganisation(db, other.regionId, 'Toinen ry', 'ngo'),
			'ngo2@example.fi',
			'member'
		);
		basketId = insertBasket(db, r.regionId, 'operating', 2027, 12_000_000);
		bodyId = insertBody(db, r.regionId, 'strategic');
		classId = insertActivityClass(db, r.regionId);
	});

	const calls = () => db.select().from(grantCall).all();

	it('a coordinator creates a draft call with its criteria, schedule in date order, classes and people', () => {
		const call = createCall(db, coordinator, input(), NOW);
		expect(call.publishedAt).toBeNull();
		expect(JSON.parse(call.criteria)).toEqual([
			{ name: 'Vaikuttavuus', weight: 60 },
			{ name: 'Kustannukset', weight: 40 }
		]);
		expect(JSON.parse(call.paymentSchedule)).toEqual([
			{ dueOn: '2027-02-01', percent: 60 },
			{ dueOn: '2027-06-01', percent: 40 }
		]);
		expect(db.select().from(grantCallStaff).all()).toHaveLength(2);
		expect(JSON.parse(call.reportQuestions)).toEqual([
			{ text: 'Mitä tehtiin?', kind: 'text', asked: 'both', required: true },
			{ text: 'Montako osallistui?', kind: 'number', asked: 'final', required: false }
		]);
		// The draft's form gives the questions back as its rows; a new call's starts with the default set.
		expect(editCallPage(db, coordinator, call.id, NOW).values).toMatchObject({
			questionText1: 'Mitä tehtiin?',
			questionRequired1: 'on',
			questionText2: 'Montako osallistui?',
			questionAsked2: 'final'
		});
		expect(editCallPage(db, coordinator, call.id, NOW).values).not.toHaveProperty(
			'questionRequired2'
		);
		expect(newCallPage(db, coordinator, NOW).values).toMatchObject({
			questionText1: DEFAULT_REPORT_QUESTIONS[0]!.text,
			questionKind2: 'number'
		});
		const page = callPage(db, coordinator, call.id, NOW);
		expect(page.call.firstPaymentOn).toBe('2027-02-01');
		expect(page.classes.map((c) => c.id)).toEqual([classId]);
		expect(page.appropriationCents).toBe(12_000_000);
	});

	it('an NGO user or a municipal member cannot create calls or manage baskets', () => {
		expect(refusal(() => createCall(db, ngo, input(), NOW)).code).toBe('forbidden');
		expect(refusal(() => createCall(db, municipal, input(), NOW)).code).toBe('forbidden');
		expect(
			refusal(() =>
				createBasket(db, ngo, {
					kind: 'project',
					name: 'Hankkeet',
					description: '',
					selfFinancingPercent: 10
				})
			).code
		).toBe('forbidden');
		expect(refusal(() => setAppropriation(db, ngo, basketId, 2027, '100')).code).toBe('forbidden');
		expect(calls()).toEqual([]);
	});

	it("another region's coordinator finds neither the call, nor the basket, nor the class", () => {
		const call = createCall(db, coordinator, input(), NOW);
		expect(refusal(() => updateCall(db, otherCoordinator, call.id, input(), NOW)).code).toBe(
			'not_found'
		);
		expect(refusal(() => publishCall(db, otherCoordinator, call.id, NOW)).code).toBe('not_found');
		expect(refusal(() => callPage(db, otherCoordinator, call.id, NOW)).code).toBe('not_found');
		expect(refusal(() => setAppropriation(db, otherCoordinator, basketId, 2027, '100')).code).toBe(
			'not_found'
		);
		expect(refusal(() => removeActivityClass(db, otherCoordinator, classId)).code).toBe(
			'not_found'
		);
		// … and cannot build a call of their own on this region's basket, body or class.
		const err = refusal(() => createCall(db, otherCoordinator, input(), NOW));
		expect(err.issues).toMatchObject({
			basket: 'validation.choose',
			decidingBody: 'validation.choose',
			classIds: 'validation.choose',
			handlerIds: 'validation.choose'
		});
	});

	it('a draft is seen only by its handlers; the named handler edits it, the NGO does not find it', () => {
		const call = createCall(db, coordinator, input(), NOW);
		expect(refusal(() => callPage(db, ngo, call.id, NOW)).code).toBe('not_found');
		updateCall(db, municipal, call.id, input({ title: 'Uusi nimi' }), NOW);
		expect(calls()[0].title).toBe('Uusi nimi');
		expect(grantsOverview(db, ngo, NOW).calls).toEqual([]);
		expect(grantsOverview(db, coordinator, NOW).drafts.map((c) => c.id)).toEqual([call.id]);
	});

	it('bad criteria, instalments and times are refused by field, and nothing is stored', () => {
		const bad = refusal(() =>
			createCall(
				db,
				coordinator,
				input({
					criteria: [
						{ row: 1, name: 'Vaikuttavuus', weight: '0' },
						{ row: 2, name: '', weight: '20' },
						{ row: 3, name: 'Laatu', weight: '101' },
						{ row: 4, name: 'Yhteistyö', weight: '2,5' }
					],
					schedule: [{ row: 1, dueOn: '2027-02-30', percent: '50' }],
					opensAt: new Date('2026-10-01T05:00:00Z'),
					reportDueOn: '2026-01-01',
					reportQuestions: [
						{ row: 1, text: 'x'.repeat(501), kind: 'text', asked: 'both', required: false },
						{ row: 2, text: 'Montako?', kind: 'count', asked: 'sometimes', required: true }
					]
				}),
				NOW
			)
		);
		expect(bad.code).toBe('invalid');
		expect(bad.issues).toEqual({
			criterionWeight1: 'grantCalls.validation.weight',
			criterionName2: 'validation.required',
			criterionWeight3: 'grantCalls.validation.weight',
			criterionWeight4: 'grantCalls.validation.weight',
			instalmentDate1: 'validation.date',
			instalmentPercent1: 'grantCalls.validation.scheduleSum',
			closesDate: 'grantCalls.validation.closesBeforeOpens',
			reportDueOn: 'grantCalls.validation.reportBeforeClosing',
			questionText1: 'validation.tooLong',
			questionKind2: 'validation.choose',
			questionAsked2: 'validation.choose'
		});
		const sum = refusal(() =>
			createCall(
				db,
				coordinator,
				input({
					schedule: [
						{ row: 2, dueOn: '2027-02-01', percent: '50' },
						{ row: 3, dueOn: '2027-06-01', percent: '30' }
					]
				}),
				NOW
			)
		);
		expect(sum.issues).toEqual({ instalmentPercent2: 'grantCalls.validation.scheduleSum' });
		expect(calls()).toEqual([]);
		expect(db.select().from(grantCallStaff).all()).toEqual([]);
	});

	it('appropriations take whole euros or cents, never a negative or unreadable amount', () => {
		expect(setAppropriation(db, coordinator, basketId, 2028, '1 500,50')).toBe(150_050);
		expect(setAppropriation(db, coordinator, basketId, 2028, '2000')).toBe(200_000);
		for (const amount of ['-100', 'sata', '1,234'])
			expect(
				refusal(() => setAppropriation(db, coordinator, basketId, 2028, amount)).issues
			).toEqual({ amount: 'grantCalls.validation.euros' });
		expect(
			db.select().from(grantAppropriation).where(eq(grantAppropriation.year, 2028)).all()
		).toEqual([{ basketId, year: 2028, amountCents: 200_000 }]);
	});

	it('only a project basket keeps a self-financing share', () => {
		const project = createBasket(db, coordinator, {
			kind: 'project',
			name: 'Hankkeet',
			description: 'Jatkuva haku',
			selfFinancingPercent: 20
		});
		expect(project.selfFinancingPercent).toBe(20);
		updateBasket(db, coordinator, basketId, {
			name: 'Toiminta',
			description: '',
			selfFinancingPercent: 30
		});
		const operating = db.select().from(grantBasket).where(eq(grantBasket.id, basketId)).get()!;
		expect(operating).toMatchObject({ name: 'Toiminta', selfFinancingPercent: 0 });
	});

	it('activity classes are added in order, moved, and removed only while unused', () => {
		const second = addActivityClass(db, coordinator, {
			name: 'Perhepalvelut',
			municipalityClasses: 'Kunnat: lasten vapaa-aika'
		});
		moveActivityClass(db, coordinator, second.id, 'up');
		expect(listActivityClasses(db, coordinator.regionId).map((c) => c.name)).toEqual([
			'Perhepalvelut',
			'Mielenterveys- ja päihdetyö'
		]);
		createCall(db, coordinator, input(), NOW);
		expect(refusal(() => removeActivityClass(db, coordinator, classId)).code).toBe('conflict');
		removeActivityClass(db, coordinator, second.id);
		expect(listActivityClasses(db, coordinator.regionId)).toHaveLength(1);
		expect(
			refusal(() => addActivityClass(db, ngo, { name: 'X', municipalityClasses: '' })).code
		).toBe('forbidden');
	});

	it("publishing notifies every user of the region's NGOs, and no one else", () => {
		const call = createCall(db, coordinator, input(), NOW);
		expect(refusal(() => publishCall(db, ngo, call.id, NOW)).code).toBe('not_found');
		publishCall(db, coordinator, call.id, NOW);
		const told = db.select().from(notification).all();
		expect(told.map((n) => n.userId)).toEqual([ngo.userId]);
		expect(told[0]).toMatchObject({ kind: 'grant_call_opened', link: `/grants/calls/${call.id}` });
		expect(otherNgo.userId).not.toBe(told[0].userId);
		// Published, its terms stay; publishing twice is refused.
		expect(refusal(() => updateCall(db, coordinator, call.id, input(), NOW)).code).toBe('conflict');
		expect(refusal(() => publishCall(db, coordinator, call.id, NOW)).code).toBe('conflict');
		const overview = grantsOverview(db, ngo, NOW);
		expect(overview.calls.map((c) => [c.id, c.status, c.canApply])).toEqual([
			[call.id, 'open', true]
		]);
		expect(grantsOverview(db, otherNgo, NOW).calls).toEqual([]);
	});

	it('a call whose period is over is not published', () => {
		const call = createCall(db, coordinator, input(), NOW);
		expect(
			refusal(() => publishCall(db, coordinator, call.id, new Date('2026-10-01T00:00:00Z'))).code
		).toBe('conflict');
	});

	it("a handler moves a published call's closing time, and the log says so", () => {
		const call = createCall(db, coordinator, input(), NOW);
		expect(
			refusal(() => changeCallClosing(db, coordinator, call.id, new Date('2026-10-15'), NOW)).code
		).toBe('conflict');
		publishCall(db, coordinator, call.id, NOW);
		expect(
			refusal(() => changeCallClosing(db, coordinator, call.id, new Date('2026-08-01'), NOW)).issues
		).toEqual({ closesDate: 'grantCalls.validation.closesBeforeOpens' });
		expect(
			refusal(() => changeCallClosing(db, ngo, call.id, new Date('2026-10-15'), NOW)).code
		).toBe('forbidden');
		changeCallClosing(db, municipal, call.id, new Date('2026-10-15T13:00:00Z'), NOW);
		expect(calls()[0].closesAt).toEqual(new Date('2026-10-15T13:00:00Z'));
		const [logged] = db.select().from(auditEvent).all();
		expect(logged).toMatchObject({
			action: 'grantCall.closingChanged',
			targetType: 'grantCall',
			targetId: call.id,
			userId: municipal.userId,
			summary: 'Toiminta-avustukset 2027: 30.9.2026 klo 16.00 → 15.10.2026 klo 16.00'
		});
	});

	it("the calendar shows a published call's application period, never a draft", () => {
		const draft = createCall(db, coordinator, input({ title: 'Luonnos' }), NOW);
		const published = createCall(db, coordinator, input(), NOW);
		publishCall(db, coordinator, published.id, NOW);
		for (const reader of [coordinator, ngo]) {
			const grants = calendarEntries(calendarYear(db, reader, reader.regionId, 2026)).filter(
				(e) => e.type === 'grant'
			);
			expect(grants).toEqual([
				{
					type: 'grant',
					grantKind: 'application_period',
					id: published.id,
					title: 'Toiminta-avustukset 2027',
					startsOn: '2026-09-01',
					endsOn: '2026-09-30',
					level: null,
					href: `/grants/calls/${published.id}`
				}
			]);
			expect(grants.some((e) => e.id === draft.id)).toBe(false);
		}
		expect(calendarYear(db, ngo, ngo.regionId, 2027).grants).toEqual([]);
	});

	it('GET /api/grants/calls lists what the user may see, in its contract shape', async () => {
		const draft = insertCall(db, {
			regionId: coordinator.regionId,
			basketId,
			decidingBodyId: bodyId,
			createdBy: coordinator.userId,
			opensAt: new Date('2026-09-01T05:00:00Z'),
			closesAt: new Date('2026-09-30T13:00:00Z'),
			published: false
		});
		const open = createCall(db, coordinator, input(), NOW);
		publishCall(db, coordinator, open.id, NOW);
		const call = async (actor: Actor | null) => {
			try {
				const response = await GET({ locals: { actor, locale: 'fi' } } as never);
				return { status: response.status, json: await response.json() };
			} catch (err) {
				return { status: (err as { status: number }).status, json: null };
			}
		};
		const seen = await call(ngo);
		expect(seen.json).toEqual([
			{
				id: open.id,
				basket: 'operating',
				title: 'Toiminta-avustukset 2027',
				budgetYear: 2027,
				opensAt: '2026-09-01T05:00:00.000Z',
				closesAt: '2026-09-30T13:00:00.000Z',
				status: expect.stringMatching(/^(open|closed)$/),
				appropriationEur: 120_000
			}
		]);
		expect(((await call(coordinator)).json as { id: number }[]).map((c) => c.id).sort()).toEqual(
			[draft.id, open.id].sort()
		);
		expect((await call(otherNgo)).json).toEqual([]);
		expect((await call(null)).status).toBe(401);
	});
});
